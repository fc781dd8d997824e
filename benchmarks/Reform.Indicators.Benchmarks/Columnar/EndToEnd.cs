using System.Diagnostics;
using System.Globalization;
using Reform.Indicators.Columnar;
using Reform.Indicators.Indicators;
using Reform.Indicators.Samples;

namespace Reform.Indicators.Benchmarks.Columnar;

/// <summary>
/// 100 million dossiers end to end: generate into a table, sort it by unit (once, at ingest),
/// count per unit per month and for the year, report by level.
/// </summary>
internal static class EndToEnd
{
    public static void Run(int count)
    {
        var total = Stopwatch.StartNew();
        var sample = NationalSample.Create(2022, count);
        var watch = Stopwatch.StartNew();
        var table = sample.ToTable();
        var generate = watch.Elapsed;
        watch.Restart();
        table.SortByUnit();
        var sort = watch.Elapsed;
        watch.Restart();
        var months = Enumerable.Range(1, 12).Select(m => ReportingPeriod.Month(2022, m)).Append(sample.Period).ToArray();
        var counts = ColumnarIndicators.Count(table, months);
        var compute = watch.Elapsed;
        watch.Restart();
        var report = counts.Report(sample.Period, GroupBy.Level, sample.Units);
        var group = watch.Elapsed;
        total.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"dossiers {table.Count:N0}; table {table.ResidentBytes / 1e9:F2} GB ({DossierTable.BytesPerDossier} B/dossier); generate {generate.TotalSeconds:F1} s; sort by unit {sort.TotalSeconds:F1} s; count 12 months + year {compute.TotalSeconds:F2} s; group {group.TotalMilliseconds:F0} ms; total {total.Elapsed.TotalSeconds:F1} s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e9:F2} GB"));
        foreach (var g in report.Groups)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {g.Key}: on-time resolution {g.OnTimeResolution.Percent}%, online {g.Online.Percent}%"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  national online {counts.Total(sample.Period).Online.Percent}%"));
    }
}

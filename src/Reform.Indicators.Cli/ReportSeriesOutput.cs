using System.CommandLine;
using Reform.Indicators.Data;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Cli;

/// <summary><c>reform report --every month|quarter|year</c>: the report of each piece of the period, written as one output.</summary>
internal static class ReportSeriesOutput
{
    public static Option<string?> CreateEveryOption()
    {
        var every = new Option<string?>("--every")
        {
            Description = "Split --period into months, quarters or years and report each (a trend): month, quarter or year. Needs --format tidy (one long table with a period column) or table.",
        };
        every.AcceptOnlyFromAmong("month", "quarter", "year");
        return every;
    }

    public static Option<bool> CreateNoBomOption() =>
        new("--no-bom") { Description = "CSV output (csv, tidy) without the UTF-8 byte-order mark that Excel needs to read Vietnamese names." };

    /// <summary>The pieces of <paramref name="period"/>, or null without --every; a usage error for a format that holds one period.</summary>
    public static IReadOnlyList<ReportingPeriod>? Pieces(string? every, ReportingPeriod period, ReportFormat format)
    {
        if (every is null)
        {
            return null;
        }
        if (format is not (ReportFormat.Tidy or ReportFormat.Table))
        {
            throw new UsageException($"--every gives a report per {every}: use --format tidy (one long table with a period column) or --format table.");
        }
        return period.Every(every switch { "month" => PeriodStep.Month, "quarter" => PeriodStep.Quarter, _ => PeriodStep.Year });
    }

    /// <summary>Writes every report of the series: tidy as one table, tables one after the other.</summary>
    public static void Write(ReportSeries series, ReportFormat format, Stream stream, ReportWriteOptions options)
    {
        if (format == ReportFormat.Tidy)
        {
            TidyWriter.Write(series.ToTidy(), stream, options);
            return;
        }
        foreach (var report in series)
        {
            ReportWriter.Write(report, format, stream, options);
        }
    }
}

using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Reform.Indicators.DuckDb;
using Reform.Indicators.Indicators;
using CoreGenerators = Reform.Indicators.Tests.Generators;

namespace Reform.Indicators.Engines.Tests;

/// <summary>
/// A Parquet lake partitioned by receipt year and month (<c>year=2022/month=03/</c>): a count reads
/// every partition up to the last period's month and none after it — a corrupt file in a later
/// partition does not disturb it — and equals the in-process engine over the files it reads.
/// </summary>
public sealed class DuckDbLakeTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("reform-duckdb-lake-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Property(MaxTest = 5)]
    public Property Count_HivePartitionedLake_ReadsPartitionsUpToThePeriodOnly() =>
        Prop.ForAll(CoreGenerators.Dossiers(), CoreGenerators.Periods(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (dossiers, period, seed) =>
        {
            var rows = ExportRows.Generate(dossiers, seed).Where(r => r.Received is not null).ToArray();
            string lake = Path.Combine(folder, Guid.NewGuid().ToString("N"));
            var byMonth = rows.GroupBy(r => (r.Received!.Value.Year, r.Received.Value.Month)).ToList();
            foreach (var month in byMonth)
            {
                string partition = Path.Combine(lake, $"year={month.Key.Year}", $"month={month.Key.Month:D2}");
                Directory.CreateDirectory(partition);
                ExportRows.Row.WriteParquet([.. month], Path.Combine(partition, "part-0.parquet"));
            }
            // A later partition that cannot be read at all: it must not be opened.
            Directory.CreateDirectory(Path.Combine(lake, "year=2099", "month=01"));
            File.WriteAllText(Path.Combine(lake, "year=2099", "month=01", "part-0.parquet"), "not a parquet file");

            var engine = new DuckDbDossierEngine([lake], procedures: ExportRows.Procedures);
            var read = engine.FilesFor([period]);
            var expected = byMonth.Where(m => (m.Key.Year, m.Key.Month).CompareTo((period.Last.Year, period.Last.Month)) <= 0)
                .Select(m => Path.Combine(lake, $"year={m.Key.Year}", $"month={m.Key.Month:D2}", "part-0.parquet"))
                .Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, read);
            Assert.Equal(byMonth.Count + 1, engine.Files.Count);

            var counts = engine.Count([period]);
            // The in-process engine over the same files' rows, in the same order.
            var kept = read.SelectMany(file => byMonth.Single(m => file.Contains(
                string.Create(CultureInfo.InvariantCulture, $"year={m.Key.Year}{Path.DirectorySeparatorChar}month={m.Key.Month:D2}"), StringComparison.Ordinal))).ToArray();
            var memory = ExportRows.Memory(kept, Path.Combine(folder, Guid.NewGuid().ToString("N") + ".parquet"), period, GroupBy.Unit);
            var differences = ExportRows.Differences(memory, counts, period, GroupBy.Unit);
            Assert.True(differences.Count == 0, string.Join("\n", differences.Take(6)));
        });
}

using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Data.Tests;

/// <summary>
/// A data set whose rows fill many tables, each counted on the thread pool while the next fills,
/// gives at every moment the counts and reports of one that counts a single table: after each of
/// several files, asked more than once, then read on.
/// </summary>
public sealed class BatchedDataSetTests : IDisposable
{
    private readonly TestFiles files = new();

    public void Dispose() => files.Dispose();

    [Theory]
    [InlineData(RepeatsPolicy.First, false)]
    [InlineData(RepeatsPolicy.First, true)]
    [InlineData(RepeatsPolicy.Latest, false)]
    public void DataSet_TablesOfAFewRows_SameAsOneTable_AfterEveryFile(RepeatsPolicy repeats, bool strict)
    {
        var year = ReportingPeriod.Parse("2022");
        var months = Enumerable.Range(1, 12).Select(m => ReportingPeriod.Month(2022, m)).ToArray();
        var options = new DossierReadOptions { Policy = DossierReadPolicy.Default with { Repeats = repeats }, Strict = strict };
        string[] paths = [.. Enumerable.Range(0, 5).Select(f => MonthFile(f, rows: 31 + (13 * f)))];
        for (int rows = 1; rows <= 4; rows++)
        {
            using var one = new DossierDataSet(year, options, pieces: months);
            using var many = new DossierDataSet(year, options with { BatchRows = rows }, pieces: months);
            foreach (string path in paths)
            {
                one.Add(path);
                many.Add(path);
                var expected = one.Counts();
                Assert.Equal(expected, many.Counts());
                Assert.Equal(expected, many.Counts());
                Assert.Equal(DossierFileTests.Json(one.Report(GroupBy.Unit).Report), DossierFileTests.Json(many.Report(GroupBy.Unit).Report));
                Assert.Equal(
                    one.Reports(GroupBy.Unit).Select(DossierFileTests.Json),
                    many.Reports(GroupBy.Unit).Select(DossierFileTests.Json));
            }
            var read = many.Report(GroupBy.National);
            Assert.Equal(read.RowsRead, read.AcceptedRows + read.RejectedRows + read.ExcludedRows + read.SupersededRows);
            if (!strict)
            {
                // Enough rows accepted that every table size crossed many tables.
                Assert.True(read.AcceptedRows > 60, $"{read.AcceptedRows} rows accepted");
            }
        }
    }

    // Rows of a few units and procedures across the year; ids repeat within and across files.
    private string MonthFile(int file, int rows)
    {
        var lines = new List<string> { "dossier_id,unit_code,procedure_code,channel,received_at,due_at,finished_at,status" };
        for (int i = 0; i < rows; i++)
        {
            int n = (file * 97) + (i * 7);
            int month = 1 + (n % 12), day = 1 + (n % 20);
            bool done = n % 3 != 1;
            lines.Add(string.Join(',',
                $"HS{n % 300:D4}", $"G{n % 5}", $"1.00{n % 4}", n % 2 == 0 ? "online" : "direct",
                $"2022-{month:D2}-{day:D2}T08:00", $"2022-{month:D2}-{day + 7:D2}", done ? $"2022-{month:D2}-{day + (n % 9):D2}T16:00" : "",
                done ? "completed" : "processing"));
        }
        return files.Write($"m{file}.csv", string.Join('\n', lines) + "\n");
    }
}

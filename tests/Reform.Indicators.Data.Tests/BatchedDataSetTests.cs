using NodaTime;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Data.Tests;

/// <summary>
/// A data set whose rows fill many tables, each counted on the thread pool while the next fills, and
/// whose typed Parquet rows are held a few at a time until their ids are checked together, gives at
/// every moment the counts and reports of one that counts a single table: after each of several
/// files, asked more than once, then read on.
/// </summary>
public sealed class BatchedDataSetTests : IDisposable
{
    private readonly TestFiles files = new();

    public void Dispose() => files.Dispose();

    [Theory]
    [InlineData(RepeatsPolicy.First, false, false)]
    [InlineData(RepeatsPolicy.First, true, false)]
    [InlineData(RepeatsPolicy.Latest, false, false)]
    [InlineData(RepeatsPolicy.First, false, true)]
    [InlineData(RepeatsPolicy.First, true, true)]
    [InlineData(RepeatsPolicy.Latest, false, true)]
    public void DataSet_TablesOfAFewRows_SameAsOneTable_AfterEveryFile(RepeatsPolicy repeats, bool strict, bool parquet)
    {
        var year = ReportingPeriod.Parse("2022");
        var months = Enumerable.Range(1, 12).Select(m => ReportingPeriod.Month(2022, m)).ToArray();
        var options = new DossierReadOptions { Policy = DossierReadPolicy.Default with { Repeats = repeats }, Strict = strict };
        string[] paths = [.. Enumerable.Range(0, 5).Select(f => MonthFile(f, rows: 31 + (13 * f), parquet))];
        for (int rows = 1; rows <= 4; rows++)
        {
            using var one = new DossierDataSet(year, options with { IdWindowRows = 1 }, pieces: months);
            using var many = new DossierDataSet(year, options with { BatchRows = rows, IdWindowRows = rows }, pieces: months);
            foreach (string path in paths)
            {
                one.Add(path);
                many.Add(path);
                var expected = one.Counts();
                Assert.Equal(expected, many.Counts());
                Assert.Equal(expected, many.Counts());
                var (oneRead, manyRead) = (one.Report(GroupBy.Unit), many.Report(GroupBy.Unit));
                Assert.Equal(DossierFileTests.Json(oneRead.Report), DossierFileTests.Json(manyRead.Report));
                Assert.Equal(oneRead.Report.Rejected, manyRead.Report.Rejected);
                Assert.Equal((oneRead.RowsRead, oneRead.AcceptedRows, oneRead.RejectedRows), (manyRead.RowsRead, manyRead.AcceptedRows, manyRead.RejectedRows));
                Assert.Equal(
                    one.Reports(GroupBy.Unit).Select(DossierFileTests.Json),
                    many.Reports(GroupBy.Unit).Select(DossierFileTests.Json));
            }
            // The same files read one after the other with nothing asked in between: the rows held at the
            // end of a file are taken before the next file's rows, and their rejections name their own file.
            using var unasked = new DossierDataSet(year, options with { BatchRows = rows, IdWindowRows = rows }, pieces: months);
            foreach (string path in paths)
            {
                unasked.Add(path);
            }
            var all = unasked.Report(GroupBy.Unit);
            Assert.Equal(one.Report(GroupBy.Unit).Report.Rejected, all.Report.Rejected);
            Assert.Equal(DossierFileTests.Json(one.Report(GroupBy.Unit).Report), DossierFileTests.Json(all.Report));
            var read = many.Report(GroupBy.National);
            // Every row is received in the year: the rows counted are the rows accepted, each once.
            Assert.Equal(read.AcceptedRows, read.Report["national"]!.Counts.Received);
            if (!strict)
            {
                // Enough rows accepted that every table size crossed many tables.
                Assert.True(read.AcceptedRows > 60, $"{read.AcceptedRows} rows accepted");
            }
        }
    }

    // Rows of a few units and procedures across the year; ids repeat within and across files.
    private string MonthFile(int file, int rows, bool parquet)
    {
        var dossiers = new List<Dossier>();
        for (int i = 0; i < rows; i++)
        {
            int n = (file * 97) + (i * 7);
            int month = 1 + (n % 12), day = 1 + (n % 20);
            bool done = n % 3 != 1;
            dossiers.Add(new Dossier(
                $"HS{n % 300:D4}", $"G{n % 5}", $"1.00{n % 4}", n % 2 == 0 ? DossierChannel.Online : DossierChannel.Direct,
                new LocalDateTime(2022, month, day, 8, 0), Calendars.VietnamTime.EndOf(new LocalDate(2022, month, day + 7)),
                done ? DossierStatus.Completed : DossierStatus.Processing, done ? new LocalDateTime(2022, month, day + (n % 9), 16, 0) : null));
        }
        string path = files.Path($"m{file}.{(parquet ? "parquet" : "csv")}");
        DossierFile.Write(dossiers, path);
        return path;
    }
}

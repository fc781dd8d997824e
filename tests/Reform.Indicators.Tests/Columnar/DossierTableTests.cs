using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Columnar;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Samples;

namespace Reform.Indicators.Tests.Columnar;

public class DossierTableTests
{
    private static readonly LocalDateTime Received = new(2022, 3, 1, 9, 0);

    [Fact]
    public void Table_HoldsAtMost24BytesPerDossier()
    {
        var table = new DossierTable(1_000);
        Assert.True(DossierTable.BytesPerDossier <= 24);
        Assert.Equal(1_000L * DossierTable.BytesPerDossier, table.ResidentBytes);
    }

    [Fact]
    public void Add_BrokenRules_Throws()
    {
        var table = new DossierTable();
        int unit = table.UnitOrdinal("01"), procedure = table.ProcedureOrdinal("1.000001");
        var due = VietnamTime.EndOf(Received.Date.PlusDays(5));
        Assert.Throws<ArgumentException>(() => table.Add(unit, procedure, DossierChannel.Online, DossierStatus.Completed, Received, due, null, 0, null));
        Assert.Throws<ArgumentException>(() => table.Add(unit, procedure, DossierChannel.Online, DossierStatus.Processing, Received, Received.PlusHours(-1), null, 0, null));
        Assert.Throws<ArgumentException>(() => table.Add(unit, procedure, DossierChannel.Online, DossierStatus.AwaitingSupplement, Received, due, null, 1, null));
        Assert.Throws<ArgumentException>(() => table.Add(7, procedure, DossierChannel.Online, DossierStatus.Processing, Received, due, null, 0, null));
        table.Add(unit, procedure, DossierChannel.Online, DossierStatus.Processing, Received, due, null, 0, null);
        Assert.Equal(1, table.Count);
    }

    [Fact]
    public void Count_AfterARowIsSetAgain_DoesNotUseTheRunsOfBefore()
    {
        // A, A, B, B is counted (its runs of units kept); row 1 becomes B: A, B, B, B, still sorted.
        var table = new DossierTable();
        int a = table.UnitOrdinal("A"), b = table.UnitOrdinal("B"), procedure = table.ProcedureOrdinal("1.000001");
        var due = VietnamTime.EndOf(Received.Date.PlusDays(5));
        foreach (int unit in new[] { a, a, b, b })
        {
            table.Add(unit, procedure, DossierChannel.Online, DossierStatus.Processing, Received, due, null, 0, null);
        }
        var march = ReportingPeriod.Month(2022, 3);
        Assert.Equal(2, ColumnarIndicators.Count(table, [march])["B", march].Received);
        table.Set(1, b, procedure, DossierChannel.Online, DossierStatus.Processing, Received, due, null, 0, null);
        Assert.True(table.IsSortedByUnit);
        var counts = ColumnarIndicators.Count(table, [march]);
        Assert.Equal(1, counts["A", march].Received);
        Assert.Equal(3, counts["B", march].Received);
    }

    [Fact]
    public void Count_PeriodsEndingOnTheLastDayNodaTimeHas_AreCounted()
    {
        // Consecutive runs are found by day numbers: the day after 9999-12-31 cannot be a LocalDate.
        var table = new DossierTable();
        int unit = table.UnitOrdinal("01"), procedure = table.ProcedureOrdinal("1.000001");
        var received = new LocalDateTime(9999, 12, 30, 9, 0);
        table.Add(unit, procedure, DossierChannel.Online, DossierStatus.Processing, received, received.PlusHours(2), null, 0, null);
        // The year ends on 9999-12-31, and December is tried as its continuation.
        var year = ReportingPeriod.Year(9999);
        var december = ReportingPeriod.Month(9999, 12);
        var counts = ColumnarIndicators.Count(table, [year, december]);
        Assert.Equal(1, counts.Total(year).Received);
        Assert.Equal(1, counts.Total(december).Received);
    }

    [Fact]
    public void NationalSample_TableAndRecords_GiveTheSameReport()
    {
        var sample = NationalSample.Create(2022, 60_000, seed: 3);
        var table = sample.ToTable();
        Assert.Equal(60_000, table.Count);
        var dossiers = sample.Dossiers().ToArray();
        var months = Enumerable.Range(1, 12).Select(m => ReportingPeriod.Month(2022, m)).Append(sample.Period).ToArray();
        var counts = ColumnarIndicators.Count(table, months);
        foreach (var period in months)
        {
            Assert.Equal(DossierIndicators.CountByUnit(dossiers, period), counts.ByUnit(period));
        }
        Assert.Equal(
            DossierIndicators.Report(dossiers, sample.Period, GroupBy.Rollup, sample.Units).Groups,
            counts.Report(sample.Period, GroupBy.Rollup, sample.Units).Groups);
    }
}

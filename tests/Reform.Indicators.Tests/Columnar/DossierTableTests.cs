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

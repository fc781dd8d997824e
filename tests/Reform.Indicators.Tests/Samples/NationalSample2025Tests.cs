using NodaTime;
using Reform.Indicators.Columnar;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Samples;
using Reform.Indicators.Units;

namespace Reform.Indicators.Tests.Samples;

/// <summary>The 2025 sample (<see cref="NationalSample.Create2025"/>) against the published figures of 1 July – 28 October 2025 at 1/100.</summary>
public class NationalSample2025Tests
{
    private static readonly Lazy<(NationalSample Sample, Dossier[] Dossiers)> Shared = new(() =>
    {
        var sample = NationalSample.Create2025();
        return (sample, sample.Dossiers().ToArray());
    });

    private static readonly ReportingPeriod Window = ReportingPeriod.Parse("2025-07-01..2025-10-28");

    [Fact]
    public void Window_ByLevel_HasNoDistrict_AndReproducesTheLocalitiesFigures()
    {
        var (sample, dossiers) = Shared.Value;
        var report = DossierIndicators.Report(dossiers, Window, GroupBy.Level, sample.Units);
        Assert.Equal(["ministry", "province", "commune"], report.Groups.Select(g => g.Key));
        var province = report["province"]!.Counts;
        var commune = report["commune"]!.Counts;
        Assert.Equal(145_000, province.Received + commune.Received);
        Assert.Equal(121_000, province.ReceivedOnline + commune.ReceivedOnline);
        Assert.Equal((30_000L, 91_000L), (province.ReceivedOnline, commune.ReceivedOnline));
    }

    [Fact]
    public void FirstHalf_ByLevel_HasADistrictGroup()
    {
        var (sample, dossiers) = Shared.Value;
        var report = DossierIndicators.Report(dossiers, ReportingPeriod.Parse("2025-01-01..2025-06-30"), GroupBy.Level, sample.Units);
        Assert.Equal(["ministry", "province", "district", "commune"], report.Groups.Select(g => g.Key));
        Assert.Equal(45_000, report["district"]!.Counts.Received);
    }

    [Fact]
    public void EveryDossier_NamesAUnitValidOnItsReceiptDate_OfTheRealUnits()
    {
        var (sample, dossiers) = Shared.Value;
        Assert.All(dossiers, d => Assert.NotNull(sample.Units.Find(d.UnitCode, d.ReceivedAt.Date)));
        var first = sample.Units.AsOf(new LocalDate(2025, 6, 30));
        var second = sample.Units.AsOf(new LocalDate(2025, 7, 1));
        Assert.Equal((63, 696, 10_035), (first.OfLevel(GovernmentLevel.Province).Count, first.OfLevel(GovernmentLevel.District).Count, first.OfLevel(GovernmentLevel.Commune).Count));
        Assert.Equal((34, 0, 3_321), (second.OfLevel(GovernmentLevel.Province).Count, second.OfLevel(GovernmentLevel.District).Count, second.OfLevel(GovernmentLevel.Commune).Count));
        Assert.Equal(dossiers.Length, dossiers.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public void Columnar_EqualsTheRecordPath_AndTheSampleIsDeterministic()
    {
        var (sample, dossiers) = Shared.Value;
        foreach (var groupBy in new[] { GroupBy.Level, GroupBy.Unit })
        {
            var simple = DossierIndicators.Report(dossiers, Window, groupBy, sample.Units);
            var columnar = ColumnarIndicators.Report(sample.ToTable(), Window, groupBy, sample.Units);
            Assert.Equal(simple.Groups, columnar.Groups);
        }
        Assert.Equal(dossiers.Take(1_000), NationalSample.Create2025().Dossiers().Take(1_000));
    }

    /// <summary>Dossiers split by receipt date at 1 July 2025 give two reports over the same period that add up to the report over all of them.</summary>
    [Theory]
    [InlineData("2025")]
    [InlineData("2025-Q3")]
    [InlineData("2025-06-01..2025-08-31")]
    public void SplitAtTheReform_TwoReportsMergeToTheWhole(string periodText)
    {
        var (sample, dossiers) = Shared.Value;
        var period = ReportingPeriod.Parse(periodText);
        var reform = new LocalDate(2025, 7, 1);
        foreach (var groupBy in new[] { GroupBy.Level, GroupBy.Unit })
        {
            var whole = DossierIndicators.Report(dossiers, period, groupBy, sample.Units).Groups.ToDictionary(g => g.Key, g => g.Counts);
            var before = DossierIndicators.Report(dossiers.Where(d => d.ReceivedAt.Date < reform), period, groupBy, sample.Units).Groups;
            var after = DossierIndicators.Report(dossiers.Where(d => d.ReceivedAt.Date >= reform), period, groupBy, sample.Units).Groups;
            var merged = before.Concat(after).GroupBy(g => g.Key).ToDictionary(g => g.Key, g => g.Aggregate(default(DossierCounts), (sum, x) => sum + x.Counts));
            Assert.Equal(whole.OrderBy(p => p.Key, StringComparer.Ordinal), merged.OrderBy(p => p.Key, StringComparer.Ordinal));
        }
    }

    [Fact]
    public void AnotherSeed_KeepsThePublishedFiguresExact_AndVariesTheUnits()
    {
        var (sample, dossiers) = Shared.Value;
        var other = NationalSample.Create2025(seed: 7);
        var report = DossierIndicators.Report(other.Dossiers(), Window, GroupBy.Level, other.Units);
        Assert.Equal((36_000L, 30_000L), (report["province"]!.Counts.Received, report["province"]!.Counts.ReceivedOnline));
        Assert.Equal((109_000L, 91_000L), (report["commune"]!.Counts.Received, report["commune"]!.Counts.ReceivedOnline));
        var byUnit = DossierIndicators.CountByUnit(dossiers, Window);
        var otherByUnit = DossierIndicators.CountByUnit(other.Dossiers(), Window);
        Assert.NotEqual(byUnit["01"], otherByUnit["01"]);
    }
}

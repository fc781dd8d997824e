using NodaTime;
using Reform.Indicators.Compliance;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Units;

namespace Reform.Indicators.Tests.Indicators;

/// <summary>
/// 2024 against 2026 by today's units (docs/specification.md §10.1): old communes, an abolished district
/// and a merged province of 2024 rolled up the units of 31 December 2026 through the built-in crosswalk.
/// </summary>
public class TodaysUnitsTests
{
    private static readonly LocalDate Today = new(2026, 12, 31);

    private static IEnumerable<Dossier> Received(string unit, int year, int count) =>
        Enumerable.Range(0, count).Select(i =>
        {
            var received = new LocalDate(year, 3, 2).At(new LocalTime(9, 0)).PlusDays(i);
            return new Dossier($"{unit}-{year}-{i}", unit, "1.004227", i % 2 == 0 ? DossierChannel.Online : DossierChannel.Direct,
                received, received.PlusDays(10), DossierStatus.Completed, received.PlusDays(2));
        });

    [Fact]
    public void Report2024_RolledUpToday_GroupsByTodaysProvincesAndCommunes()
    {
        var registry = VietnamUnits.Registry;
        // Phường Phúc Xá (00001) went whole into Phường Hồng Hà (00097); Phường Trúc Bạch (00004) into the new
        // Phường Ba Đình, which kept its code; Quận Ba Đình (001) was abolished; old Bắc Ninh (27) is part of the new Bắc Ninh (24).
        Assert.Equal("00097", VietnamUnits.CommuneCrosswalk2025.SuccessorOf("00001"));
        Assert.Equal("00004", VietnamUnits.CommuneCrosswalk2025.SuccessorOf("00004"));
        var dossiers = Received("00001", 2024, 3).Concat(Received("00004", 2024, 2)).Concat(Received("001", 2024, 4)).Concat(Received("27", 2024, 5));

        var report = DossierIndicators.Report(dossiers, ReportingPeriod.Year(2024), GroupBy.Unit, registry);
        Assert.Equal(["00001", "00004", "001", "27"], report.Groups.Select(g => g.Key));

        var today = report.RollUp(registry, Today, VietnamUnits.Crosswalk2025);
        Assert.Equal(GroupBy.Rollup, today.GroupBy);
        Assert.Equal(
            [("00004", "Phường Ba Đình", 2L), ("00097", "Phường Hồng Hà", 3L), ("01", "Thành phố Hà Nội", 9L), ("24", "Tỉnh Bắc Ninh", 5L)],
            today.Groups.Select(g => (g.Key, g.Name, g.Counts.Received)));
        Assert.Equal(GovernmentLevel.Commune, today["00097"]!.Level);

        // Without the crosswalk the old units are not in today's hierarchy: each stays a group of its own,
        // but for 00004, which names a commune of today's Hà Nội and rolls up into it.
        var unmapped = report.RollUp(registry, Today);
        Assert.Equal(["00001", "00004", "001", "01", "27"], unmapped.Groups.Select(g => g.Key));
        Assert.Equal(2, unmapped["01"]!.Counts.Received);
        Assert.Equal("Quận Ba Đình", unmapped["001"]!.Name);
    }

    [Fact]
    public void TwoYears_ByTodaysUnits_CompareUnitByUnit()
    {
        var registry = VietnamUnits.Registry;
        var dossiers2024 = Received("00001", 2024, 4).Concat(Received("27", 2024, 6));
        var dossiers2026 = Received("00097", 2026, 2).Concat(Received("24", 2026, 3));
        var before = DossierIndicators.Report(dossiers2024, ReportingPeriod.Year(2024), GroupBy.Unit, registry).RollUp(registry, Today, VietnamUnits.Crosswalk2025);
        var after = DossierIndicators.Report(dossiers2026, ReportingPeriod.Year(2026), GroupBy.Unit, registry).RollUp(registry, Today, VietnamUnits.Crosswalk2025);

        Assert.Equal(before.Groups.Select(g => g.Key), after.Groups.Select(g => g.Key)); // 00097, 01, 24
        var changes = IndicatorReports.Compare(before, after, IndicatorNames.Online).ToDictionary(d => d.Unit);
        Assert.Equal(3, changes.Count);
        Assert.Equal(4, before["00097"]!.Counts.Received);
        Assert.Equal(2, after["00097"]!.Counts.Received);
    }

    [Fact]
    public void RollUp_OfALevelReport_IsRefused()
    {
        var report = DossierIndicators.Report(Received("27", 2024, 1), ReportingPeriod.Year(2024), GroupBy.Level, VietnamUnits.Registry);
        var error = Assert.Throws<ArgumentException>(() => report.RollUp(VietnamUnits.Registry, Today, VietnamUnits.Crosswalk2025));
        Assert.Contains("grouped by level", error.Message, StringComparison.Ordinal);
    }
}

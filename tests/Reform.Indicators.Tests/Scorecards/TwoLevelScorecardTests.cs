using NodaTime;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Scorecards;
using Reform.Indicators.Units;

namespace Reform.Indicators.Tests.Scorecards;

/// <summary>
/// docs/specification.md §14 (scope) in the two-level setting of §10.1: from 1 July 2025 a commune sits
/// directly under its province, so the province's scorecard counts the commune's dossiers; before, it
/// counted them through the district.
/// </summary>
public class TwoLevelScorecardTests
{
    private static readonly UnitRegistry Registry = new(
    [
        new AdministrativeUnit("01", "Thành phố Hà Nội", GovernmentLevel.Province, null),
        new AdministrativeUnit("001", "Quận Ba Đình", GovernmentLevel.District, "01", validTo: new LocalDate(2025, 6, 30)),
        new AdministrativeUnit("00004", "Phường Trúc Bạch", GovernmentLevel.Commune, "001", validTo: new LocalDate(2025, 6, 30)),
        new AdministrativeUnit("00004", "Phường Ba Đình", GovernmentLevel.Commune, "01", validFrom: new LocalDate(2025, 7, 1)),
        new AdministrativeUnit("00008", "Phường Ngọc Hà", GovernmentLevel.Commune, "01", validFrom: new LocalDate(2025, 7, 1)),
    ]);

    private static Dossier Received(string id, string unit, int month, int day) =>
        new(id, unit, "1.000001", DossierChannel.Online, new LocalDateTime(2025, month, day, 9, 0), new LocalDateTime(2025, month, day, 17, 0).PlusDays(5),
            DossierStatus.Completed, new LocalDateTime(2025, month, day, 10, 0));

    [Fact]
    public void TheProvincesScorecard_AfterTheReform_IncludesItsCommunes()
    {
        var period = ReportingPeriod.Parse("2025-Q3");
        var hierarchy = Registry.AsOf(period.Last);
        var data = new ScorecardData([Received("P1", "01", 7, 3), Received("C1", "00004", 7, 4), Received("C2", "00008", 8, 5), Received("C3", "00008", 9, 9)]);

        Assert.Equal(["01", "00004", "00008"], ScorecardCalculator.Scope(hierarchy, "01"));
        Assert.Equal(["00008"], ScorecardCalculator.Scope(hierarchy, "00008"));
        var province = ScorecardCalculator.Inputs(data, hierarchy, "01", period)["2.1"];
        var commune = ScorecardCalculator.Inputs(data, hierarchy, "00008", period)["2.1"];
        Assert.Equal((4m, 4m), (province.Numerator, province.Denominator));
        Assert.Equal((2m, 2m), (commune.Numerator, commune.Denominator));
    }

    [Fact]
    public void TheProvincesScorecard_BeforeTheReform_ReachesTheCommuneThroughItsDistrict()
    {
        var period = ReportingPeriod.Parse("2025-Q2");
        var hierarchy = Registry.AsOf(period.Last);

        Assert.Equal(["01", "001", "00004"], ScorecardCalculator.Scope(hierarchy, "01"));
        Assert.Equal(["001", "00004"], ScorecardCalculator.Scope(hierarchy, "001"));
    }
}

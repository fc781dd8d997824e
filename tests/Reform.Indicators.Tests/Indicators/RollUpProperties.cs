using FsCheck.Xunit;
using NodaTime;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Units;
using Reform.Indicators.Tests.Units;

namespace Reform.Indicators.Tests.Indicators;

/// <summary>
/// Rolling a unit report up the units of another date through a crosswalk (docs/specification.md §10.1,
/// <see cref="IndicatorReports.RollUp"/>), on random hierarchies across a reorganisation.
/// </summary>
public class RollUpProperties
{
    private static Dossier[] OnUnits(Dossier[] dossiers, UnitsSample sample) => ReportProperties.OnUnits(dossiers, sample);

    private static LocalDate AfterReform(UnitsSample sample) => sample.QueryDate < sample.ReformDate ? sample.ReformDate : sample.QueryDate;

    [Property(MaxTest = 150)]
    public void OnThePeriodsLastDay_WithoutCrosswalk_IsTheRollupGrouping(UnitsSample sample, Dossier[] dossiers, ReportingPeriod period)
    {
        var onUnits = OnUnits(dossiers, sample);
        var registry = sample.Registry();
        var byUnit = DossierIndicators.Report(onUnits, period, GroupBy.Unit, registry);
        Assert.Equal(DossierIndicators.Report(onUnits, period, GroupBy.Rollup, registry), byUnit.RollUp(registry, period.Last));
    }

    [Property(MaxTest = 150)]
    public void ThroughTheCrosswalk_ParentsAddUp_AndNoDossierIsLost(UnitsSample sample, Dossier[] dossiers, ReportingPeriod period)
    {
        var onUnits = OnUnits(dossiers, sample);
        var registry = sample.Registry();
        var asOf = AfterReform(sample);
        var byUnit = DossierIndicators.Report(onUnits, period, GroupBy.Unit, registry);
        var rolled = byUnit.RollUp(registry, asOf, sample.Crosswalk);
        Assert.Equal(GroupBy.Rollup, rolled.GroupBy);
        var hierarchy = registry.AsOf(asOf);
        var groups = rolled.Groups.ToDictionary(g => g.Key, g => g.Counts);
        // Every group is a unit of asOf: the sample's old units all lead to a new province.
        Assert.All(rolled.Groups, g => Assert.True(hierarchy.Contains(g.Key), $"{g.Key} is not a unit on {asOf}"));
        var national = DossierIndicators.Count(onUnits, period);
        Assert.Equal(national, hierarchy.Roots.Select(r => groups.GetValueOrDefault(r.Code)).Aggregate(default(DossierCounts), DossierCounts.Add));
        Assert.All(rolled.Groups, g => Assert.True(g.Counts.InScope > 0));
    }

    /// <summary>
    /// A province of the new date holds exactly the dossiers of the units whose province, walked up the
    /// registry, is it or maps to it: a reference that goes to the province first and maps after.
    /// </summary>
    [Property(MaxTest = 150)]
    public void ThroughTheCrosswalk_EachNewProvinceHoldsTheUnitsOfItsOldProvinces(UnitsSample sample, Dossier[] dossiers, ReportingPeriod period)
    {
        var onUnits = OnUnits(dossiers, sample);
        var registry = sample.Registry();
        var asOf = AfterReform(sample);
        var own = DossierIndicators.CountByUnit(onUnits, period);
        var rolled = DossierIndicators.Report(onUnits, period, GroupBy.Unit, registry).RollUp(registry, asOf, sample.Crosswalk);

        var expected = new Dictionary<string, DossierCounts>(StringComparer.Ordinal);
        foreach (var (code, counts) in own)
        {
            var unit = Version(registry, code, period.Last)!;
            while (unit.Level != GovernmentLevel.Province)
            {
                unit = Version(registry, unit.ParentCode!, unit.ValidTo is { } end && end < period.Last ? end : period.Last)!;
            }
            string province = unit.ValidTo < sample.ReformDate ? sample.Crosswalk.NewCodeOf(unit.Code) : unit.Code;
            expected[province] = expected.GetValueOrDefault(province) + counts;
        }
        var provinces = rolled.Groups.Where(g => g.Level == GovernmentLevel.Province).ToDictionary(g => g.Key, g => g.Counts);
        Assert.Equal(expected.Where(p => p.Value.InScope > 0).OrderBy(p => p.Key, StringComparer.Ordinal), provinces.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    // The version a report names a code by (docs/specification.md §5.1): valid on the date, else the latest begun by then, else the earliest.
    private static AdministrativeUnit? Version(UnitRegistry registry, string code, LocalDate date) =>
        registry.Find(code, date)
        ?? registry.History(code).LastOrDefault(u => u.ValidFrom is null || u.ValidFrom <= date)
        ?? (registry.History(code) is [var first, ..] ? first : null);
}

using FsCheck.Xunit;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Tests.Units;

namespace Reform.Indicators.Tests.Indicators;

/// <summary>The laws of grouping (docs/specification.md §5) on random hierarchies across a reorganisation.</summary>
public class ReportProperties
{
    /// <summary>The dossiers, each moved to a unit of the sample (some of them not valid on the period's last date).</summary>
    internal static Dossier[] OnUnits(Dossier[] dossiers, UnitsSample sample) =>
        [.. dossiers.Select((d, i) => new Dossier(
            d.Id, sample.Units[(int)((uint)d.Id.GetHashCode(StringComparison.Ordinal) % (uint)sample.Units.Count)].Code, d.ProcedureCode, d.Channel,
            d.ReceivedAt, d.Due, d.Status, d.FinishedAt, d.SupplementRequests, d.SupplementRequestedAt, d.DueGiven))];

    [Property(MaxTest = 150)]
    public void Rollup_ParentEqualsOwnPlusChildren(UnitsSample sample, Dossier[] dossiers, ReportingPeriod period)
    {
        var onUnits = OnUnits(dossiers, sample);
        var registry = sample.Registry();
        var hierarchy = registry.AsOf(period.Last);
        var own = DossierIndicators.CountByUnit(onUnits, period);
        var rolled = DossierIndicators.Report(onUnits, period, GroupBy.Rollup, registry).Groups.ToDictionary(g => g.Key, g => g.Counts);
        foreach (var unit in hierarchy.Units)
        {
            var expected = own.GetValueOrDefault(unit.Code)
                + hierarchy.Children(unit.Code).Aggregate(default(DossierCounts), (sum, child) => sum + rolled.GetValueOrDefault(child.Code));
            Assert.Equal(expected, rolled.GetValueOrDefault(unit.Code));
        }
        // Nothing is lost: the roots and the units outside the hierarchy add up to the national total.
        var tops = hierarchy.Roots.Select(r => rolled.GetValueOrDefault(r.Code))
            .Concat(rolled.Where(p => !hierarchy.Contains(p.Key)).Select(p => p.Value));
        Assert.Equal(DossierIndicators.Count(onUnits, period), tops.Aggregate(default(DossierCounts), DossierCounts.Add));
    }

    [Property(MaxTest = 150)]
    public void National_EqualsSumOverLevelsAndOverUnits(UnitsSample sample, Dossier[] dossiers, ReportingPeriod period)
    {
        var onUnits = OnUnits(dossiers, sample);
        var registry = sample.Registry();
        var national = Assert.Single(DossierIndicators.Report(onUnits, period, GroupBy.National).Groups).Counts;
        var levels = DossierIndicators.Report(onUnits, period, GroupBy.Level, registry).Groups;
        var units = DossierIndicators.Report(onUnits, period, GroupBy.Unit, registry).Groups;
        Assert.Equal(national, levels.Aggregate(default(DossierCounts), (sum, g) => sum + g.Counts));
        Assert.Equal(national, units.Aggregate(default(DossierCounts), (sum, g) => sum + g.Counts));
        Assert.DoesNotContain(levels, g => g.Key == "unknown"); // every dossier's unit is in the registry
        Assert.All(units, g => Assert.NotNull(g.Level));
    }
}

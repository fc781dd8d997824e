using FsCheck;
using FsCheck.Xunit;
using Reform.Indicators.Units;

namespace Reform.Indicators.Tests.Units;

/// <summary>Laws of the dated hierarchy, the crosswalk and coverage, on random realistic unit sets.</summary>
public class UnitHierarchyProperties
{
    [Property]
    public void AsOf_EveryUnitValidOnTheDate_AppearsExactlyOnce(UnitsSample sample)
    {
        var hierarchy = sample.Registry().AsOf(sample.QueryDate);
        var expected = sample.Units.Where(u => u.IsValidOn(sample.QueryDate)).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var actual = hierarchy.Units.OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(expected.Count, hierarchy.Count);
        Assert.All(hierarchy.Units, u => Assert.True(u.IsValidOn(hierarchy.Date)));
    }

    [Property]
    public void Ordinals_AreDense_AndParentOrdinalsPointToTheParent(UnitsSample sample)
    {
        var hierarchy = sample.Registry().AsOf(sample.QueryDate);
        var parents = hierarchy.ParentOrdinals.ToArray();
        Assert.Equal(hierarchy.Count, parents.Length);
        for (int i = 0; i < hierarchy.Count; i++)
        {
            var unit = hierarchy[i];
            Assert.Equal(i, hierarchy.OrdinalOf(unit.Code));
            if (unit.ParentCode is null)
            {
                Assert.Equal(-1, parents[i]);
            }
            else
            {
                Assert.InRange(parents[i], 0, i - 1); // pre-order: a parent comes before its children
                Assert.Equal(unit.ParentCode, hierarchy[parents[i]].Code);
                Assert.True(hierarchy[parents[i]].Level.CanBeParentOf(unit.Level));
            }
        }
    }

    [Property]
    public void RollUp_ParentEqualsOwnValuePlusChildrenRollups(UnitsSample sample)
    {
        var hierarchy = sample.Registry().AsOf(sample.QueryDate);
        var own = hierarchy.Units.ToDictionary(u => u.Code, u => sample.Values[u.Code]);
        var totals = hierarchy.RollUp(own);
        Assert.Equal(hierarchy.Count, totals.Count);
        foreach (var unit in hierarchy.Units)
        {
            long children = hierarchy.Children(unit.Code).Sum(c => totals[c.Code]);
            Assert.Equal(own[unit.Code] + children, totals[unit.Code]);
            // The same total, independently: the unit and every unit whose ancestors include it.
            long subtree = own[unit.Code] + hierarchy.Units
                .Where(v => hierarchy.Ancestors(v.Code).Contains(unit))
                .Sum(v => own[v.Code]);
            Assert.Equal(subtree, totals[unit.Code]);
        }
        Assert.Equal(own.Values.Sum(), hierarchy.Roots.Sum(r => totals[r.Code]));
    }

    [Property]
    public void Descendants_AreTheOrdinalRangeOfTheSubtree(UnitsSample sample)
    {
        var hierarchy = sample.Registry().AsOf(sample.QueryDate);
        for (int i = 0; i < hierarchy.Count; i++)
        {
            var unit = hierarchy[i];
            var byAncestry = hierarchy.Units.Where(v => hierarchy.Ancestors(v.Code).Contains(unit)).ToList();
            Assert.Equal(byAncestry, hierarchy.Descendants(unit.Code));
            Assert.Equal(i + 1 + byAncestry.Count, hierarchy.SubtreeEnd(i));
        }
    }

    [Property]
    public void Crosswalk_MapsEveryOldProvinceToExactlyOneNewOne_AndPreservesTotals(UnitsSample sample)
    {
        var registry = sample.Registry();
        var crosswalk = sample.Crosswalk;
        crosswalk.Verify(registry, GovernmentLevel.Province);
        var oldProvinces = registry.AsOf(sample.ReformDate.PlusDays(-1)).OfLevel(GovernmentLevel.Province);
        var newHierarchy = registry.AsOf(sample.ReformDate);
        foreach (var province in oldProvinces)
        {
            string newCode = crosswalk.NewCodeOf(province.Code);
            Assert.Equal(GovernmentLevel.Province, newHierarchy[newCode].Level);
            Assert.Single(crosswalk.NewCodes, c => crosswalk.OldCodesOf(c).Contains(province.Code));
        }
        var oldValues = oldProvinces.Select(p => KeyValuePair.Create(p.Code, sample.Values[p.Code])).ToList();
        var mapped = crosswalk.Map(oldValues);
        Assert.Equal(oldValues.Sum(v => v.Value), mapped.Values.Sum());
        foreach (var (newCode, total) in mapped)
        {
            Assert.Equal(crosswalk.OldCodesOf(newCode).Sum(c => sample.Values[c]), total);
        }
    }

    [Property]
    public void Coverage_NumeratorIsAtMostTheDenominator_AndSplitsTheLevel(UnitsSample sample, GovernmentLevel level)
    {
        var hierarchy = sample.Registry().AsOf(sample.QueryDate);
        var facts = new UnitFacts(sample.Facts);
        var coverage = facts.Coverage(UnitsSample.Fact, hierarchy, level);
        var holding = facts.UnitsHolding(UnitsSample.Fact, hierarchy, level);
        var notHolding = facts.UnitsNotHolding(UnitsSample.Fact, hierarchy, level);
        Assert.True(coverage.Numerator <= coverage.Denominator);
        Assert.Equal(hierarchy.OfLevel(level).Count, coverage.Denominator);
        Assert.Equal(holding.Count, coverage.Numerator);
        Assert.Equal(coverage.Denominator, holding.Count + notHolding.Count);
        Assert.All(holding, u => Assert.Contains(sample.Facts, f => f.UnitCode == u.Code && f.HoldsOn(sample.QueryDate)));
        Assert.All(notHolding, u => Assert.DoesNotContain(sample.Facts, f => f.UnitCode == u.Code && f.HoldsOn(sample.QueryDate)));
    }

    [Property]
    public void Registry_RejectsACopyOfAUnitOverlappingIt(UnitsSample sample, NonNegativeInt pick)
    {
        var unit = sample.Units[pick.Get % sample.Units.Count];
        var copy = new AdministrativeUnit(unit.Code, unit.Name + " (copy)", unit.Level, unit.ParentCode, unit.ValidFrom, unit.ValidTo);
        var error = Assert.Throws<ArgumentException>(() => new UnitRegistry(sample.Units.Append(copy)));
        Assert.Contains($"Code {unit.Code} names two units", error.Message, StringComparison.Ordinal);
    }
}

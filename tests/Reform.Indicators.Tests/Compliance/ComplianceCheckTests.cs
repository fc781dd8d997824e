using FsCheck.Xunit;
using NodaTime;
using Reform.Indicators.Compliance;
using Reform.Indicators.Measures;
using Reform.Indicators.Units;

namespace Reform.Indicators.Tests.Compliance;

public class ComplianceCheckTests
{
    private static Target AtLeast(decimal threshold, TargetScope? scope = null) =>
        new(IndicatorNames.Online, Comparator.AtLeast, threshold, scope ?? TargetScope.National, new LocalDate(2025, 12, 31), "test source", "test");

    [Fact]
    public void Check_ExactlyAtThreshold_IsMet()
    {
        var result = ComplianceCheck.Check(AtLeast(80), new Rate(8, 10));
        Assert.Equal(ComplianceStatus.Met, result.Status);
        Assert.Equal(0m, result.GapInPoints);
        Assert.Equal("test source", result.Source);
    }

    [Fact]
    public void Check_IsExactNotRounded()
    {
        // 79.996% shows as 80.00% but does not reach 80%.
        var rate = new Rate(19_999, 25_000);
        Assert.Equal(80.00m, rate.Percent);
        var result = ComplianceCheck.Check(AtLeast(80), rate);
        Assert.Equal(ComplianceStatus.NotMet, result.Status);
        Assert.Equal(-0.004m, result.GapInPoints);
    }

    [Fact]
    public void Check_NoValue_IsNoData()
    {
        var result = ComplianceCheck.Check(AtLeast(80), new Rate(0, 0));
        Assert.Equal(ComplianceStatus.NoData, result.Status);
        Assert.Null(result.Actual);
        Assert.Null(result.GapInPoints);
        Assert.StartsWith("no data", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Coverage2022_LgspMetArchitectureNot()
    {
        // 2022 review: 22/22 ministries with an LGSP connected; 19/22 with an e-government architecture 2.0.
        var everyMinistry = new Target(IndicatorNames.LgspConnected, Comparator.EqualTo, 100m,
            TargetScope.OfLevels(GovernmentLevel.Ministry), new LocalDate(2022, 12, 31), "illustrative: every ministry", "every ministry");
        Assert.Equal(ComplianceStatus.Met, ComplianceCheck.Check(everyMinistry, new Rate(22, 22)).Status);
        var architecture = ComplianceCheck.Check(everyMinistry, new Rate(19, 22));
        Assert.Equal(ComplianceStatus.NotMet, architecture.Status);
        Assert.Equal(-13.64, (double)architecture.GapInPoints!.Value, 2);
        Assert.Equal("not met: lgspConnected 86.36% (19/22) vs = 100.00%, gap -13.64 pp (illustrative: every ministry)", architecture.ToString());
    }

    [Fact]
    public void Check_ByUnit_ListsFailingUnitsWorstFirstAndUnitsWithoutData()
    {
        var target = AtLeast(80, TargetScope.OfLevels(GovernmentLevel.Province));
        var result = ComplianceCheck.Check(target, new Dictionary<string, Rate>
        {
            ["01"] = new(90, 100),
            ["79"] = new(70, 100),
            ["24"] = new(5, 10),
            ["46"] = new(0, 0),
        });
        Assert.Equal(ComplianceStatus.NotMet, result.Status);
        Assert.Equal(["24", "79"], result.FailingUnits.Select(u => u.UnitCode));
        Assert.Equal(["46"], result.UnitsWithoutData);
        Assert.Equal(new Rate(165, 210), result.Evidence);
        Assert.Equal("24: 50.00% (5/10)", result.FailingUnits[0].ToString());
    }

    [Fact]
    public void Check_ByUnit_AllMet_AndAllWithoutData()
    {
        var target = AtLeast(80, TargetScope.OfUnits("01", "79"));
        Assert.Equal(ComplianceStatus.Met, ComplianceCheck.Check(target, new Dictionary<string, Rate> { ["01"] = new(9, 10), ["79"] = new(0, 0) }).Status);
        Assert.Equal(ComplianceStatus.NoData, ComplianceCheck.Check(target, new Dictionary<string, Rate> { ["01"] = default }).Status);
        Assert.Equal(ComplianceStatus.NoData, ComplianceCheck.Check(target, new Dictionary<string, Rate>()).Status);
    }

    [Fact]
    public void Check_AtMost_FailsAboveThreshold()
    {
        var target = AtLeast(5) with { Comparator = Comparator.AtMost };
        Assert.Equal(ComplianceStatus.Met, ComplianceCheck.Check(target, new Rate(5, 100)).Status);
        var result = ComplianceCheck.Check(target, new Rate(6, 100));
        Assert.Equal(ComplianceStatus.NotMet, result.Status);
        Assert.Equal(1m, result.GapInPoints);
    }

    [Fact]
    public void Check_PercentValue_ForCostReduction()
    {
        var result = ComplianceCheck.Check(Resolution76Targets.ComplianceCosts2025, 23.5m);
        Assert.Equal(ComplianceStatus.Met, result.Status);
        Assert.Equal(3.5m, result.GapInPoints);
        Assert.Equal(ComplianceStatus.NoData, ComplianceCheck.Check(Resolution76Targets.ComplianceCosts2025, (decimal?)null).Status);
    }

    [Fact]
    public void Resolution76_TargetsApplyFromEndOf2025And2030()
    {
        Assert.Empty(Resolution76Targets.InForceOn(new LocalDate(2025, 12, 30)));
        Assert.Equal(3, Resolution76Targets.InForceOn(new LocalDate(2025, 12, 31)).Count);
        Assert.Equal(4, Resolution76Targets.InForceOn(new LocalDate(2030, 12, 31)).Count);
        Assert.All(Resolution76Targets.All, t => Assert.StartsWith("Resolution 76/NQ-CP", t.Source, StringComparison.Ordinal));
        Assert.Equal("businessRegulationsCutOrSimplified >= 20.00% (national, from 2025-12-31; Resolution 76/NQ-CP (15 Jul 2021), programme of public administration reform 2021-2030)",
            Resolution76Targets.BusinessRegulationsCut2025.ToString());
    }

    [Fact]
    public void Scope_BindsByLevelOrCode()
    {
        var province = new AdministrativeUnit("79", "Hồ Chí Minh", GovernmentLevel.Province, null, null, null);
        Assert.True(TargetScope.National.Binds(province));
        Assert.True(TargetScope.OfLevels(GovernmentLevel.Province).Binds(province));
        Assert.False(TargetScope.OfLevels(GovernmentLevel.Ministry).Binds(province));
        Assert.True(TargetScope.OfUnits("79").Binds(province));
        Assert.Throws<ArgumentException>(() => TargetScope.OfUnits());
        Assert.Equal(TargetScope.OfLevels(GovernmentLevel.Province, GovernmentLevel.District), TargetScope.OfLevels(GovernmentLevel.District, GovernmentLevel.Province));
    }

    [Property]
    public bool Check_StatusAgreesWithTheGap(Rate rate, byte threshold)
    {
        var result = ComplianceCheck.Check(AtLeast(threshold % 101), rate);
        return result.Status switch
        {
            ComplianceStatus.NoData => !rate.HasValue && result.GapInPoints is null,
            ComplianceStatus.Met => result.GapInPoints >= 0,
            _ => result.GapInPoints < 0,
        };
    }
}

using NodaTime;
using Reform.Indicators.Compliance;
using Reform.Indicators.Measures;

namespace Reform.Indicators.Tests.Compliance;

public class TargetsInForceTests
{
    [Fact]
    public void All_LoadsEveryTargetWithItsSource()
    {
        Assert.Equal(16, TargetsInForce.All.Count);
        Assert.All(TargetsInForce.All, t => Assert.False(string.IsNullOrWhiteSpace(t.Source)));
        Assert.Contains(TargetsInForce.All, t => t.Source.StartsWith("Decree 118/2025", StringComparison.Ordinal) && t.Scope.Levels.Contains(Reform.Indicators.Units.GovernmentLevel.Province));
    }

    [Fact]
    public void On_DatesTheTargets()
    {
        Assert.Empty(TargetsInForce.On(new LocalDate(2025, 12, 30)));
        Assert.Equal(11, TargetsInForce.On(new LocalDate(2025, 12, 31)).Count);
        Assert.Contains(TargetsInForce.On(new LocalDate(2026, 7, 1)), t => t.Indicator == "proceduresFullProcessOnline");
        Assert.Equal(16, TargetsInForce.On(new LocalDate(2030, 12, 31)).Count);
    }

    [Fact]
    public void Check_FullProcessOnline_WithThe2025Figure_IsNotMet_AndMetAtEightyPercent()
    {
        var target = TargetsInForce.All.Single(t => t.Indicator == IndicatorNames.FullProcessOnline);
        Assert.Equal(ComplianceStatus.NotMet, ComplianceCheck.Check(target, 39.98m).Status);
        Assert.Equal(ComplianceStatus.Met, ComplianceCheck.Check(target, new Rate(80, 100)).Status);
        Assert.Equal(ComplianceStatus.NoData, ComplianceCheck.Check(target, new Rate(0, 0)).Status);
    }
}

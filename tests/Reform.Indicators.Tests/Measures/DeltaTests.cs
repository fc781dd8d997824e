using FsCheck.Xunit;
using Reform.Indicators.Measures;

namespace Reform.Indicators.Tests.Measures;

public class DeltaTests
{
    // The 2022 review: 52.80% of dossiers handled online, +17.50 points on 2021 (35.30%).
    private static readonly Rate Online2021 = new(3_530, 10_000);
    private static readonly Rate Online2022 = new(5_280, 10_000);

    [Fact]
    public void Between_OnlineShare2021To2022_Is17Point50PointsAnd49Point58PercentRelative()
    {
        var delta = Delta.Between(Online2021, Online2022);
        Assert.Equal(17.50, delta.PercentagePoints!.Value, 10);
        Assert.Equal(0.4958, delta.Relative!.Value, 4);
        Assert.Equal("+17.50 pp (+49.58%)", delta.ToString());
        Assert.Null(delta.PercentagePointsNoValueReason);
        Assert.Null(delta.RelativeNoValueReason);
    }

    [Fact]
    public void Between_Decrease_IsNegative() =>
        Assert.Equal("-17.50 pp (-33.14%)", Delta.Between(Online2022, Online2021).ToString());

    [Fact]
    public void Between_EligibleServices96To100_IsFourPoints()
    {
        // "100% of eligible services offered fully online, +4 points on 2021".
        var delta = Delta.Between(new Rate(96, 100), new Rate(100, 100));
        Assert.Equal(4.0, delta.PercentagePoints!.Value, 10);
        Assert.Equal("+4.00 pp (+4.17%)", delta.ToString());
    }

    [Fact]
    public void Between_MissingSide_HasNoValueAndSaysWhichSide()
    {
        var noBefore = Delta.Between(default, new Rate(1, 2));
        Assert.Null(noBefore.PercentagePoints);
        Assert.Null(noBefore.Relative);
        Assert.Contains("before", noBefore.PercentagePointsNoValueReason, StringComparison.Ordinal);
        Assert.Equal("n/a pp (n/a)", noBefore.ToString());

        var noAfter = Delta.Between(new Rate(1, 2), default);
        Assert.Contains("after", noAfter.PercentagePointsNoValueReason, StringComparison.Ordinal);
        Assert.Contains("neither", Delta.Between(default, default).RelativeNoValueReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Between_FromZero_HasPointsButNoRelative()
    {
        var delta = Delta.Between(new Rate(0, 10), new Rate(5, 10));
        Assert.Equal(50.0, delta.PercentagePoints);
        Assert.Null(delta.Relative);
        Assert.Contains("before rate is 0", delta.RelativeNoValueReason, StringComparison.Ordinal);
        Assert.Equal("+50.00 pp (n/a)", delta.ToString());
    }

    [Property]
    public bool Between_Reversed_NegatesPoints(Rate a, Rate b) =>
        Delta.Between(a, b).PercentagePoints == -Delta.Between(b, a).PercentagePoints;

    [Property]
    public bool Between_Same_IsZero(Rate a) =>
        Delta.Between(a, a).PercentagePoints is not { } points || points == 0;

    [Property]
    public bool Between_PointsEqualDifferenceOfValues(Rate a, Rate b) =>
        Delta.Between(a, b).PercentagePoints is not { } points
        || Math.Abs(points - (100 * (b.Value!.Value - a.Value!.Value))) <= 1e-9;

    [Property]
    public bool Between_RelativeIsPointsOverBefore(Rate a, Rate b)
    {
        var delta = Delta.Between(a, b);
        return delta.Relative is not { } relative
            || Math.Abs(relative - (delta.PercentagePoints!.Value / 100 / a.Value!.Value)) <= 1e-9 * Math.Max(1, Math.Abs(relative));
    }
}

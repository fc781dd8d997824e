using FsCheck.Xunit;
using Reform.Indicators.Measures;

namespace Reform.Indicators.Tests.Measures;

public class ChangeTests
{
    [Fact]
    public void Between_Increase_GivesAbsoluteAndRelative()
    {
        var change = Change.Between(2_000, 2_358);
        Assert.Equal(358, change.Absolute);
        Assert.Equal(0.179, change.Relative!.Value, 10);
        Assert.Equal("+358 (+17.90%)", change.ToString());
    }

    [Fact]
    public void Between_Decrease_IsNegative() =>
        Assert.Equal("-1,041 (-50.00%)", Change.Between(2_082, 1_041).ToString());

    [Fact]
    public void Between_FromZero_HasNoRelativeAndSaysWhy()
    {
        var change = Change.Between(0, 1_041);
        Assert.Equal(1_041, change.Absolute);
        Assert.Null(change.Relative);
        Assert.NotNull(change.RelativeNoValueReason);
        Assert.Equal("+1,041 (n/a)", change.ToString());
    }

    [Fact]
    public void Between_NoChange_IsZero() => Assert.Equal("0 (0.00%)", Change.Between(7, 7).ToString());

    [Fact]
    public void Between_NegativeCount_ThrowsNamingTheValue()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Change.Between(-3, 4));
        Assert.Equal("before", error.ParamName);
        Assert.Contains("-3", error.Message, StringComparison.Ordinal);
    }

    [Property]
    public bool Between_Reversed_NegatesAbsolute(long a, long b)
    {
        (a, b) = (Math.Abs(a % 1_000_000_000), Math.Abs(b % 1_000_000_000));
        return Change.Between(a, b).Absolute == -Change.Between(b, a).Absolute;
    }
}

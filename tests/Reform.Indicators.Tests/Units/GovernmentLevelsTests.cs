using Reform.Indicators.Units;

namespace Reform.Indicators.Tests.Units;

public class GovernmentLevelsTests
{
    [Theory]
    [InlineData("ministry", GovernmentLevel.Ministry)]
    [InlineData(" Province ", GovernmentLevel.Province)]
    [InlineData("DISTRICT", GovernmentLevel.District)]
    [InlineData("commune\t", GovernmentLevel.Commune)]
    public void Parse_NamesCaseInsensitiveAndTrimmed(string text, GovernmentLevel expected)
    {
        Assert.Equal(expected, GovernmentLevels.Parse(text));
        Assert.True(GovernmentLevels.TryParse(text, out var level));
        Assert.Equal(expected, level);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ward")]
    [InlineData("provinces")]
    public void Parse_UnknownName_ThrowsListingTheNames(string text)
    {
        var error = Assert.Throws<FormatException>(() => GovernmentLevels.Parse(text));
        Assert.Contains($"'{text}' is not a government level; expected ministry, province, district or commune", error.Message, StringComparison.Ordinal);
        Assert.False(GovernmentLevels.TryParse(text, out _));
        Assert.False(GovernmentLevels.TryParse(null, out _));
    }

    [Fact]
    public void ToName_RoundTripsThroughParse() =>
        Assert.All(GovernmentLevels.All, level => Assert.Equal(level, GovernmentLevels.Parse(level.ToName())));
}

using Reform.Indicators.Procedures;

namespace Reform.Indicators.Tests.Procedures;

public class OnlineServiceLevelsTests
{
    [Theory]
    [InlineData(1, OnlineServiceLevel.None)]
    [InlineData(2, OnlineServiceLevel.None)]
    [InlineData(3, OnlineServiceLevel.Partial)]
    [InlineData(4, OnlineServiceLevel.Full)]
    public void FromLegacyLevel_MapsDecree43LevelsToDecree42(int legacy, OnlineServiceLevel expected) =>
        Assert.Equal(expected, OnlineServiceLevels.FromLegacyLevel(legacy));

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    public void FromLegacyLevel_OutOfRange_ThrowsNamingTheValue(int legacy)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => OnlineServiceLevels.FromLegacyLevel(legacy));
        Assert.Contains($"A legacy online service level is 1, 2, 3 or 4; it was {legacy}.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("none", OnlineServiceLevel.None)]
    [InlineData(" Partial", OnlineServiceLevel.Partial)]
    [InlineData("FULL ", OnlineServiceLevel.Full)]
    public void Parse_NamesCaseInsensitiveAndTrimmed(string text, OnlineServiceLevel expected)
    {
        Assert.Equal(expected, OnlineServiceLevels.Parse(text));
        Assert.Equal(expected, OnlineServiceLevels.Parse(expected.ToName()));
    }

    [Theory]
    [InlineData("level4")]
    [InlineData("4")]
    [InlineData("")]
    public void Parse_UnknownName_Throws(string text)
    {
        var error = Assert.Throws<FormatException>(() => OnlineServiceLevels.Parse(text));
        Assert.Contains("expected none, partial or full", error.Message, StringComparison.Ordinal);
        Assert.False(OnlineServiceLevels.TryParse(text, out _));
    }

    [Fact]
    public void Levels_AreOrderedByHowMuchIsOnline() =>
        Assert.True(OnlineServiceLevel.None < OnlineServiceLevel.Partial && OnlineServiceLevel.Partial < OnlineServiceLevel.Full);
}

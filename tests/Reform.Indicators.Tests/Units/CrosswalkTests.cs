using NodaTime;
using Reform.Indicators.Measures;
using Reform.Indicators.Units;

namespace Reform.Indicators.Tests.Units;

public class CrosswalkTests
{
    private static readonly Crosswalk Merger = new(new LocalDate(2025, 7, 1),
        [new CrosswalkLink("24", "24"), new CrosswalkLink("27", "24"), new CrosswalkLink("01", "01")]);

    [Fact]
    public void Constructor_OldCodeTwice_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => new Crosswalk(new LocalDate(2025, 7, 1),
            [new CrosswalkLink("24", "24"), new CrosswalkLink("24", "27")]));
        Assert.Contains("Old code 24 appears twice in the crosswalk (-> 24 and -> 27)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_PoolsRatesOfMergedUnits()
    {
        var onTime = new Dictionary<string, Rate> { ["24"] = new(990, 1000), ["27"] = new(480, 500) };
        var mapped = Merger.Map(onTime, Rate.Add);
        Assert.Equal(new Rate(1470, 1500), mapped["24"]);
    }

    [Fact]
    public void Map_UnknownOldCode_ThrowsNamingIt()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Merger.Map(new Dictionary<string, long> { ["99"] = 1 }));
        Assert.Equal("99 is not an old code of the crosswalk effective 2025-07-01.", error.Message);
    }

    [Fact]
    public void Lookups_BothWays()
    {
        Assert.Equal("24", Merger.NewCodeOf("27"));
        Assert.True(Merger.TryGetNewCode("01", out var newCode));
        Assert.Equal("01", newCode);
        Assert.False(Merger.TryGetNewCode("99", out _));
        Assert.Equal(["24", "27"], Merger.OldCodesOf("24"));
        Assert.Empty(Merger.OldCodesOf("99"));
    }

    [Fact]
    public void Verify_AnOldProvinceLeftOut_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => Merger.Verify(VietnamProvinces.Registry, GovernmentLevel.Province));
        Assert.Contains("is not mapped by the crosswalk effective 2025-07-01", error.Message, StringComparison.Ordinal);
    }
}

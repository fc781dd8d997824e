using NodaTime;
using Reform.Indicators.Units;

namespace Reform.Indicators.Tests.Units;

public class UnitRegistryTests
{
    private static readonly LocalDate Reform = new(2025, 7, 1);
    private static readonly LocalDate LastOldDay = new(2025, 6, 30);

    private static AdministrativeUnit Province(string code, string name, LocalDate? from = null, LocalDate? to = null) =>
        new(code, name, GovernmentLevel.Province, null, from, to);

    [Fact]
    public void Constructor_SameCodeInOverlappingPeriods_ThrowsNamingTheCodeAndDay()
    {
        var error = Assert.Throws<ArgumentException>(() => new UnitRegistry(
        [
            Province("24", "Bắc Giang", null, LastOldDay),
            Province("24", "Bắc Ninh", LastOldDay),
        ]));
        Assert.Contains("Code 24 names two units on 2025-06-30", error.Message, StringComparison.Ordinal);
        Assert.Contains("Bắc Giang", error.Message, StringComparison.Ordinal);
        Assert.Contains("Bắc Ninh", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_SameCodeInDisjointPeriods_IsAllowed()
    {
        var registry = new UnitRegistry([Province("24", "Bắc Giang", null, LastOldDay), Province("24", "Bắc Ninh", Reform)]);
        Assert.Equal("Bắc Giang", registry.AsOf(LastOldDay)["24"].Name);
        Assert.Equal("Bắc Ninh", registry.AsOf(Reform)["24"].Name);
    }

    [Fact]
    public void Constructor_MissingParent_ThrowsNamingTheUnitAndTheParent()
    {
        var error = Assert.Throws<ArgumentException>(() => new UnitRegistry(
            [new AdministrativeUnit("001", "Ba Đình", GovernmentLevel.District, "01")]));
        Assert.Contains("Unit 001 Ba Đình", error.Message, StringComparison.Ordinal);
        Assert.Contains("parent 01, which is not among the units", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ParentNotValidWhenTheChildIs_ThrowsNamingTheFirstUncoveredDay()
    {
        var error = Assert.Throws<ArgumentException>(() => new UnitRegistry(
        [
            Province("27", "Bắc Ninh", null, LastOldDay),
            new AdministrativeUnit("256", "Thành phố Bắc Ninh", GovernmentLevel.District, "27", null, new LocalDate(2025, 12, 31)),
        ]));
        Assert.Contains("Unit 256", error.Message, StringComparison.Ordinal);
        Assert.Contains("parent 27, which is not valid on 2025-07-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ParentCoveredByTwoVersionsOfItsCode_IsAllowed()
    {
        // Code 46: Thừa Thiên Huế, then the city of Huế; a district spanning the rename stays valid.
        var registry = new UnitRegistry(
        [
            Province("46", "Thừa Thiên Huế", null, new LocalDate(2024, 12, 31)),
            Province("46", "Huế", new LocalDate(2025, 1, 1), LastOldDay),
            new AdministrativeUnit("474", "Phong Điền", GovernmentLevel.District, "46", null, LastOldDay),
        ]);
        Assert.Equal("Huế", registry.AsOf(new LocalDate(2025, 3, 1)).Parent("474")!.Name);
    }

    [Theory]
    [InlineData(GovernmentLevel.District, GovernmentLevel.District, "a district must sit under a province")]
    [InlineData(GovernmentLevel.Commune, GovernmentLevel.Commune, "a commune must sit under a district or a province")]
    public void Constructor_WrongLevelOrder_ThrowsNamingTheRule(GovernmentLevel parentLevel, GovernmentLevel childLevel, string rule)
    {
        // A district under a district, or a commune under a commune.
        AdministrativeUnit[] units =
        [
            Province("01", "Hà Nội"),
            new AdministrativeUnit("001", "Ba Đình", parentLevel, "01"),
            new AdministrativeUnit("00004", "Trúc Bạch", childLevel, "001"),
        ];
        var error = Assert.Throws<ArgumentException>(() => new UnitRegistry(units));
        Assert.Contains("Unit 00004", error.Message, StringComparison.Ordinal);
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DistrictUnderAMinistry_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new UnitRegistry(
        [
            new AdministrativeUnit("BTP", "Bộ Tư pháp", GovernmentLevel.Ministry, null),
            new AdministrativeUnit("001", "Cục", GovernmentLevel.District, "BTP"),
        ]));
        Assert.Contains("a district must sit under a province", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GovernmentLevel.Province, "01", "is top-level, but has parent 01")]
    [InlineData(GovernmentLevel.Ministry, "01", "is top-level, but has parent 01")]
    [InlineData(GovernmentLevel.District, null, "needs a parent, but has none")]
    [InlineData(GovernmentLevel.Commune, null, "needs a parent, but has none")]
    public void AdministrativeUnit_ParentThatDoesNotFitTheLevel_Throws(GovernmentLevel level, string? parent, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => new AdministrativeUnit("99", "X", level, parent));
        Assert.Contains("Unit 99 (X)", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AdministrativeUnit_EndBeforeStart_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Province("24", "Bắc Ninh", Reform, LastOldDay));
        Assert.Contains("ends on 2025-06-30, before it starts on 2025-07-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AdministrativeUnit_IsValidOn_IncludesBothEnds()
    {
        var hue = Province("46", "Huế", new LocalDate(2025, 1, 1), LastOldDay);
        Assert.False(hue.IsValidOn(new LocalDate(2024, 12, 31)));
        Assert.True(hue.IsValidOn(new LocalDate(2025, 1, 1)));
        Assert.True(hue.IsValidOn(LastOldDay));
        Assert.False(hue.IsValidOn(Reform));
        Assert.Equal("46 Huế (province, 2025-01-01..2025-06-30)", hue.ToString());
    }

    [Fact]
    public void AsOf_TwoTierAfterTheReform_CommunesSitDirectlyUnderTheProvince()
    {
        var registry = VietnamProvinces.Registry.WithUnits(
        [
            new AdministrativeUnit("001", "Ba Đình", GovernmentLevel.District, "01", null, LastOldDay),
            new AdministrativeUnit("00001", "Phúc Xá", GovernmentLevel.Commune, "001", null, LastOldDay),
            new AdministrativeUnit("00004", "Ba Đình", GovernmentLevel.Commune, "01", Reform),
        ]);
        var before = registry.AsOf(LastOldDay);
        Assert.Equal(["01", "001"], before.Ancestors("00001").Select(u => u.Code).Reverse());
        Assert.Equal(["001", "00001"], before.Descendants("01").Select(u => u.Code));
        var after = registry.AsOf(Reform);
        Assert.Empty(after.OfLevel(GovernmentLevel.District));
        Assert.Equal("01", after.Parent("00004")!.Code);
        Assert.Equal(["00004"], after.Children("01").Select(u => u.Code));
    }

    [Fact]
    public void RollUp_Spans_SumEachSubtree()
    {
        var registry = new UnitRegistry(
        [
            Province("01", "Hà Nội"),
            new AdministrativeUnit("001", "Ba Đình", GovernmentLevel.District, "01"),
            new AdministrativeUnit("00001", "Phúc Xá", GovernmentLevel.Commune, "001"),
            new AdministrativeUnit("00004", "Trúc Bạch", GovernmentLevel.Commune, "001"),
            new AdministrativeUnit("BTP", "Bộ Tư pháp", GovernmentLevel.Ministry, null),
        ]);
        var hierarchy = registry.AsOf(new LocalDate(2022, 12, 31));
        Assert.Equal(["BTP", "01", "001", "00001", "00004"], hierarchy.Units.Select(u => u.Code)); // ministries first, pre-order
        long[] own = [7, 1, 10, 100, 1000];
        var totals = new long[5];
        hierarchy.RollUp<long>(own, totals);
        Assert.Equal([7L, 1111, 1110, 100, 1000], totals);
        Assert.Equal([-1, -1, 1, 2, 2], hierarchy.ParentOrdinals.ToArray());
        Assert.Equal(5, hierarchy.SubtreeEnd(1));
    }

    [Fact]
    public void Lookup_UnknownCode_ThrowsNamingTheCodeAndDate()
    {
        var hierarchy = VietnamProvinces.Registry.AsOf(new LocalDate(2025, 7, 1));
        var error = Assert.Throws<KeyNotFoundException>(() => hierarchy["27"]);
        Assert.Equal("No unit with code 27 is valid on 2025-07-01.", error.Message);
        Assert.False(hierarchy.Contains("27"));
    }
}

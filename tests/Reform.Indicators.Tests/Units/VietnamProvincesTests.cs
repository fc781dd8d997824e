using NodaTime;
using Reform.Indicators.Units;

namespace Reform.Indicators.Tests.Units;

public class VietnamProvincesTests
{
    private static readonly UnitRegistry Registry = VietnamProvinces.Registry;

    [Theory]
    [InlineData(2022, 12, 31, 63)]
    [InlineData(2024, 12, 31, 63)]
    [InlineData(2025, 1, 1, 63)]
    [InlineData(2025, 6, 30, 63)]
    [InlineData(2025, 7, 1, 34)]
    [InlineData(2026, 12, 31, 34)]
    public void AsOf_CountsProvinces(int year, int month, int day, int expected)
    {
        var hierarchy = Registry.AsOf(new LocalDate(year, month, day));
        Assert.Equal(expected, hierarchy.Count);
        Assert.Equal(expected, hierarchy.OfLevel(GovernmentLevel.Province).Count);
    }

    [Fact]
    public void Code24_IsBacGiangUntilTheReform_AndBacNinhFromIt()
    {
        Assert.Equal("Bắc Giang", Registry.Find("24", new LocalDate(2025, 6, 30))!.Name);
        Assert.Equal("Bắc Ninh", Registry.Find("24", new LocalDate(2025, 7, 1))!.Name);
        Assert.Equal("Bắc Ninh", Registry.Find("27", new LocalDate(2025, 6, 30))!.Name);
        Assert.Null(Registry.Find("27", new LocalDate(2025, 7, 1)));
        Assert.Equal(2, Registry.History("24").Count);
    }

    [Fact]
    public void Crosswalk_NewBacNinh_IsFormedFromOldBacGiangAndBacNinh() =>
        Assert.Equal(["24", "27"], VietnamProvinces.Crosswalk2025.OldCodesOf("24"));

    [Fact]
    public void Crosswalk_NewHoChiMinh_IsFormedFromBinhDuongBaRiaVungTauAndHoChiMinh()
    {
        Assert.Equal(["74", "77", "79"], VietnamProvinces.Crosswalk2025.OldCodesOf("79"));
        var before = Registry.AsOf(VietnamProvinces.ReformDate.PlusDays(-1));
        Assert.Equal(["Bình Dương", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh"], VietnamProvinces.Crosswalk2025.OldCodesOf("79").Select(c => before[c].Name));
    }

    [Fact]
    public void Crosswalk_MapsEveryOldCodeToExactlyOneNewCode_63To34()
    {
        var crosswalk = VietnamProvinces.Crosswalk2025;
        crosswalk.Verify(Registry, GovernmentLevel.Province);
        var oldCodes = Registry.AsOf(new LocalDate(2025, 6, 30)).Units.Select(u => u.Code).ToList();
        var newCodes = Registry.AsOf(new LocalDate(2025, 7, 1)).Units.Select(u => u.Code).ToList();
        Assert.Equal(63, crosswalk.Links.Count);
        Assert.Equal(oldCodes.Order(StringComparer.Ordinal), crosswalk.OldCodes);
        Assert.Equal(newCodes.Order(StringComparer.Ordinal), crosswalk.NewCodes);
        Assert.Equal(34, crosswalk.NewCodes.Count);
        Assert.All(oldCodes, old => Assert.Single(crosswalk.NewCodes, n => crosswalk.OldCodesOf(n).Contains(old)));
        Assert.Equal(63, crosswalk.NewCodes.Sum(n => crosswalk.OldCodesOf(n).Count));
    }

    [Fact]
    public void Crosswalk_AgreesWithTheFormedFromColumnOfThe2025List()
    {
        var formedFrom = VietnamProvinces.FormedFrom2025;
        Assert.Equal(34, formedFrom.Count);
        foreach (var (newCode, oldCodes) in formedFrom)
        {
            Assert.Equal(oldCodes, VietnamProvinces.Crosswalk2025.OldCodesOf(newCode));
        }
    }

    [Fact]
    public void Hue_WasThuaThienHueProvince_ThenTheCityOfHueFrom2025_ThenKeepsCode46()
    {
        Assert.Equal("Thừa Thiên Huế", Registry.Find("46", new LocalDate(2024, 12, 31))!.Name);
        Assert.Equal("Huế", Registry.Find("46", new LocalDate(2025, 1, 1))!.Name);
        Assert.Equal("Huế", Registry.Find("46", new LocalDate(2025, 7, 1))!.Name);
        Assert.Equal(3, Registry.History("46").Count);
        Assert.Equal(64, VietnamProvinces.Before2025Reform.Count); // 63 on any date; code 46 has two versions
        Assert.Equal(["46"], VietnamProvinces.Crosswalk2025.OldCodesOf("46"));
    }

    [Fact]
    public void Crosswalk_OldBacGiangPlusOldBacNinh_AddUpToNewBacNinh()
    {
        // Dossier counts per old province in 2022, compared with the new province through the crosswalk.
        var counts2022 = new Dictionary<string, long> { ["24"] = 120_000, ["27"] = 95_000, ["01"] = 1_000_000 };
        var mapped = VietnamProvinces.Crosswalk2025.Map(counts2022);
        Assert.Equal(215_000, mapped["24"]);
        Assert.Equal(1_000_000, mapped["01"]);
        Assert.Equal(2, mapped.Count);
    }

    [Fact]
    public void ProvinceCodes_AreTwoDigits_AndTheListsAreOpenWhereTheDataSaysNothing()
    {
        Assert.All(Registry.Units, u => Assert.Matches("^[0-9]{2}$", u.Code));
        Assert.All(VietnamProvinces.After2025Reform, u => Assert.Equal((VietnamProvinces.ReformDate, (LocalDate?)null), (u.ValidFrom!.Value, u.ValidTo)));
        Assert.All(VietnamProvinces.Before2025Reform.GroupBy(u => u.Code), versions => Assert.Equal(new LocalDate(2025, 6, 30), versions.Last().ValidTo));
        Assert.Equal(63, VietnamProvinces.Before2025Reform.Count(u => u.ValidFrom is null));
    }
}

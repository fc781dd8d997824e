using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Reform.Indicators.Units;
using Xunit.Abstractions;

namespace Reform.Indicators.Tests.Units;

public class VietnamUnitsTests
{
    private static readonly LocalDate LastOld = new(2025, 6, 30);
    private static readonly LocalDate Reform = new(2025, 7, 1);

    // The three snapshots as the files say them: the day-by-day reference of the registry.
    private static readonly Lazy<(LocalDate From, Dictionary<string, (string Name, string Level, string Parent)> Units)[]> Snapshots = new(() =>
    [
        (LocalDate.MinIsoValue, Read("admin-units-2025-03-01.csv")),
        (Reform, Read("admin-units-2025-07-01.csv")),
        (new LocalDate(2026, 4, 30), Read("admin-units-2026-04-30.csv")),
    ]);

    [Theory]
    [InlineData(2025, 6, 30, 63, 696, 10_035)]
    [InlineData(2022, 1, 1, 63, 696, 10_035)]
    [InlineData(2025, 7, 1, 34, 0, 3_321)]
    [InlineData(2026, 4, 29, 34, 0, 3_321)]
    [InlineData(2026, 4, 30, 34, 0, 3_321)]
    public void AsOf_CountsEachLevel(int year, int month, int day, int provinces, int districts, int communes)
    {
        var hierarchy = VietnamUnits.Registry.AsOf(new LocalDate(year, month, day));
        Assert.Equal(provinces, hierarchy.OfLevel(GovernmentLevel.Province).Count);
        Assert.Equal(districts, hierarchy.OfLevel(GovernmentLevel.District).Count);
        Assert.Equal(communes, hierarchy.OfLevel(GovernmentLevel.Commune).Count);
    }

    [Fact]
    public void Code24_IsBacGiangUntilTheReform_AndTheMergedBacNinhFromIt()
    {
        var registry = VietnamUnits.Registry;
        Assert.Equal("Tỉnh Bắc Giang", registry.Find("24", LastOld)!.Name);
        Assert.Equal("Tỉnh Bắc Ninh", registry.Find("24", Reform)!.Name);
        Assert.Null(registry.Find("27", Reform));
    }

    [Fact]
    public void AnUnchangedProvince_IsOneOpenVersion()
    {
        var hanoi = Assert.Single(VietnamUnits.Registry.History("01"));
        Assert.Null(hanoi.ValidFrom);
        Assert.Null(hanoi.ValidTo);
    }

    [Fact]
    public void ACommuneOfTheReform_SitsUnderItsProvince_AndItsOldVersionUnderADistrict()
    {
        var registry = VietnamUnits.Registry;
        Assert.Equal(GovernmentLevel.District, registry.AsOf(LastOld).Parent("00004")!.Level);
        Assert.Equal("01", registry.Find("00004", Reform)!.ParentCode);
        Assert.Equal("Phường Ba Đình", registry.Find("00004", Reform)!.Name);
    }

    /// <summary>For any code and day, the registry names the unit the snapshot in force that day lists, or none.</summary>
    [Property(MaxTest = 500)]
    public Property Find_AgreesWithTheSnapshotInForceThatDay()
    {
        var codes = Snapshots.Value.SelectMany(s => s.Units.Keys).Distinct().Order(StringComparer.Ordinal).ToArray();
        var first = new LocalDate(2024, 1, 1);
        var gen = from c in Gen.Choose(0, codes.Length - 1)
                  from d in Gen.Choose(0, 4 * 365)
                  select (Code: codes[c], Date: first.PlusDays(d));
        return Prop.ForAll(gen.ToArbitrary(), pick =>
        {
            var snapshot = Snapshots.Value.Last(s => s.From <= pick.Date).Units;
            var found = VietnamUnits.Registry.Find(pick.Code, pick.Date);
            if (!snapshot.TryGetValue(pick.Code, out var expected))
            {
                return found is null;
            }
            return found is not null && found.Name == expected.Name && found.Level.ToName() == expected.Level
                && (found.ParentCode ?? "") == expected.Parent;
        });
    }

    [Fact]
    public void CommuneCrosswalk_HasTheAnchors_AndReachesEveryOldCommuneBut_TheOnesItReports()
    {
        var crosswalk = VietnamUnits.CommuneCrosswalk2025;
        var before = VietnamUnits.Registry.AsOf(LastOld).OfLevel(GovernmentLevel.Commune);
        var after = VietnamUnits.Registry.AsOf(Reform).OfLevel(GovernmentLevel.Commune).Select(u => u.Code).ToHashSet();
        Assert.Equal(3_315, crosswalk.Links.Count(l => l.OldCode == l.NewCode));
        Assert.Contains(crosswalk.Unmatched, u => u.NewCode == "00071" && u.Reason.Contains("read as 07147", StringComparison.Ordinal));
        Assert.All(crosswalk.Links, l => Assert.Contains(l.NewCode, after));
        var notReached = crosswalk.Unmatched.Where(u => u.NewCode.Length == 0).ToList();
        Assert.Equal(before.Count, crosswalk.OldCodes.Count + notReached.Count);
        // Every old commune the crosswalk reaches has a successor among the new communes.
        Assert.All(crosswalk.OldCodes, old => Assert.Contains(crosswalk.SuccessorOf(old)!, after));
    }

    [Fact]
    public void CommuneCrosswalk_ReadsWholeCommunesPartsAndRemainders()
    {
        var crosswalk = VietnamUnits.CommuneCrosswalk2025;
        var before = VietnamUnits.Registry.AsOf(LastOld);
        string Code(string name, string district) =>
            before.OfLevel(GovernmentLevel.Commune).Single(c => c.Name == name && before.Parent(c.Code)!.Name == district).Code;
        // Phường Ba Đình (00004): "Phường Quán Thánh, Phường Trúc Bạch, một phần … của các phường Cửa Nam, …, phần còn lại của phường Cửa Đông, …".
        var links = crosswalk.LinksTo("00004").ToDictionary(l => l.OldCode, l => l.Share);
        Assert.Equal(CrosswalkShare.Whole, links[Code("Phường Quán Thánh", "Quận Ba Đình")]);
        Assert.Equal(CrosswalkShare.Whole, links[Code("Phường Trúc Bạch", "Quận Ba Đình")]);
        Assert.Equal(CrosswalkShare.Part, links[Code("Phường Cửa Nam", "Quận Hoàn Kiếm")]);
        Assert.Equal(CrosswalkShare.Remainder, links[Code("Phường Cửa Đông", "Quận Hoàn Kiếm")]);
    }

    [Fact]
    public void Pieces_SplitOutsideParentheses_AndCarryTheDistrict()
    {
        var pieces = CommuneComposition.Pieces("Phường Kim Liên, Phường Khương Thượng và Phường Nam Đồng, Phường Quang Trung (quận Đống Đa) (phần còn lại sau khi sáp nhập vào phường Đống Đa, phường X)").ToList();
        Assert.Equal(["Kim Liên", "Khương Thượng", "Nam Đồng", "Quang Trung"], pieces.Select(p => p.Name));
        Assert.Equal(CrosswalkShare.Remainder, pieces[3].Share);
        Assert.Equal("đống đa", pieces[3].District);
        Assert.Equal(CrosswalkShare.Whole, pieces[2].Share);
    }

    [Theory]
    [InlineData("Phường Hòa Khánh", "hoà khánh")]
    [InlineData("Xã Thủy Xuân", "thuỷ xuân")]
    [InlineData("Phường 01", "1")]
    [InlineData("Phường Phương Liên - Trung Tự", "phương liên trung tự")]
    public void Key_ComparesWithoutTypeCaseToneplacementOrLeadingZeros(string name, string key) =>
        Assert.Equal(key, CommuneComposition.Key(name));

    [Fact]
    public void UserLinks_ReplaceTheBuiltInLinksOfTheirOldCode()
    {
        var crosswalk = VietnamUnits.CommuneCrosswalk2025.WithLinks([new UnitCrosswalkLink("00001", "00008")]);
        var link = Assert.Single(crosswalk.LinksFrom("00001"));
        Assert.Equal(CrosswalkOrigin.User, link.Origin);
        Assert.Equal("00008", crosswalk.SuccessorOf("00001"));
    }

    private static Dictionary<string, (string, string, string)> Read(string file) =>
        EmbeddedCsv.Read(file).ToDictionary(r => r["unit_code"], r => (r["name"].Normalize(), r["level"], r["parent_code"]));
}

public class CommuneCrosswalkReport(ITestOutputHelper output)
{
    /// <summary>Pins the figures docs/units.md gives for the built-in commune crosswalk, and prints what it could not match.</summary>
    [Fact]
    public void CommuneCrosswalk_MatchesTheFiguresDocumented()
    {
        var crosswalk = VietnamUnits.CommuneCrosswalk2025;
        var notReached = crosswalk.Unmatched.Count(u => u.NewCode.Length == 0);
        var ambiguous = crosswalk.Unmatched.Count(u => u.Reason.EndsWith("old communes of that name in the province", StringComparison.Ordinal));
        var unknown = crosswalk.Unmatched.Count(u => u.Reason == "no old commune of that name in the province");
        foreach (var u in crosswalk.Unmatched)
        {
            output.WriteLine(u.ToString());
        }
        Assert.Equal((10_398, 9_875, 160, 24, 334), (crosswalk.Links.Count, crosswalk.OldCodes.Count, notReached, ambiguous, unknown));
        Assert.Equal((10_025, 147, 226), (crosswalk.Links.Count(l => l.Share == CrosswalkShare.Whole),
            crosswalk.Links.Count(l => l.Share == CrosswalkShare.Part), crosswalk.Links.Count(l => l.Share == CrosswalkShare.Remainder)));
    }
}

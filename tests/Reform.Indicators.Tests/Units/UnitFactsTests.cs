using NodaTime;
using Reform.Indicators.Units;

namespace Reform.Indicators.Tests.Units;

public class UnitFactsTests
{
    private static readonly LocalDate EndOf2022 = new(2022, 12, 31);
    private static readonly LocalDate LgspSince = new(2021, 6, 30);

    private static readonly string[] Ministries = [.. Enumerable.Range(1, 22).Select(i => $"B{i:00}")];

    private static UnitHierarchy Nation2022() => VietnamProvinces.Registry
        .WithUnits(Ministries.Select(c => new AdministrativeUnit(c, $"Bộ {c}", GovernmentLevel.Ministry, null)))
        .AsOf(EndOf2022);

    [Fact]
    public void Coverage_NationalReview2022_LgspAndArchitecture()
    {
        var nation = Nation2022();
        var provinces = nation.OfLevel(GovernmentLevel.Province).Select(u => u.Code).ToList();
        var facts = new UnitFacts(
            Ministries.Select(c => new UnitFact(c, KnownUnitFacts.LgspConnected, LgspSince))
            .Concat(provinces.Select(c => new UnitFact(c, KnownUnitFacts.LgspConnected, LgspSince)))
            // 19 of 22 ministries and 62 of 63 provinces with the architecture 2.0; one more province only from 2023.
            .Concat(Ministries.Take(19).Select(c => new UnitFact(c, KnownUnitFacts.EGovernmentArchitecture20, new LocalDate(2022, 9, 1))))
            .Concat(provinces.Skip(1).Select(c => new UnitFact(c, KnownUnitFacts.EGovernmentArchitecture20, new LocalDate(2022, 11, 15))))
            .Append(new UnitFact(provinces[0], KnownUnitFacts.EGovernmentArchitecture20, new LocalDate(2023, 2, 1))));

        var lgspMinistries = facts.Coverage(KnownUnitFacts.LgspConnected, nation, GovernmentLevel.Ministry);
        Assert.Equal((22L, 22L, 100.00m), (lgspMinistries.Numerator, lgspMinistries.Denominator, lgspMinistries.Percent!.Value));
        Assert.Equal("100.00% (63/63)", facts.Coverage(KnownUnitFacts.LgspConnected, nation, GovernmentLevel.Province).ToString());
        Assert.Equal("86.36% (19/22)", facts.Coverage(KnownUnitFacts.EGovernmentArchitecture20, nation, GovernmentLevel.Ministry).ToString());
        Assert.Equal("98.41% (62/63)", facts.Coverage(KnownUnitFacts.EGovernmentArchitecture20, nation, GovernmentLevel.Province).ToString());
        Assert.Equal(Ministries.Skip(19), facts.UnitsNotHolding(KnownUnitFacts.EGovernmentArchitecture20, nation, GovernmentLevel.Ministry).Select(u => u.Code));
        Assert.Equal("n/a (0/0)", facts.Coverage(KnownUnitFacts.LgspConnected, nation, GovernmentLevel.District).ToString());
    }

    [Fact]
    public void Coverage_BeforeTheFactHolds_DoesNotCount()
    {
        var facts = new UnitFacts([new UnitFact("01", KnownUnitFacts.LgspConnected, LgspSince, new LocalDate(2022, 6, 30))]);
        Assert.False(facts.Holds("01", KnownUnitFacts.LgspConnected, LgspSince.PlusDays(-1)));
        Assert.True(facts.Holds("01", KnownUnitFacts.LgspConnected, LgspSince));
        Assert.True(facts.Holds("01", KnownUnitFacts.LgspConnected, new LocalDate(2022, 6, 30)));
        Assert.False(facts.Holds("01", KnownUnitFacts.LgspConnected, new LocalDate(2022, 7, 1)));
    }

    [Fact]
    public void Coverage_OverAList_CountsEachListedUnitOnce_AndRejectsUnknownCodes()
    {
        var nation = Nation2022();
        var facts = new UnitFacts([new UnitFact("01", KnownUnitFacts.LgspConnected, LgspSince)]);
        Assert.Equal("50.00% (1/2)", facts.Coverage(KnownUnitFacts.LgspConnected, nation, ["01", "79", "01"]).ToString());
        var error = Assert.Throws<KeyNotFoundException>(() => facts.Coverage(KnownUnitFacts.LgspConnected, nation, ["01", "99"]));
        Assert.Contains("No unit with code 99 is valid on 2022-12-31", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnitFact_EndBeforeStart_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new UnitFact("01", "x", new LocalDate(2022, 1, 2), new LocalDate(2022, 1, 1)));
        Assert.Contains("Fact 'x' on unit 01 ends on 2022-01-01, before it starts on 2022-01-02", error.Message, StringComparison.Ordinal);
    }
}

using NodaTime;
using Reform.Indicators.Units;

namespace Reform.Indicators.Tests.Units;

/// <summary>
/// A random but realistic set of units across a reorganisation on <see cref="ReformDate"/>:
/// provinces (2-digit codes) with districts (3 digits) and communes (5 digits) before it, some
/// communes merging before it, some districts founded late; after it, fewer provinces (some
/// reusing an old province's code, as 24 did in 2025) with communes directly under them.
/// </summary>
public sealed record UnitsSample(
    IReadOnlyList<AdministrativeUnit> Units,
    Crosswalk Crosswalk,
    LocalDate ReformDate,
    LocalDate QueryDate,
    IReadOnlyDictionary<string, long> Values,
    IReadOnlyList<UnitFact> Facts)
{
    public const string Fact = "lgsp-connected";

    public UnitRegistry Registry() => new(Units);

    public override string ToString() =>
        $"{Units.Count} units, reform {ReformDate}, query {QueryDate}:\n  " + string.Join("\n  ", Units);

    /// <summary>Builds a sample from a tape of random numbers (each in 0..9999), read in order; zeros give the smallest sample.</summary>
    public static UnitsSample Build(int[] tape)
    {
        int position = 0;
        int Next(int exclusiveMax) => exclusiveMax <= 1 ? 0 : tape[position++ % tape.Length] % exclusiveMax;

        var reform = new LocalDate(2020, 1, 1).PlusDays(Next(365 * 6));
        var lastOldDay = reform.PlusDays(-1);
        var codePool = Enumerable.Range(1, 99).Select(i => i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        string TakeProvinceCode() { var c = codePool[Next(codePool.Count)]; codePool.Remove(c); return c; }

        var units = new List<AdministrativeUnit>();
        int districtCounter = 0, communeCounter = 0;
        string District() => (++districtCounter * 7 % 1000).ToString("000", System.Globalization.CultureInfo.InvariantCulture);
        string Commune() => (++communeCounter).ToString("00000", System.Globalization.CultureInfo.InvariantCulture);

        int oldCount = 1 + Next(6);
        var oldProvinces = new List<string>();
        for (int p = 0; p < oldCount; p++)
        {
            string province = TakeProvinceCode();
            oldProvinces.Add(province);
            units.Add(new AdministrativeUnit(province, $"Tỉnh {province}", GovernmentLevel.Province, null, null, lastOldDay));
            int districts = Next(4);
            for (int d = 0; d < districts; d++)
            {
                string district = District();
                LocalDate? founded = Next(4) == 0 ? reform.PlusDays(-1 - Next(1000)) : null;
                units.Add(new AdministrativeUnit(district, $"Huyện {district}", GovernmentLevel.District, province, founded, lastOldDay));
                int communes = Next(5);
                for (int c = 0; c < communes; c++)
                {
                    string commune = Commune();
                    if (founded is null && Next(3) == 0)
                    {
                        // A commune merged into a new one on a day before the reform.
                        var merged = reform.PlusDays(-1 - Next(500));
                        units.Add(new AdministrativeUnit(commune, $"Xã {commune}", GovernmentLevel.Commune, district, null, merged.PlusDays(-1)));
                        string successor = Commune();
                        units.Add(new AdministrativeUnit(successor, $"Xã {successor}", GovernmentLevel.Commune, district, merged, lastOldDay));
                        continue;
                    }
                    units.Add(new AdministrativeUnit(commune, $"Xã {commune}", GovernmentLevel.Commune, district, founded, lastOldDay));
                }
            }
        }

        int newCount = 1 + Next(oldCount);
        var assignment = new int[oldCount];
        for (int i = 0; i < oldCount; i++)
        {
            assignment[i] = i < newCount ? i : Next(newCount);
        }
        var links = new List<CrosswalkLink>();
        var newCodes = new string[newCount];
        for (int j = 0; j < newCount; j++)
        {
            // Usually the code of a constituent (the seat's), sometimes a fresh one.
            newCodes[j] = Next(4) == 0 ? TakeProvinceCode() : oldProvinces[j];
            units.Add(new AdministrativeUnit(newCodes[j], $"Tỉnh mới {newCodes[j]}", GovernmentLevel.Province, null, reform, null));
            int communes = Next(6);
            for (int c = 0; c < communes; c++)
            {
                string commune = Commune();
                units.Add(new AdministrativeUnit(commune, $"Phường {commune}", GovernmentLevel.Commune, newCodes[j], reform, null));
            }
        }
        for (int i = 0; i < oldCount; i++)
        {
            links.Add(new CrosswalkLink(oldProvinces[i], newCodes[assignment[i]]));
        }

        var query = reform.PlusDays(Next(800) - 400);
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        var facts = new List<UnitFact>();
        foreach (var code in units.Select(u => u.Code).Distinct())
        {
            values[code] = Next(1000);
            if (Next(3) != 0)
            {
                var since = reform.PlusDays(Next(800) - 400);
                facts.Add(new UnitFact(code, Fact, since, Next(3) == 0 ? since.PlusDays(Next(300)) : null));
            }
        }
        return new UnitsSample(units, new Crosswalk(reform, links), reform, query, values, facts);
    }
}

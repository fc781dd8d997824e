using NodaTime;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Units;

/// <summary>
/// Vietnam's province-level units (tỉnh, thành phố trực thuộc trung ương) before and after the
/// reform of 1 July 2025, and the crosswalk between them, as shipped reference data.
/// </summary>
/// <remarks>
/// <para>Sources (embedded CSV files; see <c>Units/Data/README.md</c>):</para>
/// <list type="bullet">
/// <item><see cref="Before2025Reform"/>: the 63 units and codes of Decision 124/2004/QĐ-TTg,
/// valid until 30 June 2025. Thừa Thiên Huế province became the centrally-run city of Huế on
/// 1 January 2025 (reported as National Assembly Resolution 175/2024/QH15; unconfirmed in the
/// reference notes), so code 46 has two versions: Thừa Thiên Huế until 2024-12-31 and Huế from
/// 2025-01-01 to 2025-06-30. The list therefore holds 64 versions, 63 on any date. The list has
/// no start dates: the units are open at the start (earlier changes, such as Hà Tây's merger
/// into Hà Nội in 2008, are not modelled).</item>
/// <item><see cref="After2025Reform"/>: the 34 units of National Assembly Resolution
/// 202/2025/QH15 (12 June 2025), with the codes of Decision 19/2025/QĐ-TTg, valid from 1 July 2025.</item>
/// <item><see cref="Crosswalk2025"/>: each old code to the new unit it became part of. A merged
/// province keeps the code of the unit whose seat became the capital: code 24 was Bắc Giang and
/// is the merged Bắc Ninh (old Bắc Giang 24 + old Bắc Ninh 27).</item>
/// </list>
/// <para>Districts and communes are not shipped: add them with <see cref="UnitRegistry.WithUnits"/>.</para>
/// </remarks>
/// <example>
/// <code>
/// VietnamProvinces.Registry.AsOf(new LocalDate(2022, 12, 31)).Count; // 63
/// VietnamProvinces.Registry.AsOf(new LocalDate(2025, 7, 1)).Count;   // 34
/// VietnamProvinces.Crosswalk2025.OldCodesOf("24");                     // ["24", "27"]
/// </code>
/// </example>
public static class VietnamProvinces
{
    /// <summary>The day the 34 provinces of Resolution 202/2025/QH15 took effect: 2025-07-01.</summary>
    public static LocalDate ReformDate { get; } = new(2025, 7, 1);

    /// <summary>The 64 versions of the 63 provinces before <see cref="ReformDate"/> (see the remarks on Huế), by code.</summary>
    public static IReadOnlyList<AdministrativeUnit> Before2025Reform { get; } = LoadBefore();

    /// <summary>The 34 provinces valid from <see cref="ReformDate"/>, open-ended, by code.</summary>
    public static IReadOnlyList<AdministrativeUnit> After2025Reform { get; } = LoadAfter();

    /// <summary>The crosswalk from the 63 old province codes to the 34 new ones, effective <see cref="ReformDate"/>.</summary>
    public static Crosswalk Crosswalk2025 { get; } = LoadCrosswalk();

    /// <summary>A registry of every province version, before and after the reform.</summary>
    public static UnitRegistry Registry { get; } = new(Before2025Reform.Concat(After2025Reform));

    /// <summary>The <c>formed_from</c> column of <c>provinces-2025.csv</c>: new code → old codes (sorted).</summary>
    internal static IReadOnlyDictionary<string, IReadOnlyList<string>> FormedFrom2025 { get; } = EmbeddedCsv.Read("provinces-2025.csv")
        .ToDictionary(
            row => row["code"],
            row => (IReadOnlyList<string>)[.. row["formed_from"].Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)],
            StringComparer.Ordinal);

    private static AdministrativeUnit[] LoadBefore()
    {
        LocalDate lastDay = ReformDate.PlusDays(-1);
        var renames = EmbeddedCsv.Read("province-renames.csv").ToDictionary(r => r["code"], StringComparer.Ordinal);
        var units = new List<AdministrativeUnit>();
        foreach (var row in EmbeddedCsv.Read("provinces-2004.csv"))
        {
            string code = row["code"];
            if (renames.TryGetValue(code, out var rename))
            {
                if (rename["old_name"] != row["name"])
                {
                    throw new InvalidOperationException($"province-renames.csv renames {code} from {rename["old_name"]}, but provinces-2004.csv names it {row["name"]}.");
                }
                LocalDate effective = IsoDates.Parse(rename["effective"]);
                units.Add(new AdministrativeUnit(code, row["name"], GovernmentLevel.Province, null, null, effective.PlusDays(-1)));
                units.Add(new AdministrativeUnit(code, rename["new_name"], GovernmentLevel.Province, null, effective, lastDay));
            }
            else
            {
                units.Add(new AdministrativeUnit(code, row["name"], GovernmentLevel.Province, null, null, lastDay));
            }
        }
        return [.. units];
    }

    private static AdministrativeUnit[] LoadAfter() =>
        [.. EmbeddedCsv.Read("provinces-2025.csv")
            .Select(row => new AdministrativeUnit(row["code"], row["name"], GovernmentLevel.Province, null, ReformDate, null))];

    private static Crosswalk LoadCrosswalk() =>
        new(ReformDate, EmbeddedCsv.Read("province-crosswalk-2025.csv").Select(row => new CrosswalkLink(row["old_code"], row["new_code"])));
}

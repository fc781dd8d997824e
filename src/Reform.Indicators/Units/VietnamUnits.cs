using NodaTime;

namespace Reform.Indicators.Units;

/// <summary>
/// Every administrative unit of Vietnam — provinces, districts and communes — before and after the
/// reform of 1 July 2025, as one dated <see cref="UnitRegistry"/>, and the commune crosswalk
/// between them; shipped reference data, loaded on first use.
/// </summary>
/// <remarks>
/// <para>Built from three snapshots (embedded CSV files; sources in <c>Units/Data/README.md</c>):</para>
/// <list type="bullet">
/// <item>1 March 2025 (63 provinces, 696 districts, 10,035 communes; codes of Decision
/// 124/2004/QĐ-TTg): valid until 30 June 2025, open at the start — units merged before 1 March 2025
/// (the 2023–2025 commune mergers) are not in it, and a unit's name is its name of 1 March 2025
/// even for earlier dates.</item>
/// <item>1 July 2025 (34 provinces, 3,321 communes, no districts; codes of Decision 19/2025/QĐ-TTg).</item>
/// <item>30 April 2026 (National Assembly Resolution 30/2026/QH16): the same 3,321 codes; 205
/// communes renamed, nearly all a tone mark moved (<c>Hòa</c>/<c>Hoà</c>).</item>
/// </list>
/// <para>
/// A code whose name, level and parent are the same in two consecutive snapshots is one version
/// across them (Hà Nội, code 01, is one open version); otherwise the snapshot starts a new
/// version. So every commune of 1 July 2025 is a new version (its parent is now the province),
/// code 24 is Bắc Giang until 30 June 2025 and the merged Bắc Ninh after, and a renamed commune
/// has a version ending on 29 April 2026. Ministries are not included: add them with
/// <see cref="UnitRegistry.WithUnits"/>.
/// </para>
/// <para>
/// The data is read and checked the first time <see cref="Registry"/> or
/// <see cref="CommuneCrosswalk2025"/> is used (about 14,000 unit versions; tens of milliseconds),
/// never at start-up.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var registry = VietnamUnits.Registry;
/// registry.Find("24", new LocalDate(2025, 6, 30))!.Name;                 // "Tỉnh Bắc Giang"
/// registry.Find("24", new LocalDate(2025, 7, 1))!.Name;                  // "Tỉnh Bắc Ninh"
/// registry.AsOf(new LocalDate(2025, 6, 30)).OfLevel(GovernmentLevel.District).Count; // 696
/// registry.AsOf(new LocalDate(2025, 7, 1)).OfLevel(GovernmentLevel.Commune).Count;   // 3321
/// </code>
/// </example>
public static class VietnamUnits
{
    private static readonly Lazy<UnitRegistry> LazyRegistry = new(Load);
    private static readonly Lazy<Crosswalk> LazyCrosswalk = new(() => Crosswalk2025With(CommuneCrosswalk2025));

    /// <summary>The first day of the two-level local government: 2025-07-01 (Resolution 202/2025/QH15, Decree 118/2025/NĐ-CP).</summary>
    public static LocalDate ReformDate => VietnamProvinces.ReformDate;

    /// <summary>The first day of the renames of National Assembly Resolution 30/2026/QH16: 2026-04-30.</summary>
    public static LocalDate Renames2026 { get; } = new(2026, 4, 30);

    /// <summary>Every unit version of the three snapshots (see the remarks), loaded and checked on first use.</summary>
    public static UnitRegistry Registry => LazyRegistry.Value;

    /// <summary>
    /// The commune crosswalk of 1 July 2025: each of the 10,035 old communes to the new communes it
    /// became (part of), from the anchor codes and the published composition text; loaded on first use.
    /// </summary>
    /// <remarks>The method is in docs/units.md ("The commune crosswalk"); <see cref="UnitCrosswalk.Unmatched"/> lists what could not be matched.</remarks>
    public static UnitCrosswalk CommuneCrosswalk2025 => CommuneComposition.Crosswalk2025;

    /// <summary>
    /// The provinces and communes of 1 July 2025 as one <see cref="Crosswalk"/>: the 63 old provinces to
    /// the 34 new ones (<see cref="VietnamProvinces.Crosswalk2025"/>) and each old commune to the new
    /// commune its figures are attributed to (<see cref="CommuneCrosswalk2025"/>, <see cref="UnitCrosswalk.ToCrosswalk"/>).
    /// Districts have no link: <see cref="Indicators.IndicatorReports.RollUp"/> sends an abolished district to its province's successor.
    /// </summary>
    public static Crosswalk Crosswalk2025 => LazyCrosswalk.Value;

    /// <summary><see cref="Crosswalk2025"/> with <paramref name="communes"/> in place of the built-in commune crosswalk, e.g. <c>CommuneCrosswalk2025.WithLinks(mine)</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="communes"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="communes"/> is effective on another date than 1 July 2025, or links an old province code.</exception>
    public static Crosswalk Crosswalk2025With(UnitCrosswalk communes)
    {
        ArgumentNullException.ThrowIfNull(communes);
        if (communes.EffectiveDate != ReformDate)
        {
            throw new ArgumentException($"The commune crosswalk takes effect on {communes.EffectiveDate:uuuu-MM-dd}, not on {ReformDate:uuuu-MM-dd}.", nameof(communes));
        }
        return new Crosswalk(ReformDate, VietnamProvinces.Crosswalk2025.Links.Concat(communes.ToCrosswalk().Links));
    }

    private static UnitRegistry Load()
    {
        LocalDate lastOld = ReformDate.PlusDays(-1);
        LocalDate lastBeforeRenames = Renames2026.PlusDays(-1);
        var before = Snapshot("admin-units-2025-03-01.csv");
        var after = Snapshot("admin-units-2025-07-01.csv");
        var renamed = Snapshot("admin-units-2026-04-30.csv");
        var units = new List<AdministrativeUnit>(before.Count + after.Count + 256);
        foreach (var (code, old) in before)
        {
            // Unchanged across the reform: one version, open at both ends (or to the renames).
            bool continues = after.TryGetValue(code, out var next) && SameUnit(old, next);
            if (!continues)
            {
                units.Add(Version(old, null, lastOld));
            }
        }
        foreach (var (code, unit) in after)
        {
            bool continued = before.TryGetValue(code, out var old) && SameUnit(old, unit);
            LocalDate? from = continued ? null : ReformDate;
            if (renamed.TryGetValue(code, out var later) && !SameUnit(unit, later))
            {
                units.Add(Version(unit, from, lastBeforeRenames));
                units.Add(Version(later, Renames2026, null));
            }
            else
            {
                units.Add(Version(unit, from, null));
            }
        }
        foreach (var (code, unit) in renamed)
        {
            if (!after.ContainsKey(code))
            {
                units.Add(Version(unit, Renames2026, null));
            }
        }
        return new UnitRegistry(units);
    }

    private static bool SameUnit(Row a, Row b) =>
        a.Name == b.Name && a.Level == b.Level && a.ParentCode == b.ParentCode;

    private static AdministrativeUnit Version(Row row, LocalDate? from, LocalDate? to) =>
        new(row.Code, row.Name, row.Level, row.ParentCode, from, to);

    private static Dictionary<string, Row> Snapshot(string file)
    {
        var rows = new Dictionary<string, Row>(StringComparer.Ordinal);
        foreach (var row in EmbeddedCsv.Read(file))
        {
            string parent = row["parent_code"];
            var unit = new Row(row["unit_code"], row["name"].Normalize(), GovernmentLevels.Parse(row["level"]), parent.Length == 0 ? null : parent);
            if (!rows.TryAdd(unit.Code, unit))
            {
                throw new InvalidOperationException($"{file}: code {unit.Code} appears twice.");
            }
        }
        return rows;
    }

    private sealed record Row(string Code, string Name, GovernmentLevel Level, string? ParentCode);
}

namespace Reform.Indicators.Data;

/// <summary>
/// The column names the readers accept: the canonical names of docs/specification.md §3 and, for each,
/// the names used in exports of the national public service portal (DVCQG) and one-stop-shop systems.
/// </summary>
/// <remarks>
/// Header names are matched case-insensitively, ignoring surrounding spaces. A file may use
/// either name for a column, not both. Columns the readers do not know are ignored. The full
/// mapping with its sources is in <c>docs/data-formats.md</c>.
/// </remarks>
public static class ColumnNames
{
    /// <summary>Dossier columns: each canonical name with the other names accepted for it.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Dossiers { get; } =
        DossierColumns.All.ToDictionary(c => c.Name, c => c.Aliases, StringComparer.Ordinal);

    /// <summary>
    /// The optional dossier columns of the Decision 766 scorecard's dossier details (docs/scorecard.md, "Records"):
    /// each canonical name with the portal's name for it, where it has one.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> DossierDetails { get; } =
        DetailColumns.All.ToDictionary(c => c.Column.Name, c => c.Column.Aliases, StringComparer.Ordinal);

    /// <summary>Units-file columns: each canonical name with the other names accepted for it.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Units { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["unit_code"] = ["MaDonVi"],
        ["name"] = ["TenDonVi"],
        ["level"] = ["CapDonVi"],
        ["parent_code"] = ["MaDonViCha"],
        ["valid_from"] = ["HieuLucTu"],
        ["valid_to"] = ["HieuLucDen"],
    };

    /// <summary>Procedures-file columns: each canonical name with the other names accepted for it.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Procedures { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["procedure_code"] = ["MaTTHC"],
        ["name"] = ["TenTTHC"],
        ["time_limit"] = ["ThoiHanGiaiQuyet"],
        ["time_limit_unit"] = ["DonViThoiHan"],
        ["online_level"] = ["MucDoDVC"],
        ["full_online_eligible"] = ["DuDieuKienToanTrinh"],
        ["valid_from"] = ["HieuLucTu"],
        ["valid_to"] = ["HieuLucDen"],
    };

    /// <summary>Crosswalk-file columns (docs/units.md, "The commune crosswalk"): each canonical name with the other names accepted for it.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Crosswalk { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["old_code"] = ["MaCu"],
        ["new_code"] = ["MaMoi"],
        ["share"] = [],
    };
}

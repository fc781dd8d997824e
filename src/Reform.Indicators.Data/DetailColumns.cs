using Reform.Indicators.Dossiers;

namespace Reform.Indicators.Data;

/// <summary>
/// The optional columns of a dossier file that carry the Decision 766 scorecard's dossier details
/// (<see cref="DossierDetails"/>; docs/specification.md §9.1, §14), defined once: canonical name, the
/// national portal's name where it has one, the kind of value. They follow the columns of
/// <see cref="DossierColumns"/> in a <see cref="FileSchema.DossiersWithDetails"/> record.
/// </summary>
/// <remarks>
/// The portal's own names (its synchronisation payload <c>DongBoHoSoMC</c>) are <c>HoSoCoThanhPhanSoHoa</c>
/// (digitised components), <c>TaiKhoanDuocXacThucVoiVNeID</c> (the applicant's account authenticated with
/// VNeID: read as <c>population_data</c>) and <c>DuocThanhToanTrucTuyen</c> (paid online: 1 on the portal,
/// 2 on a ministry's or province's gateway). The other columns have no portal name.
/// </remarks>
internal static class DetailColumns
{
    /// <summary>The position of the first detail column in a <see cref="FileSchema.DossiersWithDetails"/> record.</summary>
    public static int First => DossierColumns.All.Count;

    /// <summary>Each detail column with its field, in the order of <see cref="DossierDetailColumns.All"/>.</summary>
    public static IReadOnlyList<(Column Column, DossierDetailFields Field)> All { get; } =
    [
        .. DossierDetailColumns.All.Select(f => (new Column(f.Name, Aliases(f.Field), Required: false, Kind(f.Field)), f.Field)),
    ];

    private static string[] Aliases(DossierDetailFields field) => field switch
    {
        DossierDetailFields.DigitisedComponents => ["HoSoCoThanhPhanSoHoa"],
        DossierDetailFields.PopulationData => ["TaiKhoanDuocXacThucVoiVNeID"],
        DossierDetailFields.PaidOnline => ["DuocThanhToanTrucTuyen"],
        _ => [],
    };

    private static ColumnKind Kind(DossierDetailFields field) => field == DossierDetailFields.PaidOnline ? ColumnKind.Text : ColumnKind.Boolean;
}

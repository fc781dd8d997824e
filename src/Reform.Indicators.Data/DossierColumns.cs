using Reform.Indicators.Dossiers;

namespace Reform.Indicators.Data;

/// <summary>
/// The columns of a dossier file, defined once (docs/specification.md §3 and §9): each one's
/// canonical name, the national portal's and one-stop systems' names for it, whether it is
/// required, and the kind of value its parser expects. The readers (CSV and Parquet, fast and
/// record paths), the writers and the messages all take the columns from here, by these positions.
/// </summary>
internal static class DossierColumns
{
    /// <summary>Positions of the columns in <see cref="All"/> and in a <see cref="RawRecord"/>'s values.</summary>
    public const int Id = 0, Unit = 1, Procedure = 2, Channel = 3, Received = 4, Due = 5, Finished = 6, Status = 7, Requests = 8, Requested = 9,
        Returned = 10, Updated = 11, ReceivingUnit = 12, ResultElectronic = 13;

    /// <summary>Every column, at its position. The portal's own names are <c>MaHoSo</c>, <c>MaTTHC</c>, <c>KenhThucHien</c>, <c>NgayTiepNhan</c>, <c>NgayHenTra</c>, <c>NgayKetThucXuLy</c>, <c>NgayTra</c>, <c>TrangThaiHoSo</c>; the other aliases are conventions.</summary>
    public static IReadOnlyList<Column> All { get; } =
    [
        new(DossierFields.DossierId, ["MaHoSo"], Required: true, ColumnKind.Text),
        new(DossierFields.UnitCode, ["MaDonVi", "MaCoQuan"], Required: true, ColumnKind.Text),
        new(DossierFields.ProcedureCode, ["MaTTHC"], Required: true, ColumnKind.Text),
        new(DossierFields.Channel, ["KenhThucHien"], Required: true, ColumnKind.Text),
        new(DossierFields.ReceivedAt, ["NgayTiepNhan"], Required: true, ColumnKind.Timestamp),
        new(DossierFields.DueAt, ["NgayHenTra"], Required: false, ColumnKind.Timestamp),
        new(DossierFields.FinishedAt, ["NgayKetThucXuLy"], Required: false, ColumnKind.Timestamp),
        new(DossierFields.Status, ["TrangThaiHoSo", "TrangThai"], Required: true, ColumnKind.Text),
        new(DossierFields.SupplementRequests, ["SoLanBoSung"], Required: false, ColumnKind.Integer),
        new(DossierFields.SupplementRequestedAt, ["NgayYeuCauBoSung"], Required: false, ColumnKind.Timestamp),
        new(DossierFields.ReturnedAt, ["NgayTra"], Required: false, ColumnKind.Timestamp),
        new(DossierFields.UpdatedAt, ["NgayCapNhat"], Required: false, ColumnKind.Timestamp),
        new(DossierFields.ReceivingUnitCode, ["MaDonViTiepNhan"], Required: false, ColumnKind.Text),
        new(DossierFields.ResultElectronic, ["CoKetQuaDienTu"], Required: false, ColumnKind.Boolean),
    ];

    /// <summary>The text columns the Parquet fast path matches as UTF-8 bytes rather than characters.</summary>
    public static bool MatchedAsBytes(int column) => column is Id or Unit or Procedure or Channel or Status or ReceivingUnit;
}

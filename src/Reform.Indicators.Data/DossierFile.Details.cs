using Reform.Indicators.Dossiers;

namespace Reform.Indicators.Data;

public static partial class DossierFile
{
    /// <summary>
    /// Reads and validates every row of a file into records, with the Decision 766 scorecard's dossier details
    /// of the optional columns <c>synced_to_portal</c>, <c>digitised_components</c> (<c>HoSoCoThanhPhanSoHoa</c>),
    /// <c>reused_data</c>, <c>personal_data_store</c>, <c>population_data</c> (<c>TaiKhoanDuocXacThucVoiVNeID</c>),
    /// <c>paid_online</c> (<c>DuocThanhToanTrucTuyen</c>), <c>fees_all_zero</c> and <c>feedback</c> (docs/scorecard.md, "Records").
    /// </summary>
    /// <remarks>
    /// The rows are accepted, rejected, excluded and superseded exactly as by <see cref="Read(string, DossierReadOptions?)"/>,
    /// except that a detail value that does not parse (a boolean other than <c>true</c>, <c>false</c>, <c>1</c>, <c>0</c>;
    /// a payment other than <c>none</c>, <c>national_portal</c>, <c>gateway</c>, <c>0</c>, <c>1</c>, <c>2</c>) rejects
    /// its row, naming the file's row, the column and the reason. An empty cell states nothing. A field is
    /// <see cref="DossiersWithDetails.Stated"/> when at least one accepted row gives it a value; when none states any
    /// field (a file without the columns), there are no details.
    /// </remarks>
    /// <exception cref="DataFileException">The file cannot be read as a whole.</exception>
    public static DossiersWithDetails ReadWithDetails(string path, DossierReadOptions? options = null)
    {
        options ??= DossierReadOptions.Default;
        var details = new DetailRows();
        var report = Read(RecordSource.Open(path, FileSchema.DossiersWithDetails, options.Format), options, details);
        var (list, stated) = details.Of(report.Accepted);
        return new DossiersWithDetails(report, list, stated);
    }

    /// <summary>
    /// Writes dossiers with the detail columns of <paramref name="fields"/> (and no others), in the format the
    /// file's name says (<c>.parquet</c>, else CSV); the dossier columns are those of <see cref="Write(IEnumerable{Dossier}, string)"/>.
    /// </summary>
    /// <param name="dossiers">The dossiers.</param>
    /// <param name="details">Their details, matched by <see cref="DossierDetails.DossierId"/> (the last of an id wins); a dossier without details has empty detail cells.</param>
    /// <param name="fields">The detail columns to write.</param>
    /// <param name="path">The file.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(IEnumerable<Dossier> dossiers, IEnumerable<DossierDetails> details, DossierDetailFields fields, string path)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        ArgumentNullException.ThrowIfNull(details);
        var byId = new Dictionary<string, DossierDetails>(StringComparer.Ordinal);
        foreach (var d in details)
        {
            byId[d.DossierId] = d;
        }
        var columns = DetailColumns.All.Where(c => fields.HasFlag(c.Field)).ToArray();
        var schema = new FileSchema("dossiers", [.. DossierColumns.All, .. columns.Select(c => c.Column)]);
        TableWriter.Write(schema, dossiers.Select(d =>
        {
            var record = ToRecord(d);
            var detail = byId.GetValueOrDefault(d.Id);
            return (object?[])[.. record, .. columns.Select(c => detail is null ? null : DetailValue(detail, c.Field))];
        }), path, format: null);
    }

    private static object DetailValue(DossierDetails d, DossierDetailFields field) => field switch
    {
        DossierDetailFields.SyncedToPortal => d.SyncedToNationalPortal,
        DossierDetailFields.DigitisedComponents => d.DigitisedComponents,
        DossierDetailFields.ReusedData => d.ReusedData,
        DossierDetailFields.PersonalDataStore => d.PersonalDataStore,
        DossierDetailFields.PopulationData => d.PopulationData,
        DossierDetailFields.PaidOnline => DossierDetailColumns.Format(d.PaidOnline),
        DossierDetailFields.FeesAllZero => d.FeesAllZero,
        _ => d.Feedback,
    };
}

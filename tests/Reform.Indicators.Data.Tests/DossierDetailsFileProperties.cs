using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Reform.Indicators.Dossiers;

namespace Reform.Indicators.Data.Tests;

/// <summary>
/// The scorecard's dossier details in a dossier file (docs/scorecard.md, "Records"): written and read back, in CSV
/// and Parquet, the details and the fields stated are those written; a bad value rejects its row, naming it.
/// </summary>
public sealed class DossierDetailsFileProperties : IDisposable
{
    private readonly TestFiles files = new();

    private static readonly DossierReadOptions AsWritten = new() { Policy = new DossierReadPolicy { MidnightDueIsEndOfDay = false } };

    public void Dispose() => files.Dispose();

    /// <summary>The detail columns written (as bits), a seed for the details, and the format.</summary>
    private static readonly Gen<(int Fields, int Seed, string Extension)> Settings =
        from fields in Gen.Choose(0, 255)
        from seed in Gen.Choose(0, 1 << 20)
        from extension in Gen.Elements(".csv", ".parquet")
        select (fields, seed, extension);

    [Property(MaxTest = 30)]
    public Property WrittenDetails_ReadBack_AsWritten_WithTheFieldsStated() =>
        Prop.ForAll(Generators.Dossiers(), Settings.ToArbitrary(), (dossiers, settings) =>
            {
                var (fieldBits, seed, extension) = settings;
                var fields = (DossierDetailFields)fieldBits;
                var random = new Random(seed);
                // Some dossiers have no details: their cells are empty, read back as "no" and stating nothing.
                var details = dossiers.Where(_ => random.Next(4) > 0).Select(d => new DossierDetails(
                    d.Id, random.Next(2) == 0, random.Next(2) == 0, random.Next(2) == 0, random.Next(2) == 0, random.Next(2) == 0,
                    (OnlinePaymentGateway)random.Next(3), random.Next(2) == 0, random.Next(2) == 0)).ToArray();
                string path = files.Path(Guid.NewGuid().ToString("N") + extension);
                DossierFile.Write(dossiers, details, fields, path);

                var read = DossierFile.ReadWithDetails(path, AsWritten);

                Assert.Empty(read.Dossiers.Errors);
                Assert.Equal(dossiers, read.Dossiers.Accepted);
                var expectedStated = details.Length == 0 ? DossierDetailFields.None : fields;
                Assert.Equal(expectedStated, read.Stated);
                if (expectedStated == DossierDetailFields.None)
                {
                    Assert.Empty(read.Details);
                    return;
                }
                var byId = details.ToDictionary(d => d.DossierId);
                Assert.Equal(dossiers.Select(d => Only(byId.GetValueOrDefault(d.Id) ?? new DossierDetails(d.Id), fields)), read.Details);
            });

    /// <summary>What a file with only the columns of <paramref name="fields"/> says of <paramref name="d"/>.</summary>
    private static DossierDetails Only(DossierDetails d, DossierDetailFields fields) => new(
        d.DossierId,
        d.SyncedToNationalPortal && fields.HasFlag(DossierDetailFields.SyncedToPortal),
        d.DigitisedComponents && fields.HasFlag(DossierDetailFields.DigitisedComponents),
        d.ReusedData && fields.HasFlag(DossierDetailFields.ReusedData),
        d.PersonalDataStore && fields.HasFlag(DossierDetailFields.PersonalDataStore),
        d.PopulationData && fields.HasFlag(DossierDetailFields.PopulationData),
        fields.HasFlag(DossierDetailFields.PaidOnline) ? d.PaidOnline : OnlinePaymentGateway.None,
        d.FeesAllZero && fields.HasFlag(DossierDetailFields.FeesAllZero),
        d.Feedback && fields.HasFlag(DossierDetailFields.Feedback));

    [Fact]
    public void PortalNames_AreRead_AndABadValueRejectsItsRow_WithFileRowColumnReason_WhileAnExcludedRowIsNotChecked()
    {
        string path = files.Write("export.csv", """
            MaHoSo,MaDonVi,MaTTHC,KenhThucHien,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,TrangThaiHoSo,HoSoCoThanhPhanSoHoa,TaiKhoanDuocXacThucVoiVNeID,DuocThanhToanTrucTuyen,reused_data
            A,01,1.004227,2,20240301090000,20240311,20240304100000,10,1,0,2,
            B,01,1.004227,2,20240301090000,20240311,20240304100000,10,yes,1,1,
            C,01,1.004227,2,20240301090000,20240311,20240304100000,10,0,1,3,
            D,01,1.004227,2,20240301090000,20240311,,1,maybe,,,
            A,01,1.004227,2,20240301090000,20240311,20240304100000,10,0,0,0,

            """);

        var read = DossierFile.ReadWithDetails(path);

        Assert.Equal(5, read.Dossiers.RowsRead);
        Assert.Equal(1, read.Dossiers.ExcludedRows);  // D: not received, its details unchecked
        Assert.Equal(3, read.Dossiers.RejectedRows);  // B, C; and the second A repeats an id
        Assert.Equal(
            [(3L, "digitised_components", "not a boolean: expected true, false, 1 or 0", "yes"),
             (4L, "paid_online", "unknown online payment: expected none, national_portal, gateway, 0, 1 or 2", "3"),
             (6L, "dossier_id", "repeats an earlier row's id", "A")],
            read.Dossiers.Errors.Select(e => (e.Row, e.Column, e.Reason, e.Value)));
        Assert.Equal([new DossierDetails("A", DigitisedComponents: true, PaidOnline: OnlinePaymentGateway.MinistryOrProvincialGateway)], read.Details);
        // reused_data is a column, but no accepted row fills it: not stated.
        Assert.Equal(DossierDetailFields.DigitisedComponents | DossierDetailFields.PopulationData | DossierDetailFields.PaidOnline, read.Stated);
    }
}

namespace Reform.Indicators.Dossiers;

/// <summary>
/// The fields of <see cref="DossierDetails"/>, as flags: which of them a data set states
/// (<c>ScorecardData.DossierDetailsStated</c>). An indicator that needs a field the data does not
/// state has no data (docs/specification.md §14), however many details records there are.
/// </summary>
[Flags]
public enum DossierDetailFields
{
    /// <summary>No field.</summary>
    None = 0,

    /// <summary><see cref="DossierDetails.SyncedToNationalPortal"/> (<c>synced_to_portal</c>).</summary>
    SyncedToPortal = 1,

    /// <summary><see cref="DossierDetails.DigitisedComponents"/> (<c>digitised_components</c>, portal <c>HoSoCoThanhPhanSoHoa</c>).</summary>
    DigitisedComponents = 2,

    /// <summary><see cref="DossierDetails.ReusedData"/> (<c>reused_data</c>).</summary>
    ReusedData = 4,

    /// <summary><see cref="DossierDetails.PersonalDataStore"/> (<c>personal_data_store</c>).</summary>
    PersonalDataStore = 8,

    /// <summary><see cref="DossierDetails.PopulationData"/> (<c>population_data</c>, portal <c>TaiKhoanDuocXacThucVoiVNeID</c>).</summary>
    PopulationData = 16,

    /// <summary><see cref="DossierDetails.PaidOnline"/> (<c>paid_online</c>, portal <c>DuocThanhToanTrucTuyen</c>).</summary>
    PaidOnline = 32,

    /// <summary><see cref="DossierDetails.FeesAllZero"/> (<c>fees_all_zero</c>).</summary>
    FeesAllZero = 64,

    /// <summary><see cref="DossierDetails.Feedback"/> (<c>feedback</c>).</summary>
    Feedback = 128,

    /// <summary>Every field.</summary>
    All = 255,
}

namespace Reform.Indicators.Dossiers;

/// <summary>
/// The optional facts about a dossier that the Decision 766 scorecard needs beyond the
/// <see cref="Dossier"/> record, keyed by <see cref="DossierId"/> (<c>dossier_id</c>).
/// </summary>
/// <remarks>
/// A dossier with no details counts in the scorecard's denominators and in none of the numerators
/// that need these facts: a missing fact is never taken as "yes". Which fields a data set states at all
/// is <c>ScorecardData.DossierDetailsStated</c>. The electronic result is not here: it is the dossier's
/// own <see cref="Dossier.ResultElectronic"/> (<c>result_electronic</c>), the fact of the named rate
/// <c>onlineElectronicResult</c> (docs/specification.md §10.3). Column names for data files are listed in
/// <c>docs/scorecard.md</c>.
/// </remarks>
/// <param name="DossierId">The dossier's identifier (<c>dossier_id</c>).</param>
/// <param name="SyncedToNationalPortal">Synced to the national public service portal, DVCQG (<c>synced_to_portal</c>; indicator 1.4).</param>
/// <param name="DigitisedComponents">Its input components were digitised, attached to the dossier (<c>digitised_components</c>, portal <c>HoSoCoThanhPhanSoHoa</c>; 4.2).</param>
/// <param name="ReusedData">At least one component reused already digitised data (<c>reused_data</c>; 4.3).</param>
/// <param name="PersonalDataStore">A component came from the citizen's data store on the DVCQG, or the result link was synced there (<c>personal_data_store</c>; 4.4).</param>
/// <param name="PopulationData">Authenticated by VNeID or used data from the national population database (<c>population_data</c>, portal <c>TaiKhoanDuocXacThucVoiVNeID</c>; 4.5a, 4.5b).</param>
/// <param name="PaidOnline">Where its fees were paid online (<c>paid_online</c>: <c>none</c>, <c>national_portal</c>, <c>gateway</c>, or the portal's <c>DuocThanhToanTrucTuyen</c> flags 0, 1, 2; 3.5b, 3.6).</param>
/// <param name="FeesAllZero">Its synced fee list is all zero, which removes it from indicator 3.6's denominator (<c>fees_all_zero</c>).</param>
/// <param name="Feedback">The applicant filed a petition (PAKN) about it or rated it "dislike" (<c>feedback</c>; 5.4).</param>
public sealed record DossierDetails(
    string DossierId,
    bool SyncedToNationalPortal = false,
    bool DigitisedComponents = false,
    bool ReusedData = false,
    bool PersonalDataStore = false,
    bool PopulationData = false,
    OnlinePaymentGateway PaidOnline = OnlinePaymentGateway.None,
    bool FeesAllZero = false,
    bool Feedback = false);

using Reform.Indicators.Dossiers;
using Reform.Indicators.Procedures;
using Reform.Indicators.Scorecards;

namespace Reform.Indicators.Data;

/// <summary>The dossiers of a file with their Decision 766 scorecard details (<see cref="DossierFile.ReadWithDetails"/>).</summary>
/// <param name="Dossiers">The accepted dossiers and every rejected row, as <see cref="DossierFile.Read(string, DossierReadOptions?)"/> gives them.</param>
/// <param name="Details">One per accepted dossier, in the same order; empty when no accepted row states any detail field.</param>
/// <param name="Stated">The detail fields at least one accepted row gives a value; <see cref="DossierDetailFields.None"/> for a file without detail columns.</param>
public sealed record DossiersWithDetails(ValidationReport<Dossier> Dossiers, IReadOnlyList<DossierDetails> Details, DossierDetailFields Stated)
{
    /// <summary>
    /// The scorecard's data: the accepted dossiers, their details with the fields stated
    /// (<see cref="ScorecardData.DossierDetailsStated"/>), and <paramref name="procedures"/>.
    /// </summary>
    public ScorecardData ToScorecardData(ProcedureCatalogue? procedures = null) =>
        new(Dossiers.Accepted) { DossierDetails = Details, DossierDetailsStated = Stated, Procedures = procedures };
}

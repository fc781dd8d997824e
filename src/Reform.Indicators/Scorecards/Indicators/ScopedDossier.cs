using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Procedures;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// A dossier in scope of the period (received in it or carried over into it), classified once,
/// with its scorecard facts and its procedure's facts (the defaults, all false, when the data has none).
/// </summary>
/// <param name="Dossier">The dossier.</param>
/// <param name="Class">Its classification in the period (docs/specification.md §4).</param>
/// <param name="Details">Its scorecard facts.</param>
/// <param name="Procedure">Its procedure's scorecard facts.</param>
internal readonly record struct ScopedDossier(Dossier Dossier, DossierClass Class, DossierDetails Details, ProcedureDetails Procedure)
{
    /// <summary>Whether it was received in the period (not carried over).</summary>
    public bool IsReceived => Class.Scope == DossierScope.Received;

    /// <summary>
    /// Whether it has the electronic result its procedure requires (<see cref="Dossier.ResultElectronic"/> true):
    /// true when the procedure requires no written result (4.2; docs/specification.md §14).
    /// </summary>
    public bool HasRequiredElectronicResult => !Procedure.RequiresWrittenResult || Dossier.ResultElectronic == true;
}

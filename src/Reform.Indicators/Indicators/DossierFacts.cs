using Reform.Indicators.Dossiers;

namespace Reform.Indicators.Indicators;

/// <summary>
/// The comparisons of a dossier that do not depend on the reporting period, as
/// <see cref="DossierClassifier.Facts{T, TDate}"/> makes them: what the classification needs
/// besides the period. The columnar table stores them as flags; the classifier's decisions
/// (<see cref="DossierClassifier.FinishedTimeliness"/>, <see cref="DossierClassifier.OverdueAtEnd"/>)
/// read them on every path.
/// </summary>
/// <param name="Status">The status.</param>
/// <param name="FinishedAfterDue">A final dossier finished after its due time.</param>
/// <param name="FinishedBeforeDueDate">A final dossier finished on a date before its due date.</param>
/// <param name="RequestedAfterDue">A dossier awaiting supplementation whose latest request came after its due time.</param>
/// <param name="TooManyRequests">More supplementation requests than the rule allows (<see cref="DossierClassifier.TooManyRequests"/>).</param>
internal readonly record struct DossierFacts(
    DossierStatus Status, bool FinishedAfterDue, bool FinishedBeforeDueDate, bool RequestedAfterDue, bool TooManyRequests);

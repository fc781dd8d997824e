using NodaTime;

namespace Reform.Indicators.Procedures;

/// <summary>
/// The optional facts about a procedure that the Decision 766 scorecard needs beyond
/// <see cref="AdministrativeProcedure"/>, keyed by <see cref="ProcedureCode"/> (<c>procedure_code</c>).
/// </summary>
/// <remarks>A procedure with no details is taken as not public, with no components, no written result required, no fee and not for individuals. Column names: <c>docs/scorecard.md</c>.</remarks>
/// <param name="ProcedureCode">The procedure's national code (<c>procedure_code</c>).</param>
/// <param name="PublicFrom">The date it was made public on the national TTHC database; null when it is not public (<c>public_from</c>; 1.3).</param>
/// <param name="Components">The mandatory components it has (<c>components</c>: a count 0–7 or names separated by <c>|</c>; 1.3).</param>
/// <param name="RequiresWrittenResult">Its result is a written document (<c>requires_written_result</c>; 3.3, 4.1, 4.2).</param>
/// <param name="FeeBearing">It carries fees or charges, with fee information in the national TTHC database (<c>fee_bearing</c>; 3.5, 3.5b, 3.6).</param>
/// <param name="FeesIntegratedForOnlinePayment">Its fee data is integrated for online payment on the DVCQG (<c>fees_integrated</c>; 3.5).</param>
/// <param name="ForIndividuals">Its subjects are individuals (<c>for_individuals</c>; 4.5a).</param>
public sealed record ProcedureDetails(
    string ProcedureCode,
    LocalDate? PublicFrom = null,
    ProcedureComponents Components = ProcedureComponents.None,
    bool RequiresWrittenResult = false,
    bool FeeBearing = false,
    bool FeesIntegratedForOnlinePayment = false,
    bool ForIndividuals = false)
{
    /// <summary>Whether the procedure is public on <paramref name="date"/>.</summary>
    public bool IsPublicOn(LocalDate date) => PublicFrom is { } from && from <= date;

    /// <summary>Whether it has all seven mandatory components.</summary>
    public bool HasAllComponents => (Components & ProcedureComponents.All) == ProcedureComponents.All;
}

using NodaTime;

namespace Reform.Indicators.Procedures;

/// <summary>
/// One procedure in a publication decision (quyết định công bố TTHC): which unit issued it, when,
/// on which legal basis, and when the procedure was made public on the national TTHC database.
/// </summary>
/// <remarks>
/// Decision 766 indicators 1.1 and 1.2 (docs/scorecard.md): a publication is on time when
/// the decision date is at most the legal basis's effective date minus 20 working days (ministry)
/// or 5 (province); it is made public on time when the "make public" step comes at most 10
/// working days (ministry) or 5 (province) after the decision date. Column names: <c>docs/scorecard.md</c>.
/// </remarks>
/// <param name="DecisionNumber">The decision's number, e.g. <c>1234/QĐ-UBND</c> (<c>decision_number</c>).</param>
/// <param name="ProcedureCode">The procedure published (<c>procedure_code</c>).</param>
/// <param name="UnitCode">The unit that issued the decision (<c>unit_code</c>).</param>
/// <param name="DecisionDate">The decision's date (<c>decision_date</c>).</param>
/// <param name="LegalBasisEffectiveDate">The latest effective date among the legal texts the decision implements (<c>legal_basis_effective</c>).</param>
/// <param name="MadePublicOn">The date the procedure was made public on the national TTHC database; null when not yet (<c>made_public_on</c>).</param>
public sealed record ProcedurePublication(
    string DecisionNumber,
    string ProcedureCode,
    string UnitCode,
    LocalDate DecisionDate,
    LocalDate LegalBasisEffectiveDate,
    LocalDate? MadePublicOn = null);

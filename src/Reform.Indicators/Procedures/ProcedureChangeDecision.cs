using NodaTime;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Procedures;

/// <summary>
/// A decision announcing changes to administrative procedures (quyết định công bố thủ tục hành
/// chính): its number, date, issuing unit, and the change for each procedure.
/// </summary>
/// <remarks>
/// A decision lists each procedure once, and lists at least one. The 2022 national review counts
/// 2,358 such decisions (new, amended, replaced or abolished procedures, 1 Jan – 31 Dec 2022);
/// see <see cref="ProcedureChangeDecisions"/> for the counts.
/// </remarks>
/// <example>
/// <code>
/// var decision = new ProcedureChangeDecision("1234/QĐ-BTP", new LocalDate(2022, 5, 10), "BTP",
///     [new ProcedureChange("1.004227", ProcedureChangeKind.Amended), new ProcedureChange("2.000815", ProcedureChangeKind.Abolished)]);
/// </code>
/// </example>
public sealed class ProcedureChangeDecision
{
    /// <summary>Creates a decision.</summary>
    /// <param name="number">The decision's number (số hiệu), e.g. <c>1234/QĐ-BTP</c>; not empty.</param>
    /// <param name="date">The date the decision was signed.</param>
    /// <param name="issuingUnitCode">The code of the ministry or province that issued it; not empty.</param>
    /// <param name="changes">The change for each procedure: at least one, each procedure once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="changes"/> is null.</exception>
    /// <exception cref="ArgumentException">The number or issuing unit is empty, there are no changes, a change was not created with its constructor, or a procedure appears twice; the message names the decision and the procedure.</exception>
    public ProcedureChangeDecision(string number, LocalDate date, string issuingUnitCode, IEnumerable<ProcedureChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (string.IsNullOrWhiteSpace(number))
        {
            Preconditions.ThrowArgument($"A procedure change decision needs a number; it was '{number}'.", nameof(number));
        }
        if (string.IsNullOrWhiteSpace(issuingUnitCode))
        {
            Preconditions.ThrowArgument($"Decision {number} needs the code of its issuing unit.", nameof(issuingUnitCode));
        }
        var list = changes.ToArray();
        if (list.Length == 0)
        {
            Preconditions.ThrowArgument($"Decision {number} announces no procedure change; a decision lists at least one.", nameof(changes));
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in list)
        {
            if (change.ProcedureCode.Length == 0)
            {
                Preconditions.ThrowArgument($"Decision {number} has a change with no procedure code; create changes with the ProcedureChange constructor.", nameof(changes));
            }
            if (!seen.Add(change.ProcedureCode))
            {
                Preconditions.ThrowArgument($"Decision {number} lists procedure {change.ProcedureCode} more than once.", nameof(changes));
            }
        }
        Number = number;
        Date = date;
        IssuingUnitCode = issuingUnitCode;
        Changes = list.AsReadOnly();
    }

    /// <summary>The decision's number, e.g. <c>1234/QĐ-BTP</c>.</summary>
    public string Number { get; }

    /// <summary>The date the decision was signed.</summary>
    public LocalDate Date { get; }

    /// <summary>The code of the ministry or province that issued it.</summary>
    public string IssuingUnitCode { get; }

    /// <summary>The change for each procedure, in the order given.</summary>
    public IReadOnlyList<ProcedureChange> Changes { get; }

    /// <summary>The number, date, issuer and number of changes: <c>"1234/QĐ-BTP of 2022-05-10 by BTP (2 procedures)"</c>.</summary>
    public override string ToString() => $"{Number} of {IsoDates.Format(Date)} by {IssuingUnitCode} ({Changes.Count} procedures)";
}

using NodaTime;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Regulations;

/// <summary>
/// A dated change to a business regulation: simplified or cut, by a decision, with the
/// compliance cost after it when it is known.
/// </summary>
/// <remarks>
/// The change takes effect on <see cref="Date"/> (that day included). Costs are in Vietnamese
/// đồng (VND) per year. A cut always brings the cost to 0, so <see cref="ComplianceCostAfter"/>
/// of a cut is <see langword="null"/> or 0; a simplification without a cost leaves the cost as it
/// was (the saving was not estimated). Equality compares every part.
/// </remarks>
public readonly record struct RegulationChange
{
    private readonly string? decision;

    /// <summary>Creates a change.</summary>
    /// <param name="date">The day the change takes effect.</param>
    /// <param name="kind">Simplified or cut.</param>
    /// <param name="decision">The reference of the decision that made it, e.g. <c>Decision 1234/QĐ-BCT</c>; not empty.</param>
    /// <param name="complianceCostAfter">The regulation's compliance cost after the change, VND per year; at least 0; 0 or <see langword="null"/> for a cut.</param>
    /// <exception cref="ArgumentException">The decision is empty, the kind is not defined, the cost is negative, or a cut has a cost above 0.</exception>
    public RegulationChange(LocalDate date, RegulationChangeKind kind, string decision, decimal? complianceCostAfter = null)
    {
        if (string.IsNullOrWhiteSpace(decision))
        {
            Preconditions.ThrowArgument($"The change of {IsoDates.Format(date)} needs the reference of its decision.", nameof(decision));
        }
        if (!Enum.IsDefined(kind))
        {
            Preconditions.ThrowOutOfRange(kind, $"The change of {IsoDates.Format(date)} by {decision} has kind {(int)kind}, which is not defined.", nameof(kind));
        }
        if (complianceCostAfter < 0)
        {
            Preconditions.ThrowOutOfRange(complianceCostAfter, $"The compliance cost after {decision} must not be negative; it was {complianceCostAfter}.", nameof(complianceCostAfter));
        }
        if (kind == RegulationChangeKind.Cut && complianceCostAfter > 0)
        {
            Preconditions.ThrowArgument($"{decision} cuts the regulation, so its cost after is 0; it was given as {complianceCostAfter}.", nameof(complianceCostAfter));
        }
        Date = date;
        Kind = kind;
        this.decision = decision;
        ComplianceCostAfter = kind == RegulationChangeKind.Cut ? 0 : complianceCostAfter;
    }

    /// <summary>The day the change takes effect.</summary>
    public LocalDate Date { get; }

    /// <summary>Simplified or cut.</summary>
    public RegulationChangeKind Kind { get; }

    /// <summary>The reference of the decision that made the change.</summary>
    public string Decision => decision ?? string.Empty;

    /// <summary>The compliance cost after the change, VND per year: 0 for a cut; <see langword="null"/> for a simplification whose saving was not estimated.</summary>
    public decimal? ComplianceCostAfter { get; }

    /// <summary>The date, kind and decision: <c>"2022-05-10 Cut (Decision 1234/QĐ-BCT)"</c>.</summary>
    public override string ToString() => $"{IsoDates.Format(Date)} {Kind} ({Decision})";
}

using NodaTime;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Regulations;

/// <summary>
/// A business regulation (quy định kinh doanh): a condition or requirement that a ministry's
/// legal documents impose on businesses, with its changes over time and its compliance cost.
/// </summary>
/// <remarks>
/// <para>
/// The regulation is in force from <see cref="InForceFrom"/> (inclusive; <see langword="null"/>
/// when it was already in force before any date of interest) until the day before it is cut.
/// <see cref="Changes"/> are kept in date order (on the same day, a simplification before a cut).
/// </para>
/// <para>Edge cases, decided once:</para>
/// <list type="bullet">
/// <item>A regulation is cut at most once and changes no more after its cut: a second cut, or
/// any change after a cut, is rejected (it is a data error, never a double count).</item>
/// <item>Simplified, then cut: it counts as simplified in the period of each simplification and
/// as cut in the period of the cut.</item>
/// <item>A change before <see cref="InForceFrom"/> is rejected.</item>
/// </list>
/// <para>
/// Compliance costs are in Vietnamese đồng (VND) per year. <see cref="ComplianceCost"/> is the
/// cost before any change; the cost on a date is the cost after the latest change on or before
/// it that states one (0 after a cut). Without a <see cref="ComplianceCost"/> the cost is
/// unknown on every date, and a change may not state one.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var regulation = new BusinessRegulation("BCT-0001", "Licence to trade in X", "BCT", "trade",
///     inForceFrom: null, complianceCost: 1_000_000m,
///     [new RegulationChange(new LocalDate(2022, 3, 1), RegulationChangeKind.Simplified, "Decision 10/QĐ-BCT", 600_000m),
///      new RegulationChange(new LocalDate(2023, 6, 1), RegulationChangeKind.Cut, "Decision 99/QĐ-BCT")]);
/// regulation.StateOn(new LocalDate(2022, 12, 31));          // Simplified
/// regulation.ComplianceCostOn(new LocalDate(2022, 12, 31)); // 600000
/// regulation.CutDate;                                       // 2023-06-01
/// </code>
/// </example>
public sealed class BusinessRegulation
{
    /// <summary>Creates a regulation with its changes.</summary>
    /// <param name="code">The regulation's code in the ministry's or the national list; not empty.</param>
    /// <param name="name">What it requires; not empty.</param>
    /// <param name="issuingUnitCode">The code of the ministry (or unit) whose documents impose it; not empty.</param>
    /// <param name="field">The business field (ngành, lĩnh vực), e.g. <c>trade</c>; not empty.</param>
    /// <param name="inForceFrom">The first day it is in force; <see langword="null"/> when already in force before any date of interest.</param>
    /// <param name="complianceCost">Its compliance cost before any change, VND per year, at least 0; <see langword="null"/> when not estimated.</param>
    /// <param name="changes">Its changes, in any order; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="changes"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is empty, the cost is negative, or the changes break a rule of the remarks; the message names the regulation and the change.</exception>
    public BusinessRegulation(
        string code, string name, string issuingUnitCode, string field,
        LocalDate? inForceFrom, decimal? complianceCost, IEnumerable<RegulationChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (string.IsNullOrWhiteSpace(code))
        {
            Preconditions.ThrowArgument($"A business regulation needs a code; it was '{code}'.", nameof(code));
        }
        CheckText(code, name, nameof(name));
        CheckText(code, issuingUnitCode, nameof(issuingUnitCode));
        CheckText(code, field, nameof(field));
        if (complianceCost < 0)
        {
            Preconditions.ThrowOutOfRange(complianceCost, $"Regulation {code} has a negative compliance cost ({complianceCost}).", nameof(complianceCost));
        }
        var ordered = changes.OrderBy(c => c.Date).ThenBy(c => c.Kind).ToArray();
        LocalDate? cut = null;
        foreach (var change in ordered)
        {
            if (change.Decision.Length == 0)
            {
                Preconditions.ThrowArgument($"Regulation {code} has a change with no decision; create changes with the RegulationChange constructor.", nameof(changes));
            }
            if (inForceFrom is { } from && change.Date < from)
            {
                Preconditions.ThrowArgument(
                    $"Regulation {code} has a change ({change}) before it comes into force on {IsoDates.Format(from)}.", nameof(changes));
            }
            if (cut is { } cutDate)
            {
                Preconditions.ThrowArgument(
                    $"Regulation {code} is cut on {IsoDates.Format(cutDate)}, then changed again ({change}); a cut regulation is no longer in force and cannot change.",
                    nameof(changes));
            }
            if (complianceCost is null && change.Kind == RegulationChangeKind.Simplified && change.ComplianceCostAfter is not null)
            {
                Preconditions.ThrowArgument(
                    $"Regulation {code} states a cost after {change} but has no compliance cost before it; give the cost before.", nameof(changes));
            }
            if (change.Kind == RegulationChangeKind.Cut)
            {
                cut = change.Date;
            }
        }
        Code = code;
        Name = name;
        IssuingUnitCode = issuingUnitCode;
        Field = field;
        InForceFrom = inForceFrom;
        ComplianceCost = complianceCost;
        Changes = ordered.AsReadOnly();
        CutDate = cut;
    }

    /// <summary>The regulation's code.</summary>
    public string Code { get; }

    /// <summary>What it requires.</summary>
    public string Name { get; }

    /// <summary>The code of the ministry (or unit) whose documents impose it.</summary>
    public string IssuingUnitCode { get; }

    /// <summary>The business field.</summary>
    public string Field { get; }

    /// <summary>The first day it is in force (inclusive); <see langword="null"/> when in force before any date of interest.</summary>
    public LocalDate? InForceFrom { get; }

    /// <summary>The compliance cost before any change, VND per year; <see langword="null"/> when not estimated.</summary>
    public decimal? ComplianceCost { get; }

    /// <summary>The changes in date order (a simplification before a cut on the same day).</summary>
    public IReadOnlyList<RegulationChange> Changes { get; }

    /// <summary>The day it was cut (its first day out of force), or <see langword="null"/> when never cut.</summary>
    public LocalDate? CutDate { get; }

    /// <summary>Whether it is in force on <paramref name="date"/>: from <see cref="InForceFrom"/> to the day before <see cref="CutDate"/>, both inclusive.</summary>
    public bool IsInForceOn(LocalDate date) =>
        (InForceFrom is not { } from || from <= date) && (CutDate is not { } cut || date < cut);

    /// <summary>The state on <paramref name="date"/>, counting the changes that take effect on or before it.</summary>
    public RegulationState StateOn(LocalDate date)
    {
        if (InForceFrom is { } from && date < from)
        {
            return RegulationState.NotYetInForce;
        }
        if (CutDate is { } cut && cut <= date)
        {
            return RegulationState.Cut;
        }
        return Changes.Any(c => c.Kind == RegulationChangeKind.Simplified && c.Date <= date)
            ? RegulationState.Simplified
            : RegulationState.InForce;
    }

    /// <summary>
    /// The compliance cost on <paramref name="date"/>, VND per year: the cost after the latest
    /// change on or before it that states one, else <see cref="ComplianceCost"/>; 0 from the cut;
    /// <see langword="null"/> when <see cref="ComplianceCost"/> is unknown.
    /// </summary>
    /// <remarks>A date before <see cref="InForceFrom"/> gives the initial cost too: use <see cref="IsInForceOn"/> to decide whether it applies.</remarks>
    public decimal? ComplianceCostOn(LocalDate date)
    {
        if (ComplianceCost is not { } cost)
        {
            return null;
        }
        foreach (var change in Changes)
        {
            if (change.Date > date)
            {
                break;
            }
            if (change.ComplianceCostAfter is { } after)
            {
                cost = after;
            }
        }
        return cost;
    }

    /// <summary>Whether it was cut on a day of <paramref name="period"/> (inclusive).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public bool WasCutIn(DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return CutDate is { } cut && period.Contains(cut);
    }

    /// <summary>Whether it was simplified at least once on a day of <paramref name="period"/> (inclusive).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public bool WasSimplifiedIn(DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return Changes.Any(c => c.Kind == RegulationChangeKind.Simplified && period.Contains(c.Date));
    }

    /// <summary>The code, issuer and state: <c>"BCT-0001 (BCT, cut 2023-06-01)"</c>.</summary>
    public override string ToString() =>
        $"{Code} ({IssuingUnitCode}, {(CutDate is { } cut ? "cut " + IsoDates.Format(cut) : Changes.Count > 0 ? "simplified" : "in force")})";

    private static void CheckText(string code, string? value, string paramName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Preconditions.ThrowArgument($"Regulation {code} has an empty {paramName}.", paramName);
        }
    }
}

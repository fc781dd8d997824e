using NodaTime;

namespace Reform.Indicators.Procedures;

/// <summary>Counts over procedure-change decisions: how many decisions in a period, and how many changes of each kind.</summary>
/// <remarks>
/// A decision is in a period when its <see cref="ProcedureChangeDecision.Date"/> is in the
/// period, both ends included. The same decision (number and issuing unit) given twice is an
/// error, not a double count. An empty input gives 0.
/// </remarks>
/// <example>
/// <code>
/// var year2022 = new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2022, 12, 31));
/// ProcedureChangeDecisions.CountIn(decisions, year2022); // 2,358 in the 2022 review
/// </code>
/// </example>
public static class ProcedureChangeDecisions
{
    /// <summary>The number of decisions dated in <paramref name="period"/> (inclusive).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Two decisions have the same number and issuing unit; the message names them.</exception>
    public static long CountIn(IEnumerable<ProcedureChangeDecision> decisions, DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return InPeriod(decisions, period).Count;
    }

    /// <summary>The changes announced by the decisions dated in <paramref name="period"/> (inclusive), by kind.</summary>
    /// <remarks>A procedure changed by two decisions counts twice: these are announcements, not distinct procedures.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Two decisions have the same number and issuing unit; the message names them.</exception>
    public static ProcedureChangeCounts CountChanges(IEnumerable<ProcedureChangeDecision> decisions, DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        long @new = 0, amended = 0, replaced = 0, abolished = 0;
        foreach (var decision in InPeriod(decisions, period))
        {
            foreach (var change in decision.Changes)
            {
                switch (change.Kind)
                {
                    case ProcedureChangeKind.New: @new++; break;
                    case ProcedureChangeKind.Amended: amended++; break;
                    case ProcedureChangeKind.Replaced: replaced++; break;
                    default: abolished++; break;
                }
            }
        }
        return new ProcedureChangeCounts(@new, amended, replaced, abolished);
    }

    private static List<ProcedureChangeDecision> InPeriod(IEnumerable<ProcedureChangeDecision> decisions, DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        var seen = new HashSet<(string, string)>();
        var result = new List<ProcedureChangeDecision>();
        foreach (var decision in decisions)
        {
            ArgumentNullException.ThrowIfNull(decision, nameof(decisions));
            if (!seen.Add((decision.IssuingUnitCode, decision.Number)))
            {
                throw new ArgumentException(
                    $"Decision {decision.Number} of {decision.IssuingUnitCode} is given more than once; each decision counts once.", nameof(decisions));
            }
            if (period.Contains(decision.Date))
            {
                result.Add(decision);
            }
        }
        return result;
    }
}

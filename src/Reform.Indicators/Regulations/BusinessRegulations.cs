using NodaTime;
using Reform.Indicators.Measures;

namespace Reform.Indicators.Regulations;

/// <summary>
/// Counts and shares over business regulations: how many were cut or simplified in a period,
/// the share of a baseline set cut (Resolution 76/NQ-CP), and the compliance-cost reduction.
/// </summary>
/// <remarks>
/// <para>
/// Periods are NodaTime <see cref="DateInterval"/>s, both ends included; a change is in a
/// period when its date is. Changes outside the period do not count. Each regulation counts at
/// most once per figure, however many changes it has in the period.
/// </para>
/// <para>
/// Every function rejects two regulations with the same code (a data error, not a double
/// count). An empty input gives 0, or 0/0 (no value) for a share.
/// </para>
/// <para>
/// Resolution 76/NQ-CP (15 July 2021) sets for 2025: "cut and simplify at least 20% of business
/// regulations and at least 20% of compliance costs". The share it means is
/// <see cref="ShareCutOrSimplified"/>; <see cref="ShareCut"/> counts cuts alone.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var year2022 = new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2022, 12, 31));
/// BusinessRegulations.CutIn(regulations, year2022); // 1,041 in the 2022 review
/// BusinessRegulations.ShareCutOrSimplified(regulations, new LocalDate(2021, 7, 15), period2021To2025);
/// </code>
/// </example>
public static class BusinessRegulations
{
    /// <summary>The number of regulations in force on <paramref name="date"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="regulations"/> is null.</exception>
    /// <exception cref="ArgumentException">Two regulations have the same code.</exception>
    public static long InForceOn(IEnumerable<BusinessRegulation> regulations, LocalDate date) =>
        Distinct(regulations).LongCount(r => r.IsInForceOn(date));

    /// <summary>The number of regulations cut on a day of <paramref name="period"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Two regulations have the same code.</exception>
    public static long CutIn(IEnumerable<BusinessRegulation> regulations, DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return Distinct(regulations).LongCount(r => r.WasCutIn(period));
    }

    /// <summary>The number of regulations simplified at least once in <paramref name="period"/> (whether or not cut later).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Two regulations have the same code.</exception>
    public static long SimplifiedIn(IEnumerable<BusinessRegulation> regulations, DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return Distinct(regulations).LongCount(r => r.WasSimplifiedIn(period));
    }

    /// <summary>
    /// The share of the regulations in force on <paramref name="baselineDate"/> that were cut in
    /// <paramref name="period"/>; 0/0 when none was in force then.
    /// </summary>
    /// <remarks>Regulations that came into force after the baseline date are not in the baseline, so their cuts do not count.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Two regulations have the same code.</exception>
    public static Rate ShareCut(IEnumerable<BusinessRegulation> regulations, LocalDate baselineDate, DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return Share(regulations, baselineDate, r => r.WasCutIn(period));
    }

    /// <summary>
    /// The share of the regulations in force on <paramref name="baselineDate"/> that were cut or
    /// simplified in <paramref name="period"/> (each counted once): the measure of Resolution
    /// 76/NQ-CP's target "cut and simplify at least 20% of business regulations" by 2025.
    /// 0/0 when none was in force on the baseline date.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Two regulations have the same code.</exception>
    public static Rate ShareCutOrSimplified(IEnumerable<BusinessRegulation> regulations, LocalDate baselineDate, DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return Share(regulations, baselineDate, r => r.WasCutIn(period) || r.WasSimplifiedIn(period));
    }

    /// <summary>
    /// The fall in the yearly compliance cost of the regulations in force on
    /// <paramref name="baselineDate"/>, from that date to <paramref name="comparisonDate"/>
    /// (Resolution 76/NQ-CP: at least 20% of compliance costs by 2025).
    /// </summary>
    /// <remarks>
    /// The baseline total is their cost on the baseline date; the current total is the cost of
    /// the same regulations on the comparison date (0 for those cut by then). Regulations that
    /// came into force after the baseline date are not included (they are new burdens, not a
    /// reduction). Regulations without an estimated cost are left out and counted.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="regulations"/> is null.</exception>
    /// <exception cref="ArgumentException">Two regulations have the same code, or <paramref name="comparisonDate"/> is before <paramref name="baselineDate"/>.</exception>
    public static ComplianceCostReduction CostReduction(IEnumerable<BusinessRegulation> regulations, LocalDate baselineDate, LocalDate comparisonDate)
    {
        if (comparisonDate < baselineDate)
        {
            throw new ArgumentException(
                $"The comparison date {Utility.IsoDates.Format(comparisonDate)} is before the baseline date {Utility.IsoDates.Format(baselineDate)}.",
                nameof(comparisonDate));
        }
        decimal baseline = 0, current = 0;
        long counted = 0, withoutCost = 0;
        foreach (var regulation in Distinct(regulations))
        {
            if (!regulation.IsInForceOn(baselineDate))
            {
                continue;
            }
            if (regulation.ComplianceCostOn(baselineDate) is { } before && regulation.ComplianceCostOn(comparisonDate) is { } after)
            {
                baseline += before;
                current += after;
                counted++;
            }
            else
            {
                withoutCost++;
            }
        }
        return new ComplianceCostReduction(baseline, current, counted, withoutCost);
    }

    private static Rate Share(IEnumerable<BusinessRegulation> regulations, LocalDate baselineDate, Func<BusinessRegulation, bool> counts)
    {
        long numerator = 0, denominator = 0;
        foreach (var regulation in Distinct(regulations))
        {
            if (regulation.IsInForceOn(baselineDate))
            {
                denominator++;
                if (counts(regulation))
                {
                    numerator++;
                }
            }
        }
        return new Rate(numerator, denominator);
    }

    private static List<BusinessRegulation> Distinct(IEnumerable<BusinessRegulation> regulations)
    {
        ArgumentNullException.ThrowIfNull(regulations);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<BusinessRegulation>();
        foreach (var regulation in regulations)
        {
            ArgumentNullException.ThrowIfNull(regulation, nameof(regulations));
            if (!seen.Add(regulation.Code))
            {
                throw new ArgumentException($"Regulation {regulation.Code} is given more than once; each regulation counts once.", nameof(regulations));
            }
            result.Add(regulation);
        }
        return result;
    }
}

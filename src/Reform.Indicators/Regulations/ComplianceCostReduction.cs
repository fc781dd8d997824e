using System.Globalization;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Regulations;

/// <summary>
/// How much the yearly compliance cost of a baseline set of business regulations fell between
/// two dates, in VND per year and relative to the baseline.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Reduction"/> is <c>Baseline − Current</c>: positive when costs fell, negative
/// when they rose. <see cref="RelativeReduction"/> is <c>Reduction / Baseline</c> as a
/// fraction, and has no value when the baseline is 0. Resolution 76/NQ-CP's 2025 target is a
/// relative reduction of at least 0.20 (20% of compliance costs).
/// </para>
/// <para>
/// Regulations whose cost was never estimated are not in either total; they are counted in
/// <see cref="RegulationsWithoutCost"/> so that the caller can see what was left out.
/// Equality compares every part.
/// </para>
/// </remarks>
public readonly record struct ComplianceCostReduction
{
    /// <summary>Creates a reduction from its totals.</summary>
    /// <param name="baseline">The total yearly cost on the baseline date, VND; at least 0.</param>
    /// <param name="current">The total yearly cost of the same regulations on the comparison date, VND; at least 0.</param>
    /// <param name="regulationsCounted">How many regulations the totals cover; at least 0.</param>
    /// <param name="regulationsWithoutCost">How many baseline regulations were left out for want of a cost; at least 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is negative.</exception>
    public ComplianceCostReduction(decimal baseline, decimal current, long regulationsCounted, long regulationsWithoutCost)
    {
        Preconditions.CheckArgumentRange(baseline >= 0, baseline, $"baseline must not be negative; it was {baseline}.");
        Preconditions.CheckArgumentRange(current >= 0, current, $"current must not be negative; it was {current}.");
        Baseline = baseline;
        Current = current;
        RegulationsCounted = Preconditions.CheckNotNegative(regulationsCounted);
        RegulationsWithoutCost = Preconditions.CheckNotNegative(regulationsWithoutCost);
    }

    /// <summary>The total yearly compliance cost on the baseline date, VND.</summary>
    public decimal Baseline { get; }

    /// <summary>The total yearly compliance cost of the same regulations on the comparison date, VND (0 for those cut).</summary>
    public decimal Current { get; }

    /// <summary>How many regulations the totals cover.</summary>
    public long RegulationsCounted { get; }

    /// <summary>How many baseline regulations were left out because their cost was never estimated.</summary>
    public long RegulationsWithoutCost { get; }

    /// <summary><c>Baseline − Current</c>, VND per year: positive when costs fell.</summary>
    public decimal Reduction => Baseline - Current;

    /// <summary><c>Reduction / Baseline</c> as a fraction; <see langword="null"/> when the baseline is 0.</summary>
    public decimal? RelativeReduction => Baseline == 0 ? null : Reduction / Baseline;

    /// <summary>
    /// The relative reduction in percent, rounded half away from zero to 2 decimals;
    /// <see langword="null"/> when the baseline is 0.
    /// </summary>
    public decimal? RelativeReductionPercent =>
        RelativeReduction is { } r ? Math.Round(r * 100, 2, MidpointRounding.AwayFromZero) : null;

    /// <summary>The reduction and its share, invariant culture: <c>"2,000,000 VND/year (20.00%) over 10 regulations"</c>.</summary>
    public override string ToString()
    {
        string percent = RelativeReductionPercent is { } p ? p.ToString("0.00", CultureInfo.InvariantCulture) + "%" : "n/a";
        string text = string.Create(CultureInfo.InvariantCulture, $"{Reduction:#,0.##} VND/year ({percent}) over {RegulationsCounted:N0} regulations");
        return RegulationsWithoutCost > 0
            ? text + string.Create(CultureInfo.InvariantCulture, $", {RegulationsWithoutCost:N0} without a cost")
            : text;
    }
}

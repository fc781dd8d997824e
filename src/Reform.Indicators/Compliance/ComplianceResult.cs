using System.Globalization;
using Reform.Indicators.Measures;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Compliance;

/// <summary>
/// The outcome of checking a target: met, not met or no data, with the actual value, the gap in
/// points, the evidence (which units fail) and the target's source.
/// </summary>
/// <param name="Target">The target checked.</param>
/// <param name="Status">Met, not met, or no data.</param>
/// <param name="Actual">The actual value in percent, exact (for a target on units, the pooled value of the bound units); <see langword="null"/> with no data.</param>
/// <param name="Evidence">The rate behind <paramref name="Actual"/>, when the value is a rate.</param>
/// <param name="FailingUnits">The bound units that miss the target, worst first; empty for a national target.</param>
/// <param name="UnitsWithoutData">The bound units that have no value (a zero denominator); they neither meet nor fail.</param>
public sealed record ComplianceResult(
    Target Target,
    ComplianceStatus Status,
    decimal? Actual,
    Rate? Evidence,
    IReadOnlyList<UnitCompliance> FailingUnits,
    IReadOnlyList<string> UnitsWithoutData)
{
    private readonly IReadOnlyList<UnitCompliance> failingUnits = ValueList<UnitCompliance>.Of(FailingUnits);

    /// <summary>The bound units that miss the target, worst first; equal by content.</summary>
    public IReadOnlyList<UnitCompliance> FailingUnits { get => failingUnits; init => failingUnits = ValueList<UnitCompliance>.Of(value); }

    private readonly IReadOnlyList<string> unitsWithoutData = ValueList<string>.Of(UnitsWithoutData);

    /// <summary>The bound units that have no value; equal by content.</summary>
    public IReadOnlyList<string> UnitsWithoutData { get => unitsWithoutData; init => unitsWithoutData = ValueList<string>.Of(value); }

    /// <summary>
    /// <c>Actual − Threshold</c> in percentage points: positive above the threshold, negative below
    /// (so for an "at least" target a negative gap is the shortfall; for an "at most" target a
    /// positive gap is the excess); <see langword="null"/> with no data.
    /// </summary>
    public decimal? GapInPoints => Actual - Target.Threshold;

    /// <summary>
    /// The gap for display: signed, 2 decimals, or more when rounding would show a gap that is
    /// not 0 as 0 (<c>"+2.88 pp"</c>, <c>"-0.004 pp"</c>, <c>"0.00 pp"</c>); <c>"n/a"</c> with no data.
    /// </summary>
    public string GapText => GapInPoints is { } g ? FormatPoints(g) + " pp" : "n/a";

    /// <summary>The document that sets the target.</summary>
    public string Source => Target.Source;

    /// <summary><c>"not met: online 48.20% (482/1,000) vs >= 50.00%, gap -1.80 pp; failing 79, 01 (Resolution 76/NQ-CP)"</c>.</summary>
    public override string ToString()
    {
        string status = Status switch { ComplianceStatus.Met => "met", ComplianceStatus.NotMet => "not met", _ => "no data" };
        string comparator = Target.Comparator switch { Comparator.AtLeast => ">=", Comparator.AtMost => "<=", _ => "=" };
        string actual = Evidence is { } rate ? rate.ToString()
            : Actual is { } value ? string.Create(CultureInfo.InvariantCulture, $"{value:0.00}%") : "n/a";
        string gap = GapText;
        string failing = FailingUnits.Count == 0 ? "" : "; failing " + string.Join(", ", FailingUnits.Select(u => u.UnitCode));
        return string.Create(CultureInfo.InvariantCulture,
            $"{status}: {Target.Indicator} {actual} vs {comparator} {Target.Threshold:0.00}%, gap {gap}{failing} ({Source})");
    }

    /// <summary>
    /// A signed number of points with 2 decimals, or with as many as needed (up to 6) when
    /// rounding to 2 would show a gap that is not 0 as 0: <c>+2.88</c>, <c>-0.004</c>, <c>0.00</c>.
    /// </summary>
    private static string FormatPoints(decimal points) =>
        points != 0 && Math.Round(points, 2, MidpointRounding.AwayFromZero) == 0
            ? points.ToString("+0.00####;-0.00####", CultureInfo.InvariantCulture)
            : Math.Round(points, 2, MidpointRounding.AwayFromZero).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);
}

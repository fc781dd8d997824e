using System.Globalization;

namespace Reform.Indicators.Measures;

/// <summary>
/// The change from one rate to another, as two named values: the difference in percentage
/// points and the relative change. Never an ambiguous "percent".
/// </summary>
/// <remarks>
/// <para>
/// <see cref="PercentagePoints"/> is <c>100 · (after − before)</c> and has no value when either
/// rate has none. <see cref="Relative"/> is <c>(after − before) / before</c> as a fraction
/// (0.4958 for +49.58%) and has no value when either rate has none or when <c>before</c> is 0.
/// The <c>…NoValueReason</c> properties say which side is missing.
/// </para>
/// <para>
/// Both values are computed from the exact fractions (128-bit cross products), then converted
/// to <see cref="double"/> once, so 35.30% → 52.80% is +17.50 points to the last digit shown.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var delta = Delta.Between(new Rate(3_530, 10_000), new Rate(5_280, 10_000));
/// delta.PercentagePoints; // 17.5
/// delta.Relative;         // 0.49575...
/// delta.ToString();       // "+17.50 pp (+49.58%)"
/// </code>
/// </example>
public readonly record struct Delta
{
    private Delta(Rate before, Rate after)
    {
        Before = before;
        After = after;
    }

    /// <summary>The rate the change starts from (the earlier period, the baseline).</summary>
    public Rate Before { get; }

    /// <summary>The rate the change ends at.</summary>
    public Rate After { get; }

    /// <summary>Creates the change from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static Delta Between(Rate before, Rate after) => new(before, after);

    /// <summary>
    /// <c>100 · (after − before)</c>: the difference in percentage points; <see langword="null"/>
    /// when either rate has no value (see <see cref="PercentagePointsNoValueReason"/>).
    /// </summary>
    public double? PercentagePoints =>
        PercentagePointsNoValueReason is null
            ? 100 * (double)CrossDifference() / ((double)Before.Denominator * After.Denominator)
            : null;

    /// <summary>
    /// <c>(after − before) / before</c> as a fraction (0.5 is +50%); <see langword="null"/> when
    /// either rate has no value or <c>before</c> is 0 (see <see cref="RelativeNoValueReason"/>).
    /// </summary>
    public double? Relative =>
        RelativeNoValueReason is null
            ? (double)CrossDifference() / ((double)Before.Numerator * After.Denominator)
            : null;

    /// <summary>Why <see cref="PercentagePoints"/> has no value, or <see langword="null"/> when it has one.</summary>
    public string? PercentagePointsNoValueReason => (Before.HasValue, After.HasValue) switch
    {
        (true, true) => null,
        (false, true) => "the before rate has no value (its denominator is 0)",
        (true, false) => "the after rate has no value (its denominator is 0)",
        _ => "neither rate has a value (both denominators are 0)",
    };

    /// <summary>Why <see cref="Relative"/> has no value, or <see langword="null"/> when it has one.</summary>
    public string? RelativeNoValueReason =>
        PercentagePointsNoValueReason ?? (Before.Numerator == 0 ? "the before rate is 0, so a relative change is undefined" : null);

    /// <summary>
    /// Points and relative change, invariant culture, both rounded half away from zero to 2
    /// decimals: <c>"+17.50 pp (+49.58%)"</c>; a missing value shows as <c>n/a</c>.
    /// </summary>
    public override string ToString()
    {
        string points = PercentagePoints is { } pp ? Signed(pp) + " pp" : "n/a pp";
        string relative = Relative is { } r ? Signed(r * 100) + "%" : "n/a";
        return $"{points} ({relative})";
    }

    /// <summary>A signed number with 2 decimals rounded half away from zero: <c>+17.50</c>, <c>-0.31</c>, <c>0.00</c>.</summary>
    internal static string Signed(double value)
    {
        double rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        string text = Math.Abs(rounded).ToString("N2", CultureInfo.InvariantCulture);
        return rounded > 0 ? "+" + text : rounded < 0 ? "-" + text : text;
    }

    // after − before over the common denominator Db·Da: Na·Db − Nb·Da.
    private Int128 CrossDifference() =>
        ((Int128)After.Numerator * Before.Denominator) - ((Int128)Before.Numerator * After.Denominator);
}

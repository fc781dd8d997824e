using System.Globalization;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Measures;

/// <summary>
/// A share: how many of <see cref="Denominator"/> items (dossiers, units, procedures) satisfy a
/// condition, kept as its two counts so that every figure can be traced and pooled.
/// </summary>
/// <remarks>
/// <para>
/// Both parts are non-negative and the numerator never exceeds the denominator, so
/// <see cref="Value"/> lies in [0, 1]. A rate with a zero denominator (<c>0/0</c>, also
/// <c>default(Rate)</c>) is valid and has <em>no value</em>: <see cref="Value"/> and
/// <see cref="Percent"/> are <see langword="null"/> and <see cref="NoValueReason"/> says why.
/// It is never reported as 0% or 100%.
/// </para>
/// <para>
/// Rates aggregate as a ratio of sums: <c>a + b</c> pools both parts (the on-time rate of two
/// provinces together is their summed on-time dossiers over their summed resolved dossiers),
/// which is not the mean of the two rates.
/// </para>
/// <para>
/// Equality compares both parts: 1/2 and 2/4 have the same value but are different rates,
/// because they carry different evidence. Ordering is by value (a rate with no value sorts
/// first), then by denominator, so it is consistent with equality.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var ministries = new Rate(19, 22);
/// ministries.Percent;    // 86.36
/// ministries.ToString(); // "86.36% (19/22)"
/// (new Rate(1, 2) + new Rate(1, 4)).ToString(); // "33.33% (2/6)"
/// </code>
/// </example>
public readonly record struct Rate : IComparable<Rate>, IComparable,
    System.Numerics.IAdditionOperators<Rate, Rate, Rate>, System.Numerics.IAdditiveIdentity<Rate, Rate>
{
    /// <summary>0/0, the identity of pooling (<c>default</c>).</summary>
    public static Rate AdditiveIdentity => default;

    /// <summary>The reason given by <see cref="NoValueReason"/> for a zero denominator.</summary>
    public const string ZeroDenominatorReason = "the denominator is 0: nothing was counted";

    /// <summary>Creates a rate of <paramref name="numerator"/> out of <paramref name="denominator"/>.</summary>
    /// <param name="numerator">How many items satisfy the condition; at least 0 and at most <paramref name="denominator"/>.</param>
    /// <param name="denominator">How many items were counted; at least 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is negative, or the numerator is above the denominator.</exception>
    public Rate(long numerator, long denominator)
    {
        Preconditions.CheckNotNegative(numerator);
        Preconditions.CheckNotNegative(denominator);
        if (numerator > denominator)
        {
            Preconditions.ThrowOutOfRange(
                numerator,
                $"numerator must not exceed the denominator for a share; it was {numerator} out of {denominator}.",
                nameof(numerator));
        }
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>The number of items that satisfy the condition (0 ≤ numerator ≤ denominator).</summary>
    public long Numerator { get; }

    /// <summary>The number of items counted (at least 0).</summary>
    public long Denominator { get; }

    /// <summary>Whether the rate has a value, that is whether the denominator is above 0.</summary>
    public bool HasValue => Denominator != 0;

    /// <summary>The share as a fraction in [0, 1], or <see langword="null"/> when the denominator is 0.</summary>
    public double? Value => HasValue ? (double)Numerator / Denominator : null;

    /// <summary>
    /// The share in percent, <c>100 · N / D</c> rounded half away from zero to 2 decimals,
    /// computed exactly in integers (2/3 is 66.67, 1/8 is 12.50, 5/1600 is 0.31);
    /// <see langword="null"/> when the denominator is 0.
    /// </summary>
    public decimal? Percent => HasValue ? RoundedPercent(Numerator, Denominator) : null;

    /// <summary>
    /// Why the rate has no value (<see cref="ZeroDenominatorReason"/>), or <see langword="null"/>
    /// when it has one.
    /// </summary>
    public string? NoValueReason => HasValue ? null : ZeroDenominatorReason;

    /// <summary>Pools two rates: sums the numerators and the denominators (a ratio of sums).</summary>
    /// <exception cref="OverflowException">A sum does not fit in a <see cref="long"/>.</exception>
    public static Rate operator +(Rate a, Rate b) =>
        new(checked(a.Numerator + b.Numerator), checked(a.Denominator + b.Denominator));

    /// <summary>Pools two rates; the same as <c>a + b</c>.</summary>
    public static Rate Add(Rate a, Rate b) => a + b;

    /// <summary>Pools any number of rates; an empty sequence gives 0/0 (no value).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    public static Rate Pool(IEnumerable<Rate> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        var total = default(Rate);
        foreach (var rate in rates)
        {
            total += rate;
        }
        return total;
    }

    /// <summary>
    /// The Wilson score interval for the underlying proportion at the given confidence
    /// (0.95 by default); <see langword="null"/> when the denominator is 0.
    /// </summary>
    /// <remarks>
    /// Unlike the normal (Wald) interval, the Wilson interval stays inside [0, 1] and is not
    /// degenerate at 0% or 100%, which matters for small units with few dossiers
    /// (Wilson, 1927; Brown, Cai and DasGupta, 2001).
    /// </remarks>
    /// <param name="confidence">The confidence level, strictly between 0 and 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1.</exception>
    public ConfidenceInterval? WilsonInterval(double confidence = 0.95)
    {
        Preconditions.CheckArgumentRange(
            confidence > 0 && confidence < 1,
            confidence,
            $"confidence must be strictly between 0 and 1; it was {confidence.ToString(CultureInfo.InvariantCulture)}.");
        if (!HasValue)
        {
            return null;
        }
        double z = NormalDistribution.InverseCumulative(0.5 + (confidence / 2));
        double n = Denominator;
        double p = Numerator / n;
        double z2 = z * z;
        double centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        double halfWidth = z / (1 + (z2 / n)) * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        // The exact bounds are 0 when N = 0 and 1 when N = D; pin them against rounding.
        double lower = Numerator == 0 ? 0 : Math.Max(0, centre - halfWidth);
        double upper = Numerator == Denominator ? 1 : Math.Min(1, centre + halfWidth);
        return new ConfidenceInterval(lower, upper, confidence);
    }

    /// <summary>Compares by value (no value first), then by denominator.</summary>
    public int CompareTo(Rate other)
    {
        if (!HasValue || !other.HasValue)
        {
            return HasValue.CompareTo(other.HasValue);
        }
        // N1/D1 vs N2/D2 exactly: N1·D2 vs N2·D1 in 128-bit integers.
        int byValue = ((Int128)Numerator * other.Denominator).CompareTo((Int128)other.Numerator * Denominator);
        return byValue != 0 ? byValue : Denominator.CompareTo(other.Denominator);
    }

    /// <inheritdoc cref="CompareTo(Rate)"/>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Rate"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Rate other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a Rate with a {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    public static bool operator <(Rate left, Rate right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> orders before or equals <paramref name="right"/>.</summary>
    public static bool operator <=(Rate left, Rate right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    public static bool operator >(Rate left, Rate right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> orders after or equals <paramref name="right"/>.</summary>
    public static bool operator >=(Rate left, Rate right) => left.CompareTo(right) >= 0;

    /// <summary>
    /// The percent and both parts, invariant culture: <c>"99.33% (9,933/10,000)"</c>;
    /// <c>"n/a (0/0)"</c> when there is no value.
    /// </summary>
    public override string ToString()
    {
        var parts = string.Create(CultureInfo.InvariantCulture, $"({Numerator:N0}/{Denominator:N0})");
        return HasValue
            ? string.Create(CultureInfo.InvariantCulture, $"{Percent:0.00}% {parts}")
            : $"n/a {parts}";
    }

    /// <summary>Exact 100·N/D rounded half away from zero to 2 decimals, for 0 ≤ N ≤ D, D &gt; 0 (so at most 100.00).</summary>
    internal static decimal RoundedPercent(long numerator, long denominator)
    {
        // Hundredths of a percent: 10,000·N/D, rounded half up (N, D >= 0, so up is away from
        // zero). 64-bit while 10,000·N fits, which covers every realistic count; else 128-bit.
        long hundredths;
        if (numerator <= long.MaxValue / 10_000)
        {
            hundredths = Math.DivRem(numerator * 10_000, denominator, out long remainder);
            hundredths += remainder >= denominator - remainder ? 1 : 0;
        }
        else
        {
            var (quotient, remainder) = Int128.DivRem((Int128)numerator * 10_000, denominator);
            hundredths = (long)quotient + (remainder >= denominator - remainder ? 1 : 0);
        }
        // Scale 2 keeps the trailing zero: 1/8 is 12.50, not 12.5.
        return new decimal((int)hundredths, 0, 0, isNegative: false, scale: 2);
    }
}

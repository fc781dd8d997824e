using System.Globalization;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Scorecards;

/// <summary>
/// One indicator of a scorecard, as data: its code, group, maximum points, what its numerator
/// and denominator count, the ratio that earns full points, what a zero denominator scores, and
/// where each of these comes from.
/// </summary>
/// <remarks>
/// <para><b>Points.</b> With ratio <c>r = min(1, N ÷ D)</c> and full-points threshold <c>t</c>
/// (1 when there is none), the indicator scores <c>max × min(1, r ÷ t)</c>: linear below the
/// threshold, full at or above it. A threshold of 0.8 with r = 0.4 gives half the maximum. Points
/// are kept to <see cref="PointsDecimals"/> decimal places so that sums are exact; round to 2 only to display.</para>
/// <para>A zero denominator scores as <see cref="ZeroDenominator"/> says.</para>
/// <para>Build your own with <c>with</c> from a built-in one, e.g.
/// <c>Decision766.Indicator("4.2") with { FullPointsAt = 0.8m }</c>.</para>
/// </remarks>
public sealed record IndicatorDefinition
{
    /// <summary>Creates an indicator definition.</summary>
    /// <param name="code">The indicator's code, e.g. <c>3.1</c>.</param>
    /// <param name="portalCode">The code on the national portal's API, e.g. <c>PUBLISH_ON_TIME</c>; null when unknown.</param>
    /// <param name="name">The indicator's name, with the Vietnamese term.</param>
    /// <param name="maxPoints">The maximum points (at least 0; 0 for a monitoring-only indicator).</param>
    /// <param name="numerator">What the numerator counts, in words.</param>
    /// <param name="denominator">What the denominator counts, in words.</param>
    /// <param name="fullPointsAt">The ratio at or above which the indicator has full points (0.8 for 80%), in (0, 1]; null for linear (the same as 1).</param>
    /// <param name="zeroDenominator">What a zero denominator scores.</param>
    /// <param name="source">Where the formula, weight and threshold come from.</param>
    /// <param name="confidence">How sure the source is.</param>
    /// <exception cref="ArgumentException">A text is blank, the maximum is negative, or the threshold is outside (0, 1].</exception>
    public IndicatorDefinition(
        string code,
        string? portalCode,
        string name,
        decimal maxPoints,
        string numerator,
        string denominator,
        decimal? fullPointsAt,
        ZeroDenominatorPolicy zeroDenominator,
        string source,
        SourceConfidence confidence)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(numerator);
        ArgumentException.ThrowIfNullOrWhiteSpace(denominator);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Code = code;
        PortalCode = portalCode;
        Name = name;
        MaxPoints = CheckMax(code, maxPoints);
        Numerator = numerator;
        Denominator = denominator;
        FullPointsAt = CheckThreshold(code, fullPointsAt);
        ZeroDenominator = zeroDenominator;
        Source = source;
        Confidence = confidence;
    }

    /// <summary>The indicator's code, e.g. <c>3.1</c>.</summary>
    public string Code { get; init; }

    /// <summary>The code on the national portal's API, e.g. <c>PUBLISH_ON_TIME</c>; null when unknown.</summary>
    public string? PortalCode { get; init; }

    /// <summary>The indicator's name.</summary>
    public string Name { get; init; }

    /// <summary>The maximum points (0 for a monitoring-only indicator).</summary>
    public decimal MaxPoints { get => maxPoints; init => maxPoints = CheckMax(Code, value); }

    private readonly decimal maxPoints;

    /// <summary>What the numerator counts.</summary>
    public string Numerator { get; init; }

    /// <summary>What the denominator counts.</summary>
    public string Denominator { get; init; }

    /// <summary>The ratio at or above which the indicator has full points, in (0, 1]; null for linear.</summary>
    public decimal? FullPointsAt { get => fullPointsAt; init => fullPointsAt = CheckThreshold(Code, value); }

    private readonly decimal? fullPointsAt;

    /// <summary>What a zero denominator scores.</summary>
    public ZeroDenominatorPolicy ZeroDenominator { get; init; }

    /// <summary>Where the formula, weight and threshold come from.</summary>
    public string Source { get; init; }

    /// <summary>How sure the source is.</summary>
    public SourceConfidence Confidence { get; init; }

    /// <summary>The scoring rule in words, e.g. <c>"2 × min(1, ratio ÷ 0.8); denominator 0: N/A"</c>.</summary>
    public string Rule
    {
        get
        {
            string max = MaxPoints.ToString(CultureInfo.InvariantCulture);
            string points = FullPointsAt is { } t && t < 1
                ? $"{max} × min(1, ratio ÷ {t.ToString(CultureInfo.InvariantCulture)})"
                : $"{max} × ratio";
            string zero = ZeroDenominator switch
            {
                ZeroDenominatorPolicy.ZeroPoints => "0 points",
                ZeroDenominatorPolicy.FullPoints => "full points",
                _ => "N/A",
            };
            return $"{points}; denominator 0: {zero}";
        }
    }

    /// <summary>Scores <paramref name="input"/> by this indicator's rule.</summary>
    /// <remarks>Points lie in [0, <see cref="MaxPoints"/>] and never fall when the ratio rises.</remarks>
    public IndicatorScore Score(IndicatorInput input)
    {
        if (input.Ratio is not { } ratio)
        {
            return ZeroDenominator switch
            {
                ZeroDenominatorPolicy.FullPoints => new IndicatorScore(this, input, MaxPoints, true),
                ZeroDenominatorPolicy.ZeroPoints => new IndicatorScore(this, input, 0m, true),
                _ => new IndicatorScore(this, input, 0m, false),
            };
        }
        decimal threshold = FullPointsAt ?? 1m;
        decimal share = ratio >= threshold ? 1m : ratio / threshold;
        return new IndicatorScore(this, input, Math.Round(MaxPoints * share, PointsDecimals, MidpointRounding.AwayFromZero), true);
    }

    /// <summary>
    /// The precision points are kept at: 12 decimal places. Decimal division is not exact (2 ÷ 3),
    /// and sums of inexact quotients depend on their order; points with 12 decimals add exactly,
    /// so a total is the same whether summed by group or by indicator. Rounding is monotone, so a
    /// better ratio still never scores less. Display rounds to 2 decimals.
    /// </summary>
    public const int PointsDecimals = 12;

    /// <summary><c>"3.1 TTHC offering online public services (max 2)"</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Code} {Name} (max {MaxPoints})");

    private static decimal CheckMax(string code, decimal max)
    {
        Preconditions.CheckArgumentRange(max >= 0, max, $"Indicator {code}: the maximum points must not be negative; it was {max.ToString(CultureInfo.InvariantCulture)}.", "maxPoints");
        return max;
    }

    private static decimal? CheckThreshold(string code, decimal? threshold)
    {
        if (threshold is { } t)
        {
            Preconditions.CheckArgumentRange(t > 0 && t <= 1, t, $"Indicator {code}: the full-points threshold must be in (0, 1] (0.8 for 80%); it was {t.ToString(CultureInfo.InvariantCulture)}.", "fullPointsAt");
        }
        return threshold;
    }
}

using System.Globalization;

namespace Reform.Indicators.Measures;

/// <summary>A two-sided confidence interval for a proportion, with both bounds in [0, 1].</summary>
/// <remarks>Bounds are fractions, not percents; <see cref="ToString"/> shows them as percents.</remarks>
/// <param name="Lower">The lower bound, a fraction in [0, 1].</param>
/// <param name="Upper">The upper bound, a fraction in [<paramref name="Lower"/>, 1].</param>
/// <param name="Confidence">The confidence level, strictly between 0 and 1 (0.95 for 95%).</param>
public readonly record struct ConfidenceInterval(double Lower, double Upper, double Confidence)
{
    /// <summary>The bounds as percents, invariant culture: <c>"95% CI [97.10%, 99.20%]"</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Confidence * 100:0.##}% CI [{Lower * 100:0.00}%, {Upper * 100:0.00}%]");
}

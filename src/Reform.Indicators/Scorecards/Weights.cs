using System.Globalization;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Scorecards;

/// <summary>Weights of the components of a composite index, as data: non-negative, finite, not all zero.</summary>
/// <remarks>
/// Aggregation divides by the sum of the weights, so weights need not sum to 1: (2, 1, 1) and
/// (0.5, 0.25, 0.25) give the same index. <see cref="Normalised"/> gives the shares that sum to 1
/// (COINr rescales weights to sum to 1 within a group).
/// </remarks>
public sealed class Weights
{
    private readonly Dictionary<string, double> weights;

    /// <summary>Creates weights by component code.</summary>
    /// <exception cref="ArgumentException">A weight is negative or not finite, or all are zero, or there are none.</exception>
    public Weights(IEnumerable<KeyValuePair<string, double>> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        this.weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (code, weight) in weights)
        {
            Preconditions.CheckArgumentRange(double.IsFinite(weight) && weight >= 0, weight,
                string.Create(CultureInfo.InvariantCulture, $"the weight of {code} must be finite and not negative; it was {weight}."));
            this.weights.Add(code, weight);
        }
        Total = this.weights.Values.Sum();
        if (Total <= 0)
        {
            Preconditions.ThrowArgument("Weights need at least one component with a weight above 0.", nameof(weights));
        }
    }

    /// <summary>Equal weights for <paramref name="codes"/> (the EGDI's one third each for three sub-indices).</summary>
    public static Weights Equal(params IEnumerable<string> codes) => new(codes.Select(c => KeyValuePair.Create(c, 1.0)));

    /// <summary>The component codes.</summary>
    public IReadOnlyCollection<string> Codes => weights.Keys;

    /// <summary>The sum of the weights (above 0).</summary>
    public double Total { get; }

    /// <summary>The weight of <paramref name="code"/>.</summary>
    /// <exception cref="KeyNotFoundException">There is no such component.</exception>
    public double this[string code] => weights.TryGetValue(code, out var w) ? w : throw new KeyNotFoundException($"No weight for component {code}.");

    /// <summary>The weights divided by their sum: shares that sum to 1.</summary>
    public IReadOnlyDictionary<string, double> Normalised => weights.ToDictionary(w => w.Key, w => w.Value / Total, StringComparer.Ordinal);
}

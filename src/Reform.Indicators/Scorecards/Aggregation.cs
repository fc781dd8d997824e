using System.Globalization;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Scorecards;

/// <summary>Weighted aggregation of normalised components into a composite score (COINr's <c>a_amean</c> and <c>a_gmean</c>).</summary>
/// <remarks>
/// Both divide by the sum of the weights, so equal values aggregate to that value whatever the
/// weights. The arithmetic mean lets a strong component compensate for a weak one; the geometric
/// mean compensates less and gives 0 when a weighted component is 0.
/// </remarks>
public static class Aggregation
{
    /// <summary>The weighted arithmetic mean <c>Σ wᵢ xᵢ ÷ Σ wᵢ</c> over the weights' components.</summary>
    /// <exception cref="KeyNotFoundException">A weighted component has no value.</exception>
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public static double Arithmetic(IReadOnlyDictionary<string, double> values, Weights weights)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(weights);
        double sum = 0;
        foreach (var code in weights.Codes)
        {
            sum += weights[code] * ValueOf(values, code);
        }
        return sum / weights.Total;
    }

    /// <summary>The weighted geometric mean <c>Π xᵢ^(wᵢ ÷ Σ w)</c> over the weights' components; values must not be negative.</summary>
    /// <exception cref="KeyNotFoundException">A weighted component has no value.</exception>
    /// <exception cref="ArgumentException">A value is negative or not finite.</exception>
    public static double Geometric(IReadOnlyDictionary<string, double> values, Weights weights)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(weights);
        double logSum = 0;
        foreach (var code in weights.Codes)
        {
            double value = ValueOf(values, code);
            Preconditions.CheckArgumentRange(value >= 0, value, string.Create(CultureInfo.InvariantCulture, $"the geometric mean needs values of at least 0; {code} was {value}."));
            double weight = weights[code];
            if (weight == 0)
            {
                continue;
            }
            if (value == 0)
            {
                return 0;
            }
            logSum += weight * Math.Log(value);
        }
        return Math.Exp(logSum / weights.Total);
    }

    private static double ValueOf(IReadOnlyDictionary<string, double> values, string code)
    {
        if (!values.TryGetValue(code, out double value))
        {
            throw new KeyNotFoundException($"Component {code} has a weight but no value.");
        }
        if (!double.IsFinite(value))
        {
            Preconditions.ThrowArgument(string.Create(CultureInfo.InvariantCulture, $"Component {code} is {value}; aggregation needs finite values."), nameof(values));
        }
        return value;
    }
}

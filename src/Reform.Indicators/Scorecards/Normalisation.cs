using System.Globalization;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Scorecards;

/// <summary>
/// Normalisation of one indicator across units, as in composite indices (COINr's
/// <c>n_minmax</c>, <c>n_zscore</c>, <c>n_goalposts</c>; the EGDI's z-scores): values in input
/// order in, normalised values in the same order out.
/// </summary>
/// <remarks>
/// <para>With <see cref="Direction.LowerIsBetter"/> the scale is flipped, so that a normalised
/// value is always "higher is better".</para>
/// <para><b>No silent numbers.</b> When a method is undefined — min–max on values that are all
/// equal, a z-score on fewer than two values or zero spread — every result is
/// <see langword="null"/>, never 0 or 0.5. Values must be finite.</para>
/// <para>Min–max and z-scores are <em>relative</em>: a unit's normalised value can fall while its
/// raw value improves, because others improved more (the EGDI caveat). Goalposts are absolute.</para>
/// </remarks>
public static class Normalisation
{
    /// <summary>
    /// Min–max: <c>(x − min) ÷ (max − min)</c>, in [0, 1]; the best unit gets 1 and the worst 0.
    /// All <see langword="null"/> when the values are all equal or there are none.
    /// </summary>
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public static double?[] MinMax(IReadOnlyList<double> values, Direction direction = Direction.HigherIsBetter)
    {
        CheckFinite(values);
        var result = new double?[values.Count];
        if (values.Count == 0)
        {
            return result;
        }
        double min = values.Min(), max = values.Max();
        if (max == min)
        {
            return result;
        }
        for (int i = 0; i < values.Count; i++)
        {
            double share = (values[i] - min) / (max - min);
            // Pin the ends against rounding so that the bounds are exactly 0 and 1.
            share = values[i] == min ? 0 : values[i] == max ? 1 : Math.Clamp(share, 0, 1);
            result[i] = direction == Direction.LowerIsBetter ? 1 - share : share;
        }
        return result;
    }

    /// <summary>
    /// Z-score: <c>(x − mean) ÷ s</c> with the sample standard deviation <c>s</c> (n − 1, as R's
    /// <c>sd</c> that COINr uses). All <see langword="null"/> for fewer than two values or zero spread.
    /// </summary>
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public static double?[] ZScore(IReadOnlyList<double> values, Direction direction = Direction.HigherIsBetter)
    {
        CheckFinite(values);
        var result = new double?[values.Count];
        if (values.Count < 2)
        {
            return result;
        }
        double mean = values.Average();
        double sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
        if (sd == 0)
        {
            return result;
        }
        for (int i = 0; i < values.Count; i++)
        {
            double z = (values[i] - mean) / sd;
            result[i] = direction == Direction.LowerIsBetter ? -z : z;
        }
        return result;
    }

    /// <summary>
    /// Distance to goalposts: <c>(x − worst) ÷ (best − worst)</c>, clamped to [0, 1]: 0 at or
    /// beyond the worst goalpost, 1 at or beyond the best (e.g. a target of 80% as best, 0% as
    /// worst). The direction follows from the goalposts: <paramref name="best"/> below
    /// <paramref name="worst"/> means lower is better.
    /// </summary>
    /// <exception cref="ArgumentException">A value or goalpost is not finite, or the goalposts are equal.</exception>
    public static double[] Goalposts(IReadOnlyList<double> values, double worst, double best)
    {
        CheckFinite(values);
        Preconditions.CheckArgumentRange(double.IsFinite(worst) && double.IsFinite(best) && worst != best, best,
            string.Create(CultureInfo.InvariantCulture, $"the goalposts must be finite and different; they were worst {worst} and best {best}."));
        var result = new double[values.Count];
        for (int i = 0; i < values.Count; i++)
        {
            result[i] = Math.Clamp((values[i] - worst) / (best - worst), 0, 1);
        }
        return result;
    }

    private static void CheckFinite(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        for (int i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                Preconditions.ThrowArgument(string.Create(CultureInfo.InvariantCulture, $"values[{i}] is {values[i]}; normalisation needs finite values."), nameof(values));
            }
        }
    }
}

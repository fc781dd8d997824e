using Reform.Indicators.Utility;

namespace Reform.Indicators.Scorecards;

/// <summary>A set of rating bands as data: each total falls in exactly one band.</summary>
/// <remarks>The lowest band must start at 0 or below, so every total has a band. Bands are compared with the unrounded total, so 89.999 is below a band that starts at 90.</remarks>
public sealed class RatingBands
{
    /// <summary>Creates a set of bands in any order.</summary>
    /// <exception cref="ArgumentException">There is no band, two start at the same score, or none starts at or below 0.</exception>
    public RatingBands(IEnumerable<RatingBand> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        Bands = [.. bands.OrderByDescending(b => b.MinScore)];
        if (Bands.Count == 0 || Bands[^1].MinScore > 0)
        {
            Preconditions.ThrowArgument("Rating bands need a lowest band starting at 0 or below, so that every total has a band.", nameof(bands));
        }
        for (int i = 1; i < Bands.Count; i++)
        {
            if (Bands[i].MinScore == Bands[i - 1].MinScore)
            {
                Preconditions.ThrowArgument($"Bands '{Bands[i - 1].Name}' and '{Bands[i].Name}' start at the same score.", nameof(bands));
            }
        }
    }

    /// <summary>The bands, highest first.</summary>
    public IReadOnlyList<RatingBand> Bands { get; }

    /// <summary>The band of <paramref name="total"/>: the highest band whose minimum is at most the total.</summary>
    public RatingBand For(decimal total)
    {
        foreach (var band in Bands)
        {
            if (total >= band.MinScore)
            {
                return band;
            }
        }
        return Bands[^1];
    }
}

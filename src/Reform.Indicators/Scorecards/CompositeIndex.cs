using System.Globalization;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Scorecards;

/// <summary>
/// PAR INDEX-style indices: points achieved over maximum points, as a percentage, and ranks.
/// </summary>
/// <remarks>
/// The PAR INDEX (Decision 876/QĐ-BNV) is shown as points ÷ maximum × 100 with 2 decimals,
/// units ranked in descending order (docs/specification.md §14; the formula is [unconfirmed], the
/// display [source]). The domain maxima and the self-assessment/survey split under 876 are not
/// confirmed, so they are always the caller's data, never built in.
/// </remarks>
public static class CompositeIndex
{
    /// <summary><c>points ÷ max × 100</c>, unrounded.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is not above 0, or <paramref name="points"/> is outside [0, max].</exception>
    public static decimal Index(decimal points, decimal max)
    {
        Preconditions.CheckArgumentRange(max > 0, max, string.Create(CultureInfo.InvariantCulture, $"the maximum must be above 0; it was {max}."));
        Preconditions.CheckArgumentRange(points >= 0 && points <= max, points, string.Create(CultureInfo.InvariantCulture, $"points must be in [0, {max}]; they were {points}."));
        return points / max * 100;
    }

    /// <summary>
    /// The index of a unit scored by domain: the sum of its domain points over the sum of the
    /// domains' maxima, × 100. Every domain of <paramref name="maxima"/> needs points.
    /// </summary>
    /// <exception cref="KeyNotFoundException">A domain has a maximum but no points.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A domain's points are outside [0, its maximum].</exception>
    public static decimal FromDomains(IReadOnlyDictionary<string, decimal> points, IReadOnlyDictionary<string, decimal> maxima)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(maxima);
        decimal sum = 0, max = 0;
        foreach (var (domain, domainMax) in maxima)
        {
            decimal p = points.TryGetValue(domain, out var v) ? v : throw new KeyNotFoundException($"Domain {domain} has a maximum but no points.");
            Preconditions.CheckArgumentRange(p >= 0 && p <= domainMax, p, string.Create(CultureInfo.InvariantCulture, $"domain {domain}: points must be in [0, {domainMax}]; they were {p}."));
            sum += p;
            max += domainMax;
        }
        return Index(sum, max);
    }

    /// <summary>Ranks units by index, highest first, ties sharing a rank; in input order.</summary>
    public static int[] Rank(IReadOnlyList<decimal> indices) => Ranking.Competition(indices);
}

using Reform.Indicators.Measures;

namespace Reform.Indicators.Compliance;

/// <summary>Checks actual values against targets (docs/specification.md §7).</summary>
/// <remarks>
/// Comparisons are exact: a rate is compared as <c>100·N</c> against <c>Threshold·D</c> in
/// decimal arithmetic, never through its rounded percent, so 79.996% does not meet "at least 80%".
/// A value with no data gives <see cref="ComplianceStatus.NoData"/>, never met or not met.
/// </remarks>
public static class ComplianceCheck
{
    /// <summary>Checks a national target against one rate.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public static ComplianceResult Check(Target target, Rate actual)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!actual.HasValue)
        {
            return new ComplianceResult(target, ComplianceStatus.NoData, null, actual, [], []);
        }
        return new ComplianceResult(target, Meets(target, actual) ? ComplianceStatus.Met : ComplianceStatus.NotMet, ExactPercent(actual), actual, [], []);
    }

    /// <summary>Checks a national target against a value in percent that is not a rate (e.g. a relative cost reduction).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public static ComplianceResult Check(Target target, decimal? actualPercent)
    {
        ArgumentNullException.ThrowIfNull(target);
        return actualPercent is { } value
            ? new ComplianceResult(target, Meets(target.Comparator, value.CompareTo(target.Threshold)) ? ComplianceStatus.Met : ComplianceStatus.NotMet, value, null, [], [])
            : new ComplianceResult(target, ComplianceStatus.NoData, null, null, [], []);
    }

    /// <summary>
    /// Checks a target that binds units against each unit's rate: met when every bound unit with
    /// data meets it, not met when one fails (listed worst first), no data when no unit has data.
    /// </summary>
    /// <param name="target">The target.</param>
    /// <param name="byUnit">Each bound unit's rate, by unit code (the caller selects the bound units, e.g. with <see cref="TargetScope.Binds"/>). A code given twice is pooled.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ComplianceResult Check(Target target, IEnumerable<KeyValuePair<string, Rate>> byUnit)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(byUnit);
        var units = new SortedDictionary<string, Rate>(StringComparer.Ordinal);
        foreach (var (code, rate) in byUnit)
        {
            units[code] = units.GetValueOrDefault(code) + rate;
        }
        var failing = units.Where(p => p.Value.HasValue && !Meets(target, p.Value))
            .Select(p => new UnitCompliance(p.Key, ExactPercent(p.Value), p.Value))
            .OrderBy(u => target.Comparator == Comparator.AtMost ? -u.Actual : u.Actual)
            .ThenBy(u => u.UnitCode, StringComparer.Ordinal)
            .ToArray();
        string[] withoutData = [.. units.Where(p => !p.Value.HasValue).Select(p => p.Key)];
        var pooled = Rate.Pool(units.Values);
        var status = withoutData.Length == units.Count ? ComplianceStatus.NoData
            : failing.Length > 0 ? ComplianceStatus.NotMet
            : ComplianceStatus.Met;
        return new ComplianceResult(target, status, pooled.HasValue ? ExactPercent(pooled) : null, pooled, failing, withoutData);
    }

    private static bool Meets(Target target, Rate rate) =>
        // 100·N/D vs T  <=>  100·N vs T·D (D > 0), exact in decimal for any long N, D.
        Meets(target.Comparator, (100m * rate.Numerator).CompareTo(target.Threshold * rate.Denominator));

    private static bool Meets(Comparator comparator, int comparison) => comparator switch
    {
        Comparator.AtLeast => comparison >= 0,
        Comparator.AtMost => comparison <= 0,
        _ => comparison == 0,
    };

    private static decimal ExactPercent(Rate rate) => 100m * rate.Numerator / rate.Denominator;
}

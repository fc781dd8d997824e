using Reform.Indicators.Measures;

namespace Reform.Indicators.Indicators;

/// <summary>
/// One of the named rates of a set of counts (docs/specification.md §4.5, §10.2, §10.3): its name, its
/// parts, and, when it has no value, why.
/// </summary>
/// <remarks>
/// A rate has no value when its denominator is 0 (<see cref="Rate.ZeroDenominatorReason"/>), or when
/// the data it needs is absent — for instance <c>onlineElectronicResult</c> when no dossier received in
/// the period states <c>result_electronic</c>. Its parts are then still the counts (the numerator is 0),
/// but <see cref="Percent"/> is null: a figure without its data is never shown as 0%.
/// <para>Equal by content, as the other records of a report: two named rates with the same name, parts and
/// reason are equal (and have the same hash code), so reports and their rates compare by value.</para>
/// </remarks>
public sealed record NamedRate
{
    internal NamedRate(string name, Rate parts, string? missingData)
    {
        Name = name;
        Parts = parts;
        NoValueReason = parts.HasValue ? missingData : Rate.ZeroDenominatorReason;
    }

    /// <summary>The rate's name, its JSON key: <c>onTimeResolution</c>, <c>onTimeHandling</c>, <c>online</c>, <c>boundaryFree</c>, <c>onlineElectronicResult</c> or <c>fullProcessOnline</c>.</summary>
    public string Name { get; }

    /// <summary>Its numerator and denominator, as counted.</summary>
    public Rate Parts { get; }

    /// <summary>Why the rate has no value (nothing counted, or its data absent); null when it has one.</summary>
    public string? NoValueReason { get; }

    /// <summary>Whether the rate has a value.</summary>
    public bool HasValue => NoValueReason is null;

    /// <summary>The percent of <see cref="Rate.Percent"/>; null when the rate has no value.</summary>
    public decimal? Percent => HasValue ? Parts.Percent : null;

    /// <summary>The rate when it has a value (<see cref="Parts"/>), else null.</summary>
    public Rate? Value => HasValue ? Parts : null;

    /// <summary><c>"online 60.00% (6/10)"</c>, or <c>"boundaryFree: no value (…)"</c>.</summary>
    public override string ToString() => HasValue ? $"{Name} {Parts}" : $"{Name}: no value ({NoValueReason})";
}

using System.Globalization;
using NodaTime;

namespace Reform.Indicators.Compliance;

/// <summary>
/// A target as data (docs/specification.md §7): which indicator, compared how with what threshold, for
/// which units, from when, and by which document.
/// </summary>
/// <param name="Indicator">The indicator's name, e.g. <see cref="IndicatorNames.Online"/>.</param>
/// <param name="Comparator">How the actual value is compared with the threshold.</param>
/// <param name="Threshold">The threshold in percent (80 for 80%).</param>
/// <param name="Scope">The units the target binds.</param>
/// <param name="AppliesFrom">The date by which the target must be met; a check on an earlier date is informative only.</param>
/// <param name="Source">The document that sets the target, e.g. <c>Resolution 76/NQ-CP (15 Jul 2021)</c>.</param>
/// <param name="Description">What the target says, in words.</param>
public sealed record Target(
    string Indicator,
    Comparator Comparator,
    decimal Threshold,
    TargetScope Scope,
    LocalDate AppliesFrom,
    string Source,
    string Description)
{
    /// <summary>Whether the target is in force on <paramref name="date"/> (on or after <see cref="AppliesFrom"/>).</summary>
    public bool AppliesOn(LocalDate date) => date >= AppliesFrom;

    /// <summary><c>"online >= 50.00% (national, from 2025-12-31; Resolution 76/NQ-CP)"</c>.</summary>
    public override string ToString()
    {
        string comparator = Comparator switch { Comparator.AtLeast => ">=", Comparator.AtMost => "<=", _ => "=" };
        return string.Create(CultureInfo.InvariantCulture,
            $"{Indicator} {comparator} {Threshold:0.00}% ({Scope}, from {AppliesFrom:uuuu-MM-dd}; {Source})");
    }
}

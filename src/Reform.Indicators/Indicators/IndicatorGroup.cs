using Reform.Indicators.Measures;
using Reform.Indicators.Units;

namespace Reform.Indicators.Indicators;

/// <summary>One row of a report: a group's key, what the units data says of it, its counts and rates.</summary>
/// <param name="Key">The unit code, the level name (<c>ministry</c>, <c>province</c>, <c>district</c>, <c>commune</c>), or <c>national</c>.</param>
/// <param name="Name">The unit's name, when units data gives it; otherwise <see langword="null"/>.</param>
/// <param name="Level">The unit's or the group's level, when known; otherwise <see langword="null"/>.</param>
/// <param name="Counts">The counts of docs/specification.md §4 for the group.</param>
public sealed record IndicatorGroup(string Key, string? Name, GovernmentLevel? Level, DossierCounts Counts)
{
    /// <summary>(Early + on time) / resolved.</summary>
    public Rate OnTimeResolution => Counts.OnTimeResolution;

    /// <summary>Handled on time / in scope (Decision 766, indicator 2.1).</summary>
    public Rate OnTimeHandling => Counts.OnTimeHandling;

    /// <summary>Received online / received.</summary>
    public Rate Online => Counts.Online;

    /// <summary><c>"01 Hà Nội (province): in scope 1,000: on-time resolution 99.33% (...), ..."</c>.</summary>
    public override string ToString() =>
        $"{Key}{(Name is null ? "" : " " + Name)}{(Level is { } level && Key != level.ToName() ? $" ({level.ToName()})" : "")}: {Counts}";
}

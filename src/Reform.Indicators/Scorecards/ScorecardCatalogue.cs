using NodaTime;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Scorecards;

/// <summary>Scorecard layouts by date: the layout in force on a date is the latest one that took effect on or before it.</summary>
/// <remarks>Build your own from the built-in layouts (<see cref="Decision766.Layout2022"/>, <see cref="Decision766.Layout2024"/>) or from scratch.</remarks>
public sealed class ScorecardCatalogue
{
    /// <summary>Creates a catalogue from layouts in any order.</summary>
    /// <exception cref="ArgumentException">There is no layout, or two take effect on the same date.</exception>
    public ScorecardCatalogue(IEnumerable<ScorecardLayout> layouts)
    {
        ArgumentNullException.ThrowIfNull(layouts);
        Layouts = [.. layouts.OrderBy(l => l.EffectiveFrom)];
        if (Layouts.Count == 0)
        {
            Preconditions.ThrowArgument("A scorecard catalogue needs at least one layout.", nameof(layouts));
        }
        for (int i = 1; i < Layouts.Count; i++)
        {
            if (Layouts[i].EffectiveFrom == Layouts[i - 1].EffectiveFrom)
            {
                Preconditions.ThrowArgument($"Layouts '{Layouts[i - 1].Name}' and '{Layouts[i].Name}' both take effect on {IsoDates.Format(Layouts[i].EffectiveFrom)}.", nameof(layouts));
            }
        }
    }

    /// <summary>The layouts, oldest first.</summary>
    public IReadOnlyList<ScorecardLayout> Layouts { get; }

    /// <summary>The layout in force on <paramref name="date"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the first layout took effect.</exception>
    public ScorecardLayout LayoutOn(LocalDate date)
    {
        ScorecardLayout? found = null;
        foreach (var layout in Layouts)
        {
            if (layout.EffectiveFrom <= date)
            {
                found = layout;
            }
        }
        return found ?? throw new ArgumentOutOfRangeException(nameof(date), date, $"No scorecard layout is in force on {IsoDates.Format(date)}; the first takes effect on {IsoDates.Format(Layouts[0].EffectiveFrom)}.");
    }
}

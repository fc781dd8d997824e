using System.Globalization;
using Reform.Indicators.Indicators;
using Reform.Indicators.Units;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Scorecards;

/// <summary>
/// One unit's scorecard for one period: every indicator's numerator, denominator, ratio, points and
/// maximum, the group totals, the total, the rating band and the rank among peers.
/// </summary>
/// <remarks>
/// Points, totals and ranks are unrounded; <see cref="Display(decimal)"/> rounds to 2 decimals
/// (half away from zero, as the portal shows them) for printing only, so ties and ranks never
/// depend on rounding.
/// </remarks>
/// <param name="Unit">The unit scored.</param>
/// <param name="Period">The period.</param>
/// <param name="Layout">The layout in force on the period's last date.</param>
/// <param name="Scope">The codes of the units whose records counted (the unit itself first).</param>
/// <param name="Groups">The group scores, each with its indicators' scores, in display order.</param>
/// <param name="Total">The total points, unrounded.</param>
/// <param name="Band">The rating band of the total.</param>
/// <param name="Rank">The rank among the scored units of the same level (1 = best; ties share a rank), or null when not ranked.</param>
/// <param name="Peers">How many units of the same level were ranked together; 0 when not ranked.</param>
public sealed record Scorecard(
    AdministrativeUnit Unit,
    ReportingPeriod Period,
    ScorecardLayout Layout,
    IReadOnlyList<string> Scope,
    IReadOnlyList<GroupScore> Groups,
    decimal Total,
    RatingBand Band,
    int? Rank = null,
    int Peers = 0)
{
    private readonly IReadOnlyList<string> scope = ValueList<string>.Of(Scope);

    /// <summary>The codes of the units whose records counted (the unit itself first); equal by content.</summary>
    public IReadOnlyList<string> Scope { get => scope; init => scope = ValueList<string>.Of(value); }

    private readonly IReadOnlyList<GroupScore> groups = ValueList<GroupScore>.Of(Groups);

    /// <summary>The group scores, in display order; equal by content.</summary>
    public IReadOnlyList<GroupScore> Groups { get => groups; init => groups = ValueList<GroupScore>.Of(value); }

    /// <summary>The maximum total of the layout (100 for Decision 766).</summary>
    public decimal MaxPoints => Layout.MaxPoints;

    /// <summary>Every indicator's score, group by group.</summary>
    public IEnumerable<IndicatorScore> Indicators => Groups.SelectMany(g => g.Indicators);

    /// <summary>The score of indicator <paramref name="code"/>.</summary>
    /// <exception cref="KeyNotFoundException">The layout has no such indicator.</exception>
    public IndicatorScore Indicator(string code) =>
        Indicators.FirstOrDefault(i => i.Code == code) ?? throw new KeyNotFoundException($"The scorecard has no indicator {code}.");

    /// <summary>A value rounded for display: 2 decimals, half away from zero.</summary>
    public static decimal Display(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary><c>"01 Hà Nội 2024-Q1: 83.47/100 Good, rank 1/63"</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Unit.Code} {Unit.Name} {Period.Name}: {Display(Total):0.00}/{MaxPoints} {Band.Name}{(Rank is { } r ? $", rank {r}/{Peers}" : "")}");
}

using Reform.Indicators.Indicators;
using Reform.Indicators.Scorecards.Indicators;
using Reform.Indicators.Units;

namespace Reform.Indicators.Scorecards;

/// <summary>
/// The Decision 766 scorecard over the data a caller actually holds (docs/specification.md §14,
/// "no data is not zero denominator"): an indicator whose records the data does not hold is "no
/// data" — 0 points, not applicable, with the reason — instead of being scored by its
/// zero-denominator policy as <see cref="ScorecardCalculator.Score"/> does.
/// </summary>
/// <example>
/// <code>
/// var cards = ScorecardCoverage.Score(data, hierarchy, ReportingPeriod.Year(2022));
/// foreach (var c in cards.Where(c => c.Band is null))
///     Console.WriteLine($"{c.Card.Unit.Code}: band withheld, {c.CoveredMaxPoints} of {c.Card.MaxPoints} points have data");
/// </code>
/// </example>
public static class ScorecardCoverage
{
    /// <summary>
    /// The band is withheld when the indicators with data are worth less than this many of the 100
    /// points (library choice, docs/specification.md §14: on less than half of the index a band would
    /// say more about the data than about the unit).
    /// </summary>
    public const decimal MinimumCoverage = 50m;

    /// <summary>
    /// What <paramref name="data"/> holds for the indicator <paramref name="code"/> under the default
    /// options; see <see cref="Of(string, ScorecardData, ScorecardOptions)"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="data"/> is null.</exception>
    public static IndicatorCoverage Of(string code, ScorecardData data) => Of(code, data, ScorecardOptions.Default);

    /// <summary>
    /// What <paramref name="data"/> holds for the indicator <paramref name="code"/> under
    /// <paramref name="options"/>, decided from the parts and fields of the data the indicator reads: a
    /// required part missing, a required field no record states (the dossiers' <c>result_electronic</c>, a
    /// field of <see cref="ScorecardData.DossierDetailsStated"/>), or a formula no records score, gives
    /// <see cref="DataCoverage.None"/>; an optional part or field whose absence changes the rule missing gives
    /// <see cref="DataCoverage.Partial"/>. With <see cref="ScorecardOptions.MultiplyOnlineShareBySyncRate"/>,
    /// 3.3 requires the sync data (<c>synced_to_portal</c>). A code that is not a Decision 766 indicator is
    /// computed from the records.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IndicatorCoverage Of(string code, ScorecardData data, ScorecardOptions options)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        return Of(code, HeldData.Of(data), options);
    }

    /// <summary>
    /// Scores every unit of <paramref name="hierarchy"/> over <paramref name="period"/> under the default
    /// options; see <see cref="Score(ScorecardData, UnitHierarchy, ReportingPeriod, ScorecardOptions)"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<CoveredScorecard> Score(ScorecardData data, UnitHierarchy hierarchy, ReportingPeriod period) =>
        Score(data, hierarchy, period, ScorecardOptions.Default);

    /// <summary>
    /// Scores every unit of <paramref name="hierarchy"/> over <paramref name="period"/> as
    /// <see cref="ScorecardCalculator.Score"/> does, except that an indicator without data is 0/0 with
    /// its reason as the input's note, 0 points and not applicable, so the total over 100 counts only
    /// indicators with data; partial ones keep their value with a note. Ranks on the unrounded totals.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<CoveredScorecard> Score(ScorecardData data, UnitHierarchy hierarchy, ReportingPeriod period, ScorecardOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(options);
        var held = HeldData.Of(data);
        // One decision per indicator code, shared by every unit's card (the data held is the same for all).
        var decided = new Dictionary<string, IndicatorCoverage>(StringComparer.Ordinal);
        IndicatorCoverage CoverageOf(string code) =>
            decided.TryGetValue(code, out var known) ? known : decided[code] = Of(code, held, options);
        var computed = ScorecardCalculator.Score(data, hierarchy, period, options);
        var ranked = ScorecardCalculator.Rank(computed.Select(card =>
        {
            var inputs = card.Indicators.ToDictionary(i => i.Code, i =>
            {
                var coverage = CoverageOf(i.Code);
                return coverage.Coverage switch
                {
                    DataCoverage.None => new IndicatorInput(0, 0, coverage.Note),
                    DataCoverage.Partial => new IndicatorInput(i.Input.Numerator, i.Input.Denominator, coverage.Note),
                    _ => i.Input,
                };
            }, StringComparer.Ordinal);
            var scored = ScorecardCalculator.FromInputs(card.Unit, period, card.Scope, inputs, options);
            var groups = scored.Groups.Select(g =>
            {
                var indicators = g.Indicators.Select(i => CoverageOf(i.Code).Coverage == DataCoverage.None
                    ? i with { Points = 0m, IsApplicable = false }
                    : i).ToArray();
                return g with { Indicators = indicators, Points = indicators.Sum(i => i.Points) };
            }).ToArray();
            decimal total = groups.Sum(g => g.Points);
            return scored with { Groups = groups, Total = total, Band = options.Bands.For(total) };
        }));
        return [.. ranked.Select(card =>
        {
            decimal covered = card.Indicators.Where(i => CoverageOf(i.Code).Coverage != DataCoverage.None).Sum(i => i.MaxPoints);
            return new CoveredScorecard(card, covered, covered >= MinimumCoverage ? card.Band : null);
        })];
    }

    private static IndicatorCoverage Of(string code, HeldData held, ScorecardOptions options)
    {
        if (Decision766Indicators.Find(code) is not { } indicator)
        {
            return new IndicatorCoverage(DataCoverage.Records, null);
        }
        var missing = indicator.Needs.Where(n => !held.Meets(n)).ToArray();
        switch (indicator.CoverageIn(held, options))
        {
            case DataCoverage.None when !indicator.IsComputed:
                return new IndicatorCoverage(DataCoverage.None, "no data: the formula is not confirmed; no records score it");
            case DataCoverage.None:
                var absent = missing.Where(n => indicator.Requires(n, options)).Select(n => What(n, held));
                return new IndicatorCoverage(DataCoverage.None, $"no data: {string.Join(" and ", absent)} not in the data");
            case DataCoverage.Partial:
                var notApplied = missing.Where(n => !indicator.Requires(n, options) && n.WithoutIt is not null);
                return new IndicatorCoverage(DataCoverage.Partial, string.Join("; ", notApplied.Select(n => $"{n.WithoutIt}: {What(n, held)} not in the data")));
            default:
                return new IndicatorCoverage(DataCoverage.Records, null);
        }
    }

    /// <summary>A missing need in words: the part with its fields when the part is not held, else the part with the fields not stated.</summary>
    private static string What(DataNeed need, HeldData held) =>
        held.Parts.HasFlag(need.Part) ? $"{ScorecardDataParts.Name(need.Part)} ({string.Join(", ", held.Unstated(need))})" : need.What;
}

using Reform.Indicators.Indicators;
using Reform.Indicators.Scorecards;
using Reform.Indicators.Scorecards.Indicators;
using Reform.Indicators.Units;

namespace Reform.Indicators.Cli;

/// <summary>
/// A unit's scorecard with what its data covers: the maximum of the indicators that have data, the
/// points over them, and the band — withheld when too little is covered.
/// </summary>
/// <param name="Card">The scorecard; an indicator without data has 0 points and is not applicable.</param>
/// <param name="CoveredMaxPoints">The sum of the maxima of the indicators with data.</param>
/// <param name="Band">The band of the total over 100, or null when the covered maximum is below <see cref="ScorecardRun.MinimumCoverage"/>.</param>
internal sealed record ScoredUnit(Scorecard Card, decimal CoveredMaxPoints, RatingBand? Band)
{
    /// <summary>The points that could not be earned for want of data.</summary>
    public decimal NoDataPoints => Card.MaxPoints - CoveredMaxPoints;

    /// <summary>The total rescaled to the indicators with data (total ÷ covered maximum × 100); null when nothing is covered.</summary>
    public decimal? TotalOverCovered => CoveredMaxPoints == 0 ? null : Card.Total / CoveredMaxPoints * Card.MaxPoints;
}

/// <summary>The scorecards of one <c>reform scorecard</c> run, with the rejected rows and the parts of the scorecard data the input held.</summary>
internal sealed record ScorecardRun(
    ReportingPeriod Period, IReadOnlyList<ScoredUnit> Units, IReadOnlyList<(string File, RowError Error)> Rejected, ScorecardDataPart Held)
{
    /// <summary>
    /// The band is withheld when the indicators with data are worth less than this many of the 100
    /// points (library choice: a band says how a unit did on the whole index; on less than half of it,
    /// it would say more about the data than the unit).
    /// </summary>
    public const decimal MinimumCoverage = 50m;

    private const string NotRead = "are not read from files";

    /// <summary>
    /// What the command's input, holding the parts <paramref name="held"/>, says about indicator
    /// <paramref name="code"/>: decided from the indicator's declared data (required parts missing:
    /// no data; an optional part that changes the rule missing: partial, noted). The command reads
    /// dossiers and, with <c>--procedures</c>, procedures; a code Decision 766 lacks is computed from the records.
    /// </summary>
    public static (DataCoverage Coverage, string? Note) CoverageOf(string code, ScorecardDataPart held)
    {
        if (Decision766Indicators.Find(code) is not { } indicator)
        {
            return (DataCoverage.Records, null);
        }
        var missing = indicator.Needs.Where(n => !held.HasFlag(n.Part)).ToArray();
        switch (indicator.CoverageIn(held))
        {
            case DataCoverage.None when !indicator.IsComputed:
                return (DataCoverage.None, "no data: the formula is not confirmed; no records score it");
            case DataCoverage.None:
                var unread = missing.Where(n => n.Required && n.Part != ScorecardDataPart.Procedures).ToArray();
                return (DataCoverage.None, unread.Length > 0 ? $"no data: {string.Join(" and ", unread.Select(n => n.What))} {NotRead}" : "no data: give --procedures");
            case DataCoverage.Partial:
                var notApplied = missing.Where(n => !n.Required && n.WithoutIt is not null);
                return (DataCoverage.Partial, string.Join("; ", notApplied.Select(n => $"{n.WithoutIt}: {n.What} {NotRead}")));
            default:
                return (DataCoverage.Records, null);
        }
    }

    /// <summary>
    /// Scores every unit of the hierarchy; an indicator the input holds no records for is "no data":
    /// 0/0 with a note, 0 points and not applicable (never scored by its zero-denominator policy), so
    /// the total over 100 counts only indicators with data; partial ones are noted. Ranks on the
    /// unrounded totals; the band is withheld below <see cref="MinimumCoverage"/> points of data.
    /// </summary>
    public static IReadOnlyList<ScoredUnit> Score(ScorecardData data, UnitHierarchy hierarchy, ReportingPeriod period)
    {
        var held = ScorecardDataParts.HeldBy(data);
        var computed = ScorecardCalculator.Score(data, hierarchy, period);
        var ranked = ScorecardCalculator.Rank(computed.Select(card =>
        {
            var inputs = card.Indicators.ToDictionary(i => i.Code, i =>
            {
                var (coverage, note) = CoverageOf(i.Code, held);
                return coverage switch
                {
                    DataCoverage.None => new IndicatorInput(0, 0, note),
                    DataCoverage.Partial => new IndicatorInput(i.Input.Numerator, i.Input.Denominator, note),
                    _ => i.Input,
                };
            }, StringComparer.Ordinal);
            var scored = ScorecardCalculator.FromInputs(card.Unit, period, card.Scope, inputs);
            var groups = scored.Groups.Select(g =>
            {
                var indicators = g.Indicators.Select(i => CoverageOf(i.Code, held).Coverage == DataCoverage.None
                    ? i with { Points = 0m, IsApplicable = false }
                    : i).ToArray();
                return g with { Indicators = indicators, Points = indicators.Sum(i => i.Points) };
            }).ToArray();
            decimal total = groups.Sum(g => g.Points);
            return scored with { Groups = groups, Total = total, Band = ScorecardOptions.Default.Bands.For(total) };
        }));
        return [.. ranked.Select(card =>
        {
            decimal covered = card.Indicators.Where(i => CoverageOf(i.Code, held).Coverage != DataCoverage.None).Sum(i => i.MaxPoints);
            return new ScoredUnit(card, covered, covered >= MinimumCoverage ? card.Band : null);
        })];
    }
}

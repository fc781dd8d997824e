using Reform.Indicators.Indicators;
using Reform.Indicators.Scorecards;

namespace Reform.Indicators.Cli;

/// <summary>
/// The scorecards of one <c>reform scorecard</c> run (<see cref="ScorecardCoverage.Score(ScorecardData, Units.UnitHierarchy, ReportingPeriod)"/>), with the
/// rejected rows and what the input held for each indicator.
/// </summary>
/// <param name="Period">The period scored.</param>
/// <param name="Units">Every unit's scorecard with its coverage, ranked.</param>
/// <param name="Rejected">The rows rejected while reading, with their files.</param>
/// <param name="Coverage">Each indicator's coverage by the input, by code.</param>
internal sealed record ScorecardRun(
    ReportingPeriod Period, IReadOnlyList<CoveredScorecard> Units, IReadOnlyList<(string File, RowError Error)> Rejected,
    IReadOnlyDictionary<string, IndicatorCoverage> Coverage)
{
    /// <summary>Scores <paramref name="data"/> and records each indicator's coverage.</summary>
    public static ScorecardRun Of(
        ScorecardData data, Units.UnitHierarchy hierarchy, ReportingPeriod period, IReadOnlyList<(string File, RowError Error)> rejected)
    {
        var cards = ScorecardCoverage.Score(data, hierarchy, period);
        var codes = cards.SelectMany(c => c.Card.Indicators).Select(i => i.Code).Distinct(StringComparer.Ordinal);
        return new ScorecardRun(period, cards, rejected, codes.ToDictionary(c => c, c => ScorecardCoverage.Of(c, data), StringComparer.Ordinal));
    }

    /// <summary>The coverage of indicator <paramref name="code"/>.</summary>
    public IndicatorCoverage CoverageOf(string code) => Coverage[code];
}

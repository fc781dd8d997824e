namespace Reform.Indicators.Scorecards;

/// <summary>
/// A unit's scorecard with what its data covers (docs/specification.md §14, "no data is not zero
/// denominator"): the maximum of the indicators that have data, the total rescaled to them, and the
/// band — withheld when the indicators with data are worth less than <see cref="ScorecardCoverage.MinimumCoverage"/> points.
/// </summary>
/// <param name="Card">The scorecard; an indicator without data has 0 points and is not applicable, and counts in <see cref="Scorecard.MaxPoints"/>.</param>
/// <param name="CoveredMaxPoints">The sum of the maxima of the indicators with data (0 to <see cref="Scorecard.MaxPoints"/>).</param>
/// <param name="Band">The band of the total over 100, or null when it is withheld.</param>
public sealed record CoveredScorecard(Scorecard Card, decimal CoveredMaxPoints, RatingBand? Band)
{
    /// <summary>The points that could not be earned for want of data: the maximum less <see cref="CoveredMaxPoints"/>.</summary>
    public decimal NoDataPoints => Card.MaxPoints - CoveredMaxPoints;

    /// <summary>The total rescaled to the indicators with data (total ÷ covered maximum × maximum); null when no indicator has data.</summary>
    public decimal? TotalOverCovered => CoveredMaxPoints == 0 ? null : Card.Total / CoveredMaxPoints * Card.MaxPoints;
}

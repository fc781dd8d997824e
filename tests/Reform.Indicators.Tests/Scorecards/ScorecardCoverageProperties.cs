using FsCheck.Xunit;
using Reform.Indicators.Indicators;
using Reform.Indicators.Scorecards;
using Reform.Indicators.Scorecards.Indicators;

namespace Reform.Indicators.Tests.Scorecards;

/// <summary>The laws of the scorecard over the data held (docs/specification.md §14, "no data is not zero denominator").</summary>
public class ScorecardCoverageProperties
{
    [Property(MaxTest = 100)]
    public void Score_GivesNoDataIndicatorsNothing_AndTheTotalsAndBandFollowTheCoveredPoints(ScorecardSample sample, ReportingPeriod period, byte removedBits)
    {
        if (period.Last < Decision766.InOperationFrom)
        {
            // Before the first layout no scorecard exists; the sample's records start in October 2021.
            period = ReportingPeriod.Between(Decision766.InOperationFrom, new NodaTime.LocalDate(2022, 12, 31));
        }
        var data = ScorecardDataParts.Without(sample.Data, (ScorecardDataPart)(removedBits & 63));
        var covered = ScorecardCoverage.Score(data, ScorecardSample.Hierarchy, period);
        var plain = ScorecardCalculator.Score(data, ScorecardSample.Hierarchy, period);
        Assert.Equal(plain.Select(c => c.Unit.Code).Order(), covered.Select(c => c.Card.Unit.Code).Order());
        foreach (var c in covered)
        {
            var plainCard = plain.Single(p => p.Unit.Code == c.Card.Unit.Code);
            decimal coveredMax = 0;
            foreach (var i in c.Card.Indicators)
            {
                var coverage = ScorecardCoverage.Of(i.Code, data);
                if (coverage.Coverage == DataCoverage.None)
                {
                    Assert.Equal(0m, i.Points);
                    Assert.False(i.IsApplicable);
                    Assert.StartsWith("no data: ", coverage.Note, StringComparison.Ordinal);
                }
                else
                {
                    coveredMax += i.MaxPoints;
                    // An indicator with data is scored exactly as the plain scorecard scores it.
                    var same = plainCard.Indicators.Single(p => p.Code == i.Code);
                    Assert.Equal(same.Points, i.Points);
                    Assert.Equal(coverage.Coverage == DataCoverage.Partial, coverage.Note is not null);
                }
            }
            Assert.Equal(coveredMax, c.CoveredMaxPoints);
            Assert.Equal(c.Card.Indicators.Sum(i => i.Points), c.Card.Total);
            Assert.Equal(c.Card.MaxPoints - coveredMax, c.NoDataPoints);
            Assert.Equal(coveredMax >= ScorecardCoverage.MinimumCoverage, c.Band is not null);
            if (c.TotalOverCovered is { } rescaled)
            {
                Assert.True(Math.Abs(rescaled * coveredMax - c.Card.Total * c.Card.MaxPoints) < 0.000001m, $"{rescaled} × {coveredMax} ≠ {c.Card.Total} × {c.Card.MaxPoints}");
            }
            else
            {
                Assert.Equal(0m, coveredMax);
            }
        }
    }

    [Fact]
    public void Of_NamesTheMissingPart_AndTheUnconfirmedFormula()
    {
        var onlyDossiers = new ScorecardData([]);
        var publications = Decision766Indicators.All.First(i => i.Needs.Any(n => n.Required && n.Part == ScorecardDataPart.Publications));
        var missing = publications.Needs.Where(n => n.Required && n.Part != ScorecardDataPart.Dossiers).Select(n => n.What);
        Assert.Equal(
            new IndicatorCoverage(DataCoverage.None, $"no data: {string.Join(" and ", missing)} not in the data"),
            ScorecardCoverage.Of(publications.Code, onlyDossiers));
        Assert.StartsWith("no data: publication decisions", ScorecardCoverage.Of(publications.Code, onlyDossiers).Note, StringComparison.Ordinal);
        Assert.Equal(new IndicatorCoverage(DataCoverage.None, "no data: the formula is not confirmed; no records score it"), ScorecardCoverage.Of("4.6", onlyDossiers));
        Assert.Equal(new IndicatorCoverage(DataCoverage.Records, null), ScorecardCoverage.Of("not-a-766-code", onlyDossiers));
    }
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Reform.Indicators.Indicators;
using Reform.Indicators.Scorecards;
using Reform.Indicators.Units;

namespace Reform.Indicators.Tests.Scorecards;

/// <summary>The laws of the scorecard: points, totals, ranks, scope and periods.</summary>
public class ScorecardProperties
{
    private static readonly string[] CountingIndicators = ["1.4", "2.1", "3.3", "3.6", "4.1", "4.2", "4.3", "4.4", "4.5b", "5.1", "5.2", "5.3"];
    private static readonly string[] ReceivedInPeriodIndicators = ["1.4", "3.3", "3.6", "4.2", "4.3", "4.4", "4.5b", "5.1"];

    [Property]
    public void Score_PointsLieBetweenZeroAndMax(IndicatorInput input)
    {
        foreach (var indicator in Decision766.Indicators)
        {
            var score = indicator.Score(input);
            Assert.InRange(score.Points, 0m, indicator.MaxPoints);
        }
    }

    [Property]
    public void Score_NeverFallsWhenTheNumeratorRises(IndicatorInput input, PositiveInt extra)
    {
        var better = new IndicatorInput(input.Numerator + extra.Get, input.Denominator);
        foreach (var indicator in Decision766.Indicators)
        {
            Assert.True(indicator.Score(better).Points >= indicator.Score(input).Points, $"{indicator.Code}: {input} -> {better}");
        }
    }

    [Property]
    public void Score_IsFullAtOrAboveTheThreshold(IndicatorInput input)
    {
        foreach (var indicator in Decision766.Indicators)
        {
            var score = indicator.Score(input);
            if (input.Ratio is { } ratio && ratio >= (indicator.FullPointsAt ?? 1m))
            {
                Assert.Equal(indicator.MaxPoints, score.Points);
            }
            else if (input.Ratio is { } below && indicator.MaxPoints > 0)
            {
                Assert.True(score.Points < indicator.MaxPoints, $"{indicator.Code}: {below} is below the threshold");
            }
        }
    }

    [Property(MaxTest = 60)]
    public void Score_TotalIsTheSumOfGroupsAndOfIndicators_AtMost100(ScorecardSample sample, ReportingPeriod period)
    {
        foreach (var card in ScorecardCalculator.Score(sample.Data, ScorecardSample.Hierarchy, ClampToCatalogue(period), ScorecardSample.Options))
        {
            Assert.Equal(card.Total, card.Groups.Sum(g => g.Points));
            Assert.Equal(card.Total, card.Indicators.Sum(i => i.Points));
            foreach (var group in card.Groups)
            {
                Assert.Equal(group.Points, group.Indicators.Sum(i => i.Points));
                Assert.InRange(group.Points, 0m, group.MaxPoints);
            }
            Assert.InRange(card.Total, 0m, 100m);
            Assert.Equal(card.Band, Decision766.Bands.For(card.Total));
        }
    }

    [Property(MaxTest = 60)]
    public void Score_RanksAgreeWithUnroundedTotals(ScorecardSample sample, ReportingPeriod period)
    {
        var cards = ScorecardCalculator.Score(sample.Data, ScorecardSample.Hierarchy, ClampToCatalogue(period), ScorecardSample.Options);
        foreach (var peers in cards.GroupBy(c => c.Unit.Level))
        {
            foreach (var card in peers)
            {
                Assert.Equal(1 + peers.Count(other => other.Total > card.Total), card.Rank);
                Assert.Equal(peers.Count(), card.Peers);
            }
        }
    }

    [Property]
    public void Competition_TiesShareARank_AndTheOrderOfInputDoesNotMatter(int[] raw, int seed)
    {
        var scores = raw.Select(r => (decimal)(Math.Abs(r % 6)) / 3).ToArray(); // few distinct values: many ties
        var ranks = Ranking.Competition(scores);
        var shuffled = Enumerable.Range(0, scores.Length).OrderBy(i => HashCode.Combine(i, seed)).ToArray();
        var shuffledRanks = Ranking.Competition(shuffled.Select(i => scores[i]).ToArray());
        for (int i = 0; i < scores.Length; i++)
        {
            Assert.Equal(ranks[shuffled[i]], shuffledRanks[i]);
            Assert.Equal(1 + scores.Count(s => s > scores[i]), ranks[i]);
            for (int j = 0; j < scores.Length; j++)
            {
                Assert.Equal(scores[i] == scores[j], ranks[i] == ranks[j]);
                Assert.Equal(scores[i] > scores[j], ranks[i] < ranks[j]);
            }
        }
    }

    [Property(MaxTest = 80)]
    public void Inputs_OfAProvinceOrMinistry_AreTheSumsOverItsScope(ScorecardSample sample, ReportingPeriod period)
    {
        var hierarchy = ScorecardSample.Hierarchy;
        var ownOnly = ScorecardSample.Options with
        {
            Scope = GovernmentLevels.All.ToDictionary(l => l, _ => ScopeRule.OwnRecords),
        };
        foreach (var (code, scope) in new[] { ("01", new[] { "01", "001", "002", "00004", "00007", "00010" }), ("BTP", ["BTP", "BTP-01"]), ("79", ["79", "00020"]) })
        {
            Assert.Equal(scope.Order(StringComparer.Ordinal), ScorecardCalculator.Scope(hierarchy, code, ScorecardSample.Options).Order(StringComparer.Ordinal));
            var pooled = ScorecardCalculator.Inputs(sample.Data, hierarchy, code, period, ScorecardSample.Options);
            // Each member's own records, counted as if the member were a unit of its own (the branch as its ministry).
            var parts = scope.Select(member => ScorecardCalculator.Inputs(Relabel(sample.Data, member, code == "BTP" ? "BTP" : member), hierarchy, code == "BTP" ? "BTP" : member, period, ownOnly)).ToArray();
            foreach (var indicator in CountingIndicators)
            {
                Assert.Equal(pooled[indicator].Numerator, parts.Sum(p => p[indicator].Numerator));
                Assert.Equal(pooled[indicator].Denominator, parts.Sum(p => p[indicator].Denominator));
            }
        }
    }

    [Property(MaxTest = 80)]
    public void Inputs_OfTwoAdjacentPeriods_AddUpToTheUnionForCountsOfReceivedRecords(ScorecardSample sample, PositiveInt a, PositiveInt b)
    {
        var first = new LocalDate(2021, 11, 1);
        var middle = first.PlusDays(a.Get % 300);
        var last = middle.PlusDays(1 + (b.Get % 200));
        foreach (var unit in new[] { "01", "00004", "BTP" })
        {
            var union = ScorecardCalculator.Inputs(sample.Data, ScorecardSample.Hierarchy, unit, ReportingPeriod.Between(first, last), ScorecardSample.Options);
            var before = ScorecardCalculator.Inputs(sample.Data, ScorecardSample.Hierarchy, unit, ReportingPeriod.Between(first, middle), ScorecardSample.Options);
            var after = ScorecardCalculator.Inputs(sample.Data, ScorecardSample.Hierarchy, unit, ReportingPeriod.Between(middle.PlusDays(1), last), ScorecardSample.Options);
            foreach (var indicator in ReceivedInPeriodIndicators)
            {
                Assert.Equal(union[indicator].Numerator, before[indicator].Numerator + after[indicator].Numerator);
                Assert.Equal(union[indicator].Denominator, before[indicator].Denominator + after[indicator].Denominator);
            }
        }
    }

    /// <summary>The records of <paramref name="member"/> only, under the code <paramref name="asCode"/>.</summary>
    private static ScorecardData Relabel(ScorecardData data, string member, string asCode)
    {
        bool Keep(string unit) => unit == member;
        return data with
        {
            Dossiers = [.. data.Dossiers.Where(d => Keep(d.UnitCode)).Select(d => new global::Reform.Indicators.Dossiers.Dossier(
                d.Id, asCode, d.ProcedureCode, d.Channel, d.ReceivedAt, d.Due, d.Status, d.FinishedAt, d.SupplementRequests, d.SupplementRequestedAt)
            {
                ReturnedAt = d.ReturnedAt, UpdatedAt = d.UpdatedAt, ReceivingUnitCode = d.ReceivingUnitCode,
                ResultElectronic = d.ResultElectronic, ProcedureOnlineLevel = d.ProcedureOnlineLevel,
            })],
            Petitions = [.. data.Petitions.Where(p => Keep(p.UnitCode)).Select(p => p with { UnitCode = asCode })],
            Publications = [.. data.Publications.Where(p => Keep(p.UnitCode)).Select(p => p with { UnitCode = asCode })],
        };
    }

    private static ReportingPeriod ClampToCatalogue(ReportingPeriod period) =>
        period.Last < Decision766.InOperationFrom ? ReportingPeriod.Between(period.First, Decision766.InOperationFrom) : period;
}

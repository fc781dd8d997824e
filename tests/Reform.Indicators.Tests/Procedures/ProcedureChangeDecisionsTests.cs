using FsCheck.Xunit;
using NodaTime;
using Reform.Indicators.Procedures;

namespace Reform.Indicators.Tests.Procedures;

public class ProcedureChangeDecisionsTests
{
    private static readonly DateInterval Year2022 = new(new LocalDate(2022, 1, 1), new LocalDate(2022, 12, 31));

    private static ProcedureChangeDecision Decision(int number, LocalDate date, params ProcedureChangeKind[] kinds) =>
        new($"{number}/QĐ-BTP", date, "BTP", kinds.Select((k, i) => new ProcedureChange($"1.{number:0000}{i:00}", k)));

    [Fact]
    public void CountIn_2022_CountsTheReviewFigure_AndChangesByKind()
    {
        // 2,358 decisions in 2022 (the 2022 review), one on each edge of the year, plus decisions just outside it.
        var decisions = new List<ProcedureChangeDecision>();
        for (int i = 0; i < 2358; i++)
        {
            var kind = (ProcedureChangeKind)(i % 4);
            var date = i == 0 ? Year2022.Start : i == 1 ? Year2022.End : Year2022.Start.PlusDays(i % 365);
            decisions.Add(i % 10 == 0 ? Decision(i, date, kind, ProcedureChangeKind.Abolished) : Decision(i, date, kind));
        }
        decisions.Add(Decision(9001, new LocalDate(2021, 12, 31), ProcedureChangeKind.New));
        decisions.Add(Decision(9002, new LocalDate(2023, 1, 1), ProcedureChangeKind.New));

        Assert.Equal(2358, ProcedureChangeDecisions.CountIn(decisions, Year2022));
        var counts = ProcedureChangeDecisions.CountChanges(decisions, Year2022);
        Assert.Equal(new ProcedureChangeCounts(New: 590, Amended: 590, Replaced: 589, Abolished: 589 + 236), counts);
        Assert.Equal(2358 + 236, counts.Total);
        Assert.Equal(590, counts[ProcedureChangeKind.New]);
    }

    [Fact]
    public void CountIn_TheSameDecisionTwice_IsRejected()
    {
        var decision = Decision(1, new LocalDate(2022, 5, 1), ProcedureChangeKind.New);
        var error = Assert.Throws<ArgumentException>(() => ProcedureChangeDecisions.CountIn([decision, decision], Year2022));
        Assert.Contains("Decision 1/QĐ-BTP of BTP is given more than once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decision_ProcedureListedTwice_IsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new ProcedureChangeDecision("5/QĐ-UBND", new LocalDate(2022, 1, 1), "01",
            [new ProcedureChange("1.004227", ProcedureChangeKind.Amended), new ProcedureChange("1.004227", ProcedureChangeKind.Abolished)]));
        Assert.Contains("Decision 5/QĐ-UBND lists procedure 1.004227 more than once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decision_WithoutChanges_IsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new ProcedureChangeDecision("6/QĐ-UBND", new LocalDate(2022, 1, 1), "01", []));
        Assert.Contains("Decision 6/QĐ-UBND announces no procedure change", error.Message, StringComparison.Ordinal);
    }

    [Property]
    public void Counts_SplittingThePeriod_AddUp(DecisionsSample sample)
    {
        var period = sample.Period;
        var first = new DateInterval(period.Start, period.Start.PlusDays(sample.Split));
        long decisions = ProcedureChangeDecisions.CountIn(sample.Decisions, first);
        var changes = ProcedureChangeDecisions.CountChanges(sample.Decisions, first);
        if (first.End < period.End)
        {
            var second = new DateInterval(first.End.PlusDays(1), period.End);
            decisions += ProcedureChangeDecisions.CountIn(sample.Decisions, second);
            changes += ProcedureChangeDecisions.CountChanges(sample.Decisions, second);
        }
        Assert.Equal(ProcedureChangeDecisions.CountIn(sample.Decisions, period), decisions);
        Assert.Equal(ProcedureChangeDecisions.CountChanges(sample.Decisions, period), changes);
        var inPeriod = sample.Decisions.Where(d => period.Contains(d.Date)).ToList();
        Assert.Equal(inPeriod.Count, decisions);
        Assert.Equal(inPeriod.Sum(d => d.Changes.Count), changes.Total);
    }
}

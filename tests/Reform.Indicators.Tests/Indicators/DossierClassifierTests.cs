using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Tests.Indicators;

/// <summary>Every rule of docs/specification.md §4, one example each.</summary>
public class DossierClassifierTests
{
    private static readonly ReportingPeriod Year2022 = ReportingPeriod.Year(2022);

    private static LocalDateTime At(string text) => VietnamTime.Parse(text);

    private static Dossier Make(
        string received, string due, DossierStatus status, string? finished = null, int requests = 0, string? requested = null,
        DossierChannel channel = DossierChannel.Online) =>
        new("HS1", "01", "1.004227", channel, At(received), due.Length == 10 ? VietnamTime.EndOf(At(due).Date) : At(due), status,
            finished is null ? null : At(finished), requests, requested is null ? null : At(requested));

    private static DossierClass Classify(Dossier dossier, ClassificationPolicy? policy = null) =>
        DossierClassifier.Classify(dossier, Year2022, policy);

    [Fact]
    public void Classify_FinishedExactlyAtDueTime_IsOnTime() =>
        Assert.Equal(new DossierClass(DossierScope.Received, DossierOutcome.Resolved, Timeliness.OnTime),
            Classify(Make("2022-03-01T08:00", "2022-03-10T16:00", DossierStatus.Completed, "2022-03-10T16:00")));

    [Fact]
    public void Classify_FinishedOneMinuteAfterDueTime_IsLate() =>
        Assert.Equal(Timeliness.Late, Classify(Make("2022-03-01T08:00", "2022-03-10T16:00", DossierStatus.Completed, "2022-03-10T16:01")).Timeliness);

    [Fact]
    public void Classify_DateOnlyDue_MeansEndOfThatDate()
    {
        Assert.Equal(Timeliness.OnTime, Classify(Make("2022-03-01T08:00", "2022-03-10", DossierStatus.Completed, "2022-03-10T23:59:59")).Timeliness);
        Assert.Equal(Timeliness.Late, Classify(Make("2022-03-01T08:00", "2022-03-10", DossierStatus.Completed, "2022-03-11T00:00")).Timeliness);
    }

    [Fact]
    public void Classify_SameDayAsDueButEarlierTime_IsOnTimeNotEarly() =>
        Assert.Equal(Timeliness.OnTime, Classify(Make("2022-03-01T08:00", "2022-03-10T16:00", DossierStatus.Completed, "2022-03-10T08:00")).Timeliness);

    [Fact]
    public void Classify_DayBeforeDueDate_IsEarly() =>
        Assert.Equal(Timeliness.Early, Classify(Make("2022-03-01T08:00", "2022-03-10T16:00", DossierStatus.Refused, "2022-03-09T17:30")).Timeliness);

    [Fact]
    public void Classify_TwoSupplementRequests_IsLateEvenWhenEarly_UnlessPolicyOff()
    {
        var dossier = Make("2022-03-01T08:00", "2022-03-10T16:00", DossierStatus.Completed, "2022-03-05T08:00", requests: 2, requested: "2022-03-03T08:00");
        Assert.Equal(Timeliness.Late, Classify(dossier).Timeliness);
        Assert.Equal(Timeliness.Early, Classify(dossier, new ClassificationPolicy { MultipleSupplementRequestsAreLate = false }).Timeliness);
        // One request is allowed.
        var once = Make("2022-03-01T08:00", "2022-03-10T16:00", DossierStatus.Completed, "2022-03-05T08:00", requests: 1, requested: "2022-03-03T08:00");
        Assert.Equal(Timeliness.Early, Classify(once).Timeliness);
    }

    [Fact]
    public void Classify_AwaitingSupplementAtPeriodEnd_ClockStopsAtTheRequest()
    {
        // Due 20 Dec, asked to supplement on 15 Dec, still waiting on 31 Dec: not yet due.
        var waiting = Make("2022-12-01T08:00", "2022-12-20T17:00", DossierStatus.AwaitingSupplement, requests: 1, requested: "2022-12-15T09:00");
        Assert.Equal(new DossierClass(DossierScope.Received, DossierOutcome.Open, Timeliness.NotYetDue), Classify(waiting));
        // Asked after the due time: the clock stopped too late.
        var late = Make("2022-12-01T08:00", "2022-12-20T17:00", DossierStatus.AwaitingSupplement, requests: 1, requested: "2022-12-21T09:00");
        Assert.Equal(Timeliness.Overdue, Classify(late).Timeliness);
    }

    [Fact]
    public void Classify_AwaitingSupplementRequestedAfterPeriodEnd_ClockIsPeriodEnd()
    {
        var dossier = Make("2022-12-01T08:00", "2022-12-20T17:00", DossierStatus.AwaitingSupplement, requests: 1, requested: "2023-01-03T09:00");
        Assert.Equal(Timeliness.Overdue, Classify(dossier).Timeliness);
        var notDue = Make("2022-12-01T08:00", "2023-01-20T17:00", DossierStatus.AwaitingSupplement, requests: 1, requested: "2023-01-03T09:00");
        Assert.Equal(Timeliness.NotYetDue, Classify(notDue).Timeliness);
    }

    [Fact]
    public void Classify_ProcessingPastDueAtPeriodEnd_IsOverdue() =>
        Assert.Equal(new DossierClass(DossierScope.Received, DossierOutcome.Open, Timeliness.Overdue),
            Classify(Make("2022-12-01T08:00", "2022-12-20T17:00", DossierStatus.Processing)));

    [Fact]
    public void Classify_FinalStatusAfterPeriodEnd_CountsAsOpenAtEnd() =>
        Assert.Equal(new DossierClass(DossierScope.Received, DossierOutcome.Open, Timeliness.NotYetDue),
            Classify(Make("2022-12-20T08:00", "2023-01-10T17:00", DossierStatus.Completed, "2023-01-05T10:00")));

    [Theory]
    [InlineData(DossierStatus.Withdrawn, DossierOutcome.Withdrawn)]
    [InlineData(DossierStatus.Stopped, DossierOutcome.Stopped)]
    [InlineData(DossierStatus.Refused, DossierOutcome.Resolved)]
    public void Classify_FinalStatuses_HaveTheirOutcome(DossierStatus status, DossierOutcome outcome) =>
        Assert.Equal(outcome, Classify(Make("2022-05-02T08:00", "2022-05-20T17:00", status, "2022-05-10T10:00")).Outcome);

    [Fact]
    public void Classify_ReceivedBeforeAndFinishedInPeriod_IsCarriedOver() =>
        Assert.Equal(new DossierClass(DossierScope.CarriedOver, DossierOutcome.Resolved, Timeliness.Early),
            Classify(Make("2021-12-20T08:00", "2022-01-10T17:00", DossierStatus.Completed, "2022-01-05T10:00")));

    [Fact]
    public void Classify_FinishedOnFirstDayOfPeriod_IsCarriedOverNotOutOfScope() =>
        Assert.True(Classify(Make("2021-12-20T08:00", "2022-01-10T17:00", DossierStatus.Completed, "2022-01-01T00:00")).InScope);

    [Fact]
    public void Classify_FinishedBeforePeriod_IsOutOfScope() =>
        Assert.False(Classify(Make("2021-12-01T08:00", "2021-12-10T17:00", DossierStatus.Completed, "2021-12-31T23:59")).InScope);

    [Fact]
    public void Classify_ReceivedAfterPeriod_IsOutOfScope() =>
        Assert.Equal(default, Classify(Make("2023-01-01T00:00", "2023-01-10T17:00", DossierStatus.Processing)));

    [Fact]
    public void Classify_ReceivedLongBeforeAndStillOpen_IsCarriedOverAndOverdue() =>
        Assert.Equal(new DossierClass(DossierScope.CarriedOver, DossierOutcome.Open, Timeliness.Overdue),
            Classify(Make("2020-06-01T08:00", "2020-06-20T17:00", DossierStatus.Processing)));

    [Fact]
    public void Count_SmallExample_GivesEveryCountAndRate()
    {
        Dossier[] dossiers =
        [
            Make("2022-03-01T08:00", "2022-03-10T16:00", DossierStatus.Completed, "2022-03-05T08:00", channel: DossierChannel.Online),   // early
            Make("2022-03-01T08:00", "2022-03-10T16:00", DossierStatus.Completed, "2022-03-10T15:00", channel: DossierChannel.Direct),   // on time
            Make("2022-03-01T08:00", "2022-03-10T16:00", DossierStatus.Refused, "2022-03-11T08:00", channel: DossierChannel.Postal),     // late
            Make("2022-03-01T08:00", "2022-03-10T16:00", DossierStatus.Withdrawn, "2022-03-04T08:00", channel: DossierChannel.Online),   // withdrawn, early
            Make("2021-12-01T08:00", "2021-12-10T16:00", DossierStatus.Stopped, "2022-01-04T08:00", channel: DossierChannel.Online),    // carried over, stopped, late
            Make("2022-12-20T08:00", "2023-01-10T16:00", DossierStatus.Processing, channel: DossierChannel.Online),                      // open, not due
            Make("2022-11-20T08:00", "2022-12-10T16:00", DossierStatus.Processing, channel: DossierChannel.Direct),                      // open, overdue
        ];
        var counts = DossierIndicators.Count(dossiers, Year2022);
        var expected = new DossierCounts(
            carriedOver: 1, receivedOnline: 3, receivedDirect: 2, receivedPostal: 1, resolvedEarly: 1, resolvedOnTime: 1, resolvedLate: 1,
            withdrawn: 1, stopped: 1, openNotDue: 1, openOverdue: 1, handledOnTime: 4);
        Assert.Equal(expected, counts);
        Assert.Equal(
            (7L, 1L, 6L, 3L, 2L, 1L, 3L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 4L),
            (counts.InScope, counts.CarriedOver, counts.Received, counts.ReceivedOnline, counts.ReceivedDirect, counts.ReceivedPostal,
             counts.Resolved, counts.ResolvedEarly, counts.ResolvedOnTime, counts.ResolvedLate, counts.Withdrawn, counts.Stopped,
             counts.OpenNotDue, counts.OpenOverdue, counts.HandledOnTime));
        Assert.Equal("66.67% (2/3)", counts.OnTimeResolution.ToString());
        Assert.Equal("57.14% (4/7)", counts.OnTimeHandling.ToString());
        Assert.Equal("50.00% (3/6)", counts.Online.ToString());
    }

    [Fact]
    public void Count_Empty_IsZeroWithNoRates()
    {
        var counts = DossierIndicators.Count([], Year2022);
        Assert.Equal(default, counts);
        Assert.False(counts.OnTimeResolution.HasValue);
    }

    private static DossierCounts Direct(long received) => new(
        carriedOver: 0, receivedOnline: 0, receivedDirect: received, receivedPostal: 0, resolvedEarly: 0, resolvedOnTime: 0, resolvedLate: 0,
        withdrawn: 0, stopped: 0, openNotDue: received, openOverdue: 0, handledOnTime: received);

    [Fact]
    public void Add_Overflow_Throws() =>
        Assert.Throws<OverflowException>(() => Direct(long.MaxValue) + Direct(1));

    [Theory]
    [InlineData(-1, 0, 0, 0)]  // a negative count
    [InlineData(0, 1, 0, 0)]   // received 1, but no outcome
    [InlineData(1, 0, 0, 0)]   // carried over 1, but no outcome
    [InlineData(0, 1, 2, 0)]   // received 1, 2 open
    [InlineData(0, 1, 1, 2)]   // handled on time 2 of 1
    public void Constructor_InconsistentCounts_Throws(long carriedOver, long received, long openNotDue, long handledOnTime) =>
        Assert.Throws<ArgumentException>(() => new DossierCounts(
            carriedOver, 0, received, 0, 0, 0, 0, 0, 0, openNotDue, 0, handledOnTime));
}

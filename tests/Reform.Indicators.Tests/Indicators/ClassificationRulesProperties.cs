using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Columnar;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Tests.Indicators;

/// <summary>
/// The truth tables of the classification rules of <see cref="DossierClassifier"/>
/// (docs/specification.md §4), the agreement of their time representations, and the columnar
/// flags as a lossless store of the classifier's facts.
/// </summary>
public class ClassificationRulesProperties
{
    private static readonly ClassificationPolicy Lenient = new() { MultipleSupplementRequestsAreLate = false };

    /// <summary>Every combination of facts: 6 statuses × 2⁴.</summary>
    public static TheoryData<DossierStatus, bool, bool, bool, bool> AllFacts()
    {
        var data = new TheoryData<DossierStatus, bool, bool, bool, bool>();
        foreach (var status in Enum.GetValues<DossierStatus>())
        {
            for (int bits = 0; bits < 16; bits++)
            {
                data.Add(status, (bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AllFacts))]
    public void Decisions_HaveTheirTruthTable(DossierStatus status, bool finishedAfterDue, bool beforeDueDate, bool requestedAfterDue, bool tooMany)
    {
        var facts = new DossierFacts(status, finishedAfterDue, beforeDueDate, requestedAfterDue, tooMany);
        foreach (var (policy, manyAreLate) in new[] { (ClassificationPolicy.Default, true), (Lenient, false) })
        {
            // Finished: late on too many requests (policy) or after the due time; early on a date before the due date; else on time.
            var expected = (manyAreLate && tooMany) || finishedAfterDue ? Timeliness.Late : beforeDueDate ? Timeliness.Early : Timeliness.OnTime;
            Assert.Equal(expected, DossierClassifier.FinishedTimeliness(facts, policy));
            foreach (bool endPastDue in new[] { false, true })
            {
                // Open: overdue on too many requests (policy), or past due unless awaiting a request made by the due time.
                bool overdue = (manyAreLate && tooMany) || (endPastDue && !(status == DossierStatus.AwaitingSupplement && !requestedAfterDue));
                Assert.Equal(overdue, DossierClassifier.OverdueAtEnd(facts, endPastDue, policy));
            }
        }
        var outcome = status switch
        {
            DossierStatus.Withdrawn => DossierOutcome.Withdrawn,
            DossierStatus.Stopped => DossierOutcome.Stopped,
            _ => DossierOutcome.Resolved,
        };
        Assert.Equal(outcome, DossierClassifier.Outcome(status));
        foreach (var channel in Enum.GetValues<DossierChannel>())
        {
            int flag = DossierTable.Flag(channel, facts);
            Assert.InRange(flag, 0, DossierTable.FlagCombinations - 1);
            Assert.Equal(facts, DossierTable.Facts(flag));
        }
    }

    [Property]
    public void TooManyRequests_IsMoreThanOne(NonNegativeInt requests) =>
        Assert.Equal(requests.Get > 1, DossierClassifier.TooManyRequests(requests.Get));

    [Property]
    public void Facts_OnTicksAndDayNumbers_EqualFacts_OnLocalDateTime(Dossier[] dossiers)
    {
        static long Ticks(LocalDateTime t) => t.TimeOfDay == LocalTime.MaxValue
            ? t.Date.PlusDays(1).AtMidnight().ToDateTimeUnspecified().Ticks - 1 // the end of a day as its last tick, as the fast readers hold it
            : t.ToDateTimeUnspecified().Ticks;
        foreach (var dossier in dossiers)
        {
            var finished = dossier.FinishedAt.GetValueOrDefault();
            var requested = dossier.SupplementRequestedAt.GetValueOrDefault();
            var onTicks = DossierClassifier.Facts(
                dossier.Status, dossier.SupplementRequests, Ticks(dossier.Due), DayNumber.Of(dossier.Due.Date),
                Ticks(finished), DayNumber.Of(finished.Date), Ticks(requested));
            Assert.Equal(DossierClassifier.Facts(dossier), onTicks);
        }
    }
}

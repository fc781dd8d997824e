using NodaTime;
using Reform.Indicators.Dossiers;

namespace Reform.Indicators.Indicators;

/// <summary>Classifies a dossier for a period (docs/specification.md §4): the readable specification of the counts.</summary>
public static class DossierClassifier
{
    /// <summary>How <paramref name="dossier"/> counts in <paramref name="period"/>.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="period">The period.</param>
    /// <param name="policy">The classification policy; <see cref="ClassificationPolicy.Default"/> when null.</param>
    /// <remarks>
    /// <para><b>Scope.</b> Received in the period; or carried over: received before its first date and
    /// not finished before it. Otherwise out of scope.</para>
    /// <para><b>Finished in the period</b> (final status, finish date in the period): late when more
    /// than one supplementation was requested (policy) or it finished after its due time; else
    /// early when it finished on a date before the due date; else on time. A final status with a
    /// finish date after the period counts as open at the period's end.</para>
    /// <para><b>Open at the end E</b>: the clock stops at the supplementation request when the
    /// status is awaiting supplementation and that request is at or before E, else at E; overdue
    /// when more than one supplementation was requested (policy) or the clock is past the due
    /// time; else not yet due.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="dossier"/> or <paramref name="period"/> is null.</exception>
    public static DossierClass Classify(Dossier dossier, ReportingPeriod period, ClassificationPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(period);
        bool multipleRequestsLate = (policy ?? ClassificationPolicy.Default).MultipleSupplementRequestsAreLate;
        bool tooManyRequests = multipleRequestsLate && dossier.SupplementRequests > 1;

        LocalDate received = dossier.ReceivedAt.Date;
        LocalDate? finished = dossier.FinishedAt?.Date;
        DossierScope scope;
        if (received > period.Last || (finished is { } f && f < period.First))
        {
            return default;
        }
        scope = received < period.First ? DossierScope.CarriedOver : DossierScope.Received;

        if (dossier.FinishedAt is { } finishedAt && finishedAt.Date <= period.Last)
        {
            var outcome = dossier.Status switch
            {
                DossierStatus.Withdrawn => DossierOutcome.Withdrawn,
                DossierStatus.Stopped => DossierOutcome.Stopped,
                _ => DossierOutcome.Resolved,
            };
            var timeliness = tooManyRequests || finishedAt > dossier.Due ? Timeliness.Late
                : finishedAt.Date < dossier.Due.Date ? Timeliness.Early
                : Timeliness.OnTime;
            return new DossierClass(scope, outcome, timeliness);
        }

        LocalDateTime end = period.End;
        LocalDateTime clock = dossier.Status == DossierStatus.AwaitingSupplement && dossier.SupplementRequestedAt is { } requested && requested <= end
            ? requested
            : end;
        return new DossierClass(scope, DossierOutcome.Open, tooManyRequests || clock > dossier.Due ? Timeliness.Overdue : Timeliness.NotYetDue);
    }
}

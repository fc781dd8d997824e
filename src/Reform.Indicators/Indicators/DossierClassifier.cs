using System.Runtime.CompilerServices;
using NodaTime;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Procedures;

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
        policy ??= ClassificationPolicy.Default;

        LocalDate received = dossier.ReceivedAt.Date;
        LocalDate? finished = dossier.FinishedAt?.Date;
        if (received > period.Last || (finished is { } f && f < period.First))
        {
            return default;
        }
        var scope = received < period.First ? DossierScope.CarriedOver : DossierScope.Received;
        var facts = Facts(dossier);
        if (finished is { } finishDate && finishDate <= period.Last)
        {
            return new DossierClass(scope, Outcome(dossier.Status), FinishedTimeliness(facts, policy));
        }
        bool overdue = OverdueAtEnd(facts, PastDue(period.End, dossier.Due), policy);
        return new DossierClass(scope, DossierOutcome.Open, overdue ? Timeliness.Overdue : Timeliness.NotYetDue);
    }

    // The rules below are the classification, each written once. The record path above, the
    // columnar table (which stores the facts as flags and tabulates the decisions for every flag
    // combination) and the fast file readers (which make the facts on ticks) all use them.

    /// <summary>
    /// Decision 766/QĐ-TTg: more than one supplementation request makes a dossier late (finished)
    /// or overdue (open), whatever its dates — when <see cref="ClassificationPolicy.MultipleSupplementRequestsAreLate"/>.
    /// </summary>
    internal static bool TooManyRequests(int supplementRequests) => supplementRequests > 1;

    /// <summary>A time is past the due time: strictly after it (finishing at the due time is on time).</summary>
    /// <typeparam name="T">The time representation: <see cref="LocalDateTime"/>, or ticks of civil time.</typeparam>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool PastDue<T>(T time, T due)
        where T : struct, IComparable<T> => time.CompareTo(due) > 0;

    /// <summary>A finish is early when its date is before the due date (docs/specification.md §4).</summary>
    /// <typeparam name="TDate">The date representation: <see cref="LocalDate"/>, or day numbers.</typeparam>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool BeforeDueDate<TDate>(TDate finishDate, TDate dueDate)
        where TDate : struct, IComparable<TDate> => finishDate.CompareTo(dueDate) < 0;

    /// <summary>
    /// The period-independent facts of a dossier from its fields in any time representation; a
    /// finish is read only when the status is final, a request only when awaiting supplementation.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static DossierFacts Facts<T, TDate>(
        DossierStatus status, int supplementRequests, T due, TDate dueDate, T finishedAt, TDate finishDate, T requestedAt)
        where T : struct, IComparable<T>
        where TDate : struct, IComparable<TDate>
    {
        bool final = status.IsFinal();
        return new DossierFacts(
            status,
            final && PastDue(finishedAt, due),
            final && BeforeDueDate(finishDate, dueDate),
            status == DossierStatus.AwaitingSupplement && PastDue(requestedAt, due),
            TooManyRequests(supplementRequests));
    }

    /// <summary>The facts of <paramref name="dossier"/>.</summary>
    internal static DossierFacts Facts(Dossier dossier)
    {
        var finishedAt = dossier.FinishedAt.GetValueOrDefault();
        return Facts(dossier.Status, dossier.SupplementRequests, dossier.Due, dossier.Due.Date, finishedAt, finishedAt.Date,
            dossier.SupplementRequestedAt.GetValueOrDefault());
    }

    /// <summary>
    /// docs/specification.md §10.2: a dossier is received elsewhere when its receiving unit is named and
    /// differs from its competent unit, both trimmed (the caller trims, in its representation), case-sensitive.
    /// </summary>
    /// <typeparam name="T">UTF-16 or UTF-8 code units.</typeparam>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool ReceivedElsewhere<T>(ReadOnlySpan<T> trimmedUnit, ReadOnlySpan<T> trimmedReceivingUnit)
        where T : IEquatable<T> => !trimmedReceivingUnit.IsEmpty && !trimmedReceivingUnit.SequenceEqual(trimmedUnit);

    /// <summary>
    /// The optional facts of docs/specification.md §10.2–10.3 as flags: the receiving unit named and
    /// elsewhere, <c>result_electronic</c> stated and true, the procedure's online level on the receipt
    /// date known and <c>full</c>. A fact is set only with the data that states it.
    /// </summary>
    /// <param name="receivingUnitNamed">The row names a receiving unit.</param>
    /// <param name="receivedElsewhere">It is not the competent unit (<see cref="ReceivedElsewhere{T}"/>).</param>
    /// <param name="resultElectronic"><c>result_electronic</c>; null when not stated.</param>
    /// <param name="onlineLevel">The procedure's online level in force on the receipt date; null when no procedures file gives it.</param>
    internal static DossierExtras Extras(bool receivingUnitNamed, bool receivedElsewhere, bool? resultElectronic, OnlineServiceLevel? onlineLevel) =>
        (receivingUnitNamed ? DossierExtras.ReceivingUnitNamed | (receivedElsewhere ? DossierExtras.ReceivedElsewhere : 0) : 0)
        | (resultElectronic is { } electronic ? DossierExtras.ResultStated | (electronic ? DossierExtras.ElectronicResult : 0) : 0)
        | (onlineLevel is { } level ? DossierExtras.OnlineLevelKnown | (level == OnlineServiceLevel.Full ? DossierExtras.FullOnlineProcedure : 0) : 0);

    /// <summary>The optional facts of <paramref name="dossier"/> (docs/specification.md §10.2–10.3).</summary>
    internal static DossierExtras Extras(Dossier dossier)
    {
        string? receiving = dossier.ReceivingUnitCode?.Trim();
        bool named = !string.IsNullOrEmpty(receiving);
        return Extras(named, named && ReceivedElsewhere<char>(dossier.UnitCode.AsSpan().Trim(), receiving), dossier.ResultElectronic, dossier.ProcedureOnlineLevel);
    }

    /// <summary>The outcome of a dossier finished in the period, by its (final) status.</summary>
    internal static DossierOutcome Outcome(DossierStatus status) => status switch
    {
        DossierStatus.Withdrawn => DossierOutcome.Withdrawn,
        DossierStatus.Stopped => DossierOutcome.Stopped,
        _ => DossierOutcome.Resolved,
    };

    /// <summary>
    /// A dossier finished in the period: late when it had too many requests (policy) or finished
    /// after its due time; else early when it finished on a date before the due date; else on time.
    /// </summary>
    internal static Timeliness FinishedTimeliness(DossierFacts facts, ClassificationPolicy policy) =>
        (policy.MultipleSupplementRequestsAreLate && facts.TooManyRequests) || facts.FinishedAfterDue ? Timeliness.Late
        : facts.FinishedBeforeDueDate ? Timeliness.Early
        : Timeliness.OnTime;

    /// <summary>
    /// A dossier open at the period's end E: overdue when it had too many requests (policy), or
    /// when E is past the due time (<paramref name="endPastDue"/>) and its clock did not stop
    /// before the deadline. The clock stops at the latest supplementation request of a dossier
    /// awaiting supplementation; a request made by the due time stops it in time, whatever E is
    /// (when E is before the request, E is before the deadline too).
    /// </summary>
    internal static bool OverdueAtEnd(DossierFacts facts, bool endPastDue, ClassificationPolicy policy)
    {
        bool clockStoppedInTime = facts.Status == DossierStatus.AwaitingSupplement && !facts.RequestedAfterDue;
        return (policy.MultipleSupplementRequestsAreLate && facts.TooManyRequests) || (endPastDue && !clockStoppedInTime);
    }
}

using System.Runtime.CompilerServices;
using NodaTime;

namespace Reform.Indicators.Dossiers;

/// <summary>
/// The consistency rules between a dossier's fields (docs/specification.md §3), each written once:
/// the constructor of <see cref="Dossier"/>, <see cref="DossierValidator"/>, the columnar table
/// and the fast file readers all test them here.
/// </summary>
/// <remarks>
/// <para>Each rule is a predicate generic over the time representation of
/// its callers — <see cref="LocalDateTime"/> on the record path, ticks (<see cref="long"/>) in the
/// fast readers — so a fast path pays for no <see cref="LocalDateTime"/>: a struct type argument
/// gets its own compiled code, where <c>CompareTo</c> of a <see cref="long"/> is one comparison.</para>
/// <para>The rules: the deadline is not before the receipt; a finish time is given exactly when the
/// status is final; a finish is not before the receipt; a dossier awaiting supplementation gives its
/// latest request; the number of requests is not negative. <see cref="Holds{T}"/> is all of them;
/// <see cref="Violations"/> words each broken one.</para>
/// </remarks>
internal static class DossierRules
{
    /// <summary>The deadline is not before the receipt.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool DueNotBeforeReceipt<T>(T receivedAt, T due)
        where T : struct, IComparable<T> => due.CompareTo(receivedAt) >= 0;

    /// <summary>A finish time is given exactly when the status is final.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool FinishMatchesStatus(DossierStatus status, bool hasFinish) => status.IsFinal() == hasFinish;

    /// <summary>A finish, when given, is not before the receipt.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool FinishNotBeforeReceipt<T>(T receivedAt, bool hasFinish, T finishedAt)
        where T : struct, IComparable<T> => !hasFinish || finishedAt.CompareTo(receivedAt) >= 0;

    /// <summary>A dossier awaiting supplementation gives the time of its latest request.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool RequestTimeWhenAwaiting(DossierStatus status, bool hasRequestTime) =>
        status != DossierStatus.AwaitingSupplement || hasRequestTime;

    /// <summary>The number of supplementation requests is not negative.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool RequestsNotNegative(int supplementRequests) => supplementRequests >= 0;

    /// <summary>Whether every rule holds: the one test of the fast paths (a value not given is ignored by its flag).</summary>
    /// <typeparam name="T">The time representation: <see cref="LocalDateTime"/>, or ticks of civil time.</typeparam>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Holds<T>(
        T receivedAt, T due, DossierStatus status, bool hasFinish, T finishedAt, int supplementRequests, bool hasRequestTime)
        where T : struct, IComparable<T> =>
        DueNotBeforeReceipt(receivedAt, due)
        & FinishMatchesStatus(status, hasFinish)
        & FinishNotBeforeReceipt(receivedAt, hasFinish, finishedAt)
        & RequestsNotNegative(supplementRequests)
        & RequestTimeWhenAwaiting(status, hasRequestTime);

    /// <summary>Whether every rule holds, on <see cref="LocalDateTime"/> values.</summary>
    internal static bool Holds(
        LocalDateTime receivedAt, LocalDateTime due, DossierStatus status, LocalDateTime? finishedAt,
        int supplementRequests, LocalDateTime? supplementRequestedAt) =>
        Holds(receivedAt, due, status, finishedAt.HasValue, finishedAt.GetValueOrDefault(), supplementRequests, supplementRequestedAt.HasValue);

    /// <summary>Every broken rule, as (column, reason), in column order; a null <paramref name="due"/> is not compared.</summary>
    internal static IEnumerable<(string Column, string Reason)> Violations(
        LocalDateTime receivedAt, LocalDateTime? due, DossierStatus status, LocalDateTime? finishedAt,
        int supplementRequests, LocalDateTime? supplementRequestedAt)
    {
        if (due is { } d && !DueNotBeforeReceipt(receivedAt, d))
        {
            yield return (DossierFields.DueAt, "before received_at");
        }
        if (!FinishMatchesStatus(status, finishedAt.HasValue))
        {
            yield return (DossierFields.FinishedAt, finishedAt is null
                ? $"required when status is {DossierFields.Format(status)}"
                : $"must be empty when status is {DossierFields.Format(status)}");
        }
        else if (!FinishNotBeforeReceipt(receivedAt, finishedAt.HasValue, finishedAt.GetValueOrDefault()))
        {
            yield return (DossierFields.FinishedAt, "before received_at");
        }
        if (!RequestTimeWhenAwaiting(status, supplementRequestedAt.HasValue))
        {
            yield return (DossierFields.SupplementRequestedAt, $"required when status is {DossierFields.Format(status)}");
        }
        if (!RequestsNotNegative(supplementRequests))
        {
            yield return (DossierFields.SupplementRequests, "must not be negative");
        }
    }

    /// <summary>The first broken rule, or null when every rule holds.</summary>
    internal static (string Column, string Reason)? FirstViolation(
        LocalDateTime receivedAt, LocalDateTime due, DossierStatus status, LocalDateTime? finishedAt,
        int supplementRequests, LocalDateTime? supplementRequestedAt)
    {
        foreach (var violation in Violations(receivedAt, due, status, finishedAt, supplementRequests, supplementRequestedAt))
        {
            return violation;
        }
        return null;
    }
}

using System.Runtime.CompilerServices;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Columnar;

/// <summary>
/// The counts of docs/specification.md §4 of one unit in one period as a count writes them: the 17
/// independent counts as 32-bit integers (68 bytes), the sums (in scope, carried over, received,
/// resolved) derived when read (<see cref="ToCounts"/>). A count's result is 11,389 units × 12 months
/// of these for a national year: 9.3 MB written at every count instead of 23 MB of
/// <see cref="DossierCounts"/> (21 longs).
/// </summary>
/// <remarks>
/// Exact for any <see cref="DossierTable"/>: a count never exceeds the table's rows, which are fewer
/// than 2³¹. Counts merged from several results may not fit; <see cref="PartialCounts"/> keeps those
/// as <see cref="DossierCounts"/>.
/// </remarks>
[InlineArray(Width)]
internal struct CountCell
{
    /// <summary>The counts held: the 11 of version 1 that are not sums and the <see cref="DossierCounts.ExtraCount"/> of the optional facts.</summary>
    public const int Width = 11 + DossierCounts.ExtraCount;

    /// <summary>Where the counts of the optional facts start, in the order of <see cref="DossierCounts.Names"/>.</summary>
    public const int ExtrasAt = 11;

    /// <summary>Where each count is held (the optional facts' from <see cref="ExtrasAt"/>).</summary>
    public const int ReceivedOnline = 0, ReceivedDirect = 1, ReceivedPostal = 2, ResolvedEarly = 3, ResolvedOnTime = 4, ResolvedLate = 5,
        Withdrawn = 6, Stopped = 7, OpenNotDue = 8, OpenOverdue = 9, HandledOnTime = 10;

    private int element;

    /// <summary>
    /// Sets the independent counts as <see cref="DossierCounts.FromParts"/> takes them (values of a
    /// kernel's counters: between 0 and the table's rows), and the optional facts' counts from
    /// <paramref name="extraCounts"/> (<see cref="DossierCounts.ExtraCount"/> values; zero when empty).
    /// </summary>
    public void Set(
        long receivedOnline, long receivedDirect, long receivedPostal, long resolvedEarly, long resolvedOnTime, long resolvedLate,
        long withdrawn, long stopped, long openNotDue, long openOverdue, long handledOnTime, ReadOnlySpan<long> extraCounts)
    {
        this[ReceivedOnline] = (int)receivedOnline;
        this[ReceivedDirect] = (int)receivedDirect;
        this[ReceivedPostal] = (int)receivedPostal;
        this[ResolvedEarly] = (int)resolvedEarly;
        this[ResolvedOnTime] = (int)resolvedOnTime;
        this[ResolvedLate] = (int)resolvedLate;
        this[Withdrawn] = (int)withdrawn;
        this[Stopped] = (int)stopped;
        this[OpenNotDue] = (int)openNotDue;
        this[OpenOverdue] = (int)openOverdue;
        this[HandledOnTime] = (int)handledOnTime;
        for (int i = 0; i < DossierCounts.ExtraCount; i++)
        {
            this[ExtrasAt + i] = extraCounts.IsEmpty ? 0 : (int)extraCounts[i];
        }
    }

    /// <summary>Adds <paramref name="extraCounts"/> (<see cref="DossierCounts.ExtraCount"/> values, as <see cref="DossierCounts.AddExtras"/> adds them) to the optional facts' counts.</summary>
    public void AddExtras(ReadOnlySpan<long> extraCounts)
    {
        for (int i = 0; i < DossierCounts.ExtraCount; i++)
        {
            this[ExtrasAt + i] = checked((int)(this[ExtrasAt + i] + extraCounts[i]));
        }
    }

    /// <summary>The counts, sums derived (<see cref="DossierCounts.FromParts"/>; checked in debug builds).</summary>
    public readonly DossierCounts ToCounts()
    {
        ReadOnlySpan<int> c = this;
        Span<long> extras = stackalloc long[DossierCounts.ExtraCount];
        for (int i = 0; i < extras.Length; i++)
        {
            extras[i] = c[ExtrasAt + i];
        }
        return DossierCounts.FromParts(
            receivedOnline: c[ReceivedOnline], receivedDirect: c[ReceivedDirect], receivedPostal: c[ReceivedPostal],
            resolvedEarly: c[ResolvedEarly], resolvedOnTime: c[ResolvedOnTime], resolvedLate: c[ResolvedLate],
            withdrawn: c[Withdrawn], stopped: c[Stopped], openNotDue: c[OpenNotDue], openOverdue: c[OpenOverdue],
            handledOnTime: c[HandledOnTime], extraCounts: extras);
    }
}

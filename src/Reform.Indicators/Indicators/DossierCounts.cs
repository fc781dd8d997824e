using Reform.Indicators.Measures;

namespace Reform.Indicators.Indicators;

/// <summary>
/// The counts of docs/specification.md §4 for one group of dossiers in one period, and the rates made
/// from them. A commutative monoid: counts of any partition of the dossiers add up to the counts
/// of the whole (<c>a + b</c>, with <c>default</c> as zero).
/// </summary>
/// <remarks>
/// Every count is of in-scope dossiers. The identity
/// <c>InScope = Resolved + Withdrawn + Stopped + OpenNotDue + OpenOverdue</c> always holds, as do
/// <c>InScope = CarriedOver + Received</c>, <c>Received = ReceivedOnline + ReceivedDirect +
/// ReceivedPostal</c> and <c>Resolved = ResolvedEarly + ResolvedOnTime + ResolvedLate</c>.
/// </remarks>
public readonly record struct DossierCounts :
    System.Numerics.IAdditionOperators<DossierCounts, DossierCounts, DossierCounts>,
    System.Numerics.IAdditiveIdentity<DossierCounts, DossierCounts>
{
    /// <summary>Zero counts: the identity of <c>+</c> (<c>default</c>).</summary>
    public static DossierCounts AdditiveIdentity => default;

    /// <summary>Dossiers in scope: carried over plus received in the period.</summary>
    public long InScope { get; init; }

    /// <summary>Received before the period and not finished before it.</summary>
    public long CarriedOver { get; init; }

    /// <summary>Received in the period.</summary>
    public long Received { get; init; }

    /// <summary>Received in the period online.</summary>
    public long ReceivedOnline { get; init; }

    /// <summary>Received in the period directly (in person).</summary>
    public long ReceivedDirect { get; init; }

    /// <summary>Received in the period by post.</summary>
    public long ReceivedPostal { get; init; }

    /// <summary>Finished in the period as completed or refused.</summary>
    public long Resolved { get; init; }

    /// <summary>Resolved on a date before the due date.</summary>
    public long ResolvedEarly { get; init; }

    /// <summary>Resolved on the due date, not after the due time.</summary>
    public long ResolvedOnTime { get; init; }

    /// <summary>Resolved after the due time, or after more than one supplementation request.</summary>
    public long ResolvedLate { get; init; }

    /// <summary>Finished in the period as withdrawn.</summary>
    public long Withdrawn { get; init; }

    /// <summary>Finished in the period as stopped.</summary>
    public long Stopped { get; init; }

    /// <summary>Open at the period's end and not yet due.</summary>
    public long OpenNotDue { get; init; }

    /// <summary>Open at the period's end and overdue.</summary>
    public long OpenOverdue { get; init; }

    /// <summary>In scope with class early, on time or not yet due (Decision 766, indicator 2.1 numerator).</summary>
    public long HandledOnTime { get; init; }

    /// <summary>
    /// Resolved on time: (early + on time) / resolved — the periodic TTHC reports' and the 2022
    /// review's "giải quyết đúng hạn".
    /// </summary>
    public Rate OnTimeResolution => new(ResolvedEarly + ResolvedOnTime, Resolved);

    /// <summary>Handled on time: handled on time / in scope — Decision 766/QĐ-TTg, indicator 2.1.</summary>
    public Rate OnTimeHandling => new(HandledOnTime, InScope);

    /// <summary>Received online / received in the period: the share of dossiers submitted online.</summary>
    public Rate Online => new(ReceivedOnline, Received);

    /// <summary>The counts of one dossier with class <paramref name="dossierClass"/> received through <paramref name="channel"/>.</summary>
    public static DossierCounts Of(DossierClass dossierClass, Dossiers.DossierChannel channel)
    {
        if (!dossierClass.InScope)
        {
            return default;
        }
        bool received = dossierClass.Scope == DossierScope.Received;
        bool resolved = dossierClass.Outcome == DossierOutcome.Resolved;
        bool open = dossierClass.Outcome == DossierOutcome.Open;
        var t = dossierClass.Timeliness;
        return new DossierCounts
        {
            InScope = 1,
            CarriedOver = received ? 0 : 1,
            Received = received ? 1 : 0,
            ReceivedOnline = received && channel == Dossiers.DossierChannel.Online ? 1 : 0,
            ReceivedDirect = received && channel == Dossiers.DossierChannel.Direct ? 1 : 0,
            ReceivedPostal = received && channel == Dossiers.DossierChannel.Postal ? 1 : 0,
            Resolved = resolved ? 1 : 0,
            ResolvedEarly = resolved && t == Timeliness.Early ? 1 : 0,
            ResolvedOnTime = resolved && t == Timeliness.OnTime ? 1 : 0,
            ResolvedLate = resolved && t == Timeliness.Late ? 1 : 0,
            Withdrawn = dossierClass.Outcome == DossierOutcome.Withdrawn ? 1 : 0,
            Stopped = dossierClass.Outcome == DossierOutcome.Stopped ? 1 : 0,
            OpenNotDue = open && t == Timeliness.NotYetDue ? 1 : 0,
            OpenOverdue = open && t == Timeliness.Overdue ? 1 : 0,
            HandledOnTime = t is Timeliness.Early or Timeliness.OnTime or Timeliness.NotYetDue ? 1 : 0,
        };
    }

    /// <summary>Adds two sets of counts, field by field (partitions merge by addition).</summary>
    /// <exception cref="OverflowException">A sum does not fit in a <see cref="long"/>.</exception>
    public static DossierCounts operator +(DossierCounts a, DossierCounts b) => checked(new DossierCounts
    {
        InScope = a.InScope + b.InScope,
        CarriedOver = a.CarriedOver + b.CarriedOver,
        Received = a.Received + b.Received,
        ReceivedOnline = a.ReceivedOnline + b.ReceivedOnline,
        ReceivedDirect = a.ReceivedDirect + b.ReceivedDirect,
        ReceivedPostal = a.ReceivedPostal + b.ReceivedPostal,
        Resolved = a.Resolved + b.Resolved,
        ResolvedEarly = a.ResolvedEarly + b.ResolvedEarly,
        ResolvedOnTime = a.ResolvedOnTime + b.ResolvedOnTime,
        ResolvedLate = a.ResolvedLate + b.ResolvedLate,
        Withdrawn = a.Withdrawn + b.Withdrawn,
        Stopped = a.Stopped + b.Stopped,
        OpenNotDue = a.OpenNotDue + b.OpenNotDue,
        OpenOverdue = a.OpenOverdue + b.OpenOverdue,
        HandledOnTime = a.HandledOnTime + b.HandledOnTime,
    });

    /// <summary>Adds two sets of counts; the same as <c>a + b</c>.</summary>
    public static DossierCounts Add(DossierCounts a, DossierCounts b) => a + b;

    /// <summary>The three rates with their parts: <c>"on time 99.33% (993/1,000), handled 98.00% (...), online 52.80% (...)"</c>.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"in scope {InScope:N0}: on-time resolution {OnTimeResolution}, on-time handling {OnTimeHandling}, online {Online}");
}

using System.Runtime.CompilerServices;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Measures;

namespace Reform.Indicators.Indicators;

/// <summary>
/// The counts of docs/specification.md §4 for one group of dossiers in one period, and the rates made
/// from them. A commutative monoid: counts of any partition of the dossiers add up to the counts
/// of the whole (<c>a + b</c>, with <c>default</c> as zero).
/// </summary>
/// <remarks>
/// <para>Every count is of in-scope dossiers, and the identities hold by construction:
/// <c>InScope = CarriedOver + Received = Resolved + Withdrawn + Stopped + OpenNotDue + OpenOverdue</c>,
/// <c>Received = ReceivedOnline + ReceivedDirect + ReceivedPostal</c>,
/// <c>Resolved = ResolvedEarly + ResolvedOnTime + ResolvedLate</c>, and
/// <c>ResolvedEarly + ResolvedOnTime + OpenNotDue ≤ HandledOnTime ≤ that + Withdrawn + Stopped</c>.
/// The constructor takes the independent counts and derives the sums, throwing when the two
/// partitions of the dossiers in scope (by receipt, by outcome) do not have the same size.</para>
/// <para>Six counts of received dossiers follow from their optional facts (docs/specification.md §10.2–10.3):
/// <c>ReceivedElsewhere ≤ ReceivedWithReceivingUnit ≤ Received</c>,
/// <c>ReceivedFullProcessOnline ≤ ReceivedOnlineElectronicResult ≤ min(ReceivedOnline, ReceivedWithResultElectronic)</c>,
/// <c>ReceivedFullProcessOnline ≤ ReceivedWithOnlineLevel ≤ Received</c> and <c>ReceivedWithResultElectronic ≤ Received</c>.
/// The public constructor leaves them 0; <see cref="Of(DossierClass, Dossier)"/> counts them.</para>
/// <para>The counts have a fixed order and names (<c>inScope</c>, <c>carriedOver</c>, …), the keys
/// of every serialised form; adding a count is described in docs/columnar.md ("Adding a count").</para>
/// </remarks>
public readonly record struct DossierCounts :
    System.Numerics.IAdditionOperators<DossierCounts, DossierCounts, DossierCounts>,
    System.Numerics.IAdditiveIdentity<DossierCounts, DossierCounts>
{
    /// <summary>The counts' names in their fixed order: the keys of the JSON forms and the columns of the CSV form.</summary>
    internal static readonly string[] Names =
    [
        "inScope", "carriedOver", "received", "receivedOnline", "receivedDirect", "receivedPostal", "resolved",
        "resolvedEarly", "resolvedOnTime", "resolvedLate", "withdrawn", "stopped", "openNotDue", "openOverdue", "handledOnTime",
        "receivedElsewhere", "receivedWithReceivingUnit", "receivedOnlineElectronicResult", "receivedWithResultElectronic",
        "receivedFullProcessOnline", "receivedWithOnlineLevel",
    ];

    /// <summary>The number of counts (<see cref="Names"/>).</summary>
    internal const int Count = 21;

    /// <summary>The counts of the optional facts of docs/specification.md §10.2–10.3, the last of <see cref="Names"/>.</summary>
    internal const int ExtraCount = 6;

    private const int InScopeAt = 0, CarriedOverAt = 1, ReceivedAt = 2, ReceivedOnlineAt = 3, ReceivedDirectAt = 4, ReceivedPostalAt = 5,
        ResolvedAt = 6, ResolvedEarlyAt = 7, ResolvedOnTimeAt = 8, ResolvedLateAt = 9, WithdrawnAt = 10, StoppedAt = 11,
        OpenNotDueAt = 12, OpenOverdueAt = 13, HandledOnTimeAt = 14,
        ReceivedElsewhereAt = 15, ReceivedWithReceivingUnitAt = 16, ReceivedOnlineElectronicResultAt = 17, ReceivedWithResultElectronicAt = 18,
        ReceivedFullProcessOnlineAt = 19, ReceivedWithOnlineLevelAt = 20;

    private const string NoReceivingUnit = "no dossier received in the period names its receiving unit (receiving_unit_code)";
    private const string NoResultElectronic = "no dossier received in the period states result_electronic";
    private const string NoOnlineLevel = "no procedures file gives the online level of the procedure of a dossier received in the period";

    /// <summary>The named rates in their fixed order (docs/specification.md §4.5, §10.2, §10.3): name, parts, and why the data is absent (null when it is there).</summary>
    private static readonly (string Name, Func<DossierCounts, Rate> Parts, Func<DossierCounts, string?> MissingData)[] RateTable =
    [
        ("onTimeResolution", c => c.OnTimeResolution, _ => null),
        ("onTimeHandling", c => c.OnTimeHandling, _ => null),
        ("online", c => c.Online, _ => null),
        ("boundaryFree", c => new(c.ReceivedElsewhere, c.Received), c => c.ReceivedWithReceivingUnit == 0 ? NoReceivingUnit : null),
        ("onlineElectronicResult", c => new(c.ReceivedOnlineElectronicResult, c.Received), c => c.ReceivedWithResultElectronic == 0 ? NoResultElectronic : null),
        ("fullProcessOnline", c => new(c.ReceivedFullProcessOnline, c.Received),
            c => c.ReceivedWithResultElectronic == 0 ? NoResultElectronic : c.ReceivedWithOnlineLevel == 0 ? NoOnlineLevel : null),
    ];

    /// <summary>The names of the rates of <see cref="Rates"/>, in their order.</summary>
    internal static readonly string[] RateNames = [.. RateTable.Select(r => r.Name)];

    private readonly Values values;

    /// <summary>Counts from the independent ones; the sums (in scope, received, resolved) are derived.</summary>
    /// <param name="carriedOver">Received before the period and not finished before it.</param>
    /// <param name="receivedOnline">Received in the period online.</param>
    /// <param name="receivedDirect">Received in the period directly.</param>
    /// <param name="receivedPostal">Received in the period by post.</param>
    /// <param name="resolvedEarly">Resolved on a date before the due date.</param>
    /// <param name="resolvedOnTime">Resolved on the due date, not after the due time.</param>
    /// <param name="resolvedLate">Resolved late.</param>
    /// <param name="withdrawn">Finished as withdrawn.</param>
    /// <param name="stopped">Finished as stopped.</param>
    /// <param name="openNotDue">Open at the period's end, not yet due.</param>
    /// <param name="openOverdue">Open at the period's end, overdue.</param>
    /// <param name="handledOnTime">Early, on time or not yet due (withdrawn and stopped dossiers count when not late).</param>
    /// <exception cref="ArgumentException">
    /// A count is negative, or the dossiers by receipt (carried over + received) are not as many as by outcome (resolved +
    /// withdrawn + stopped + open), or <paramref name="handledOnTime"/> is outside its bounds.
    /// </exception>
    /// <exception cref="OverflowException">A sum does not fit in a <see cref="long"/>.</exception>
    public DossierCounts(
        long carriedOver, long receivedOnline, long receivedDirect, long receivedPostal,
        long resolvedEarly, long resolvedOnTime, long resolvedLate, long withdrawn, long stopped,
        long openNotDue, long openOverdue, long handledOnTime)
    {
        values = Assemble(carriedOver, receivedOnline, receivedDirect, receivedPostal, resolvedEarly, resolvedOnTime, resolvedLate,
            withdrawn, stopped, openNotDue, openOverdue, handledOnTime);
        if (Broken(this) is var (name, reason))
        {
            throw new ArgumentException($"Dossier counts: {name} {reason}.");
        }
    }

    /// <summary>
    /// Counts from the independent ones, the six counts of the optional facts of docs/specification.md
    /// §10.2–10.3 included; the sums are derived.
    /// </summary>
    /// <param name="counts">The fifteen counts of version 1, as the other constructor takes them.</param>
    /// <param name="receivedElsewhere">Received in the period by a unit other than the competent one.</param>
    /// <param name="receivedWithReceivingUnit">Received in the period, naming their receiving unit.</param>
    /// <param name="receivedOnlineElectronicResult">Received in the period online, with an electronic result.</param>
    /// <param name="receivedWithResultElectronic">Received in the period, stating whether the result was electronic.</param>
    /// <param name="receivedFullProcessOnline">Received online, with an electronic result, of a procedure offered fully online on the receipt date.</param>
    /// <param name="receivedWithOnlineLevel">Received in the period, of a procedure whose online level on the receipt date is known.</param>
    /// <exception cref="ArgumentException">A count is negative or an identity does not hold (e.g. more received elsewhere than naming a receiving unit).</exception>
    /// <exception cref="OverflowException">A sum does not fit in a <see cref="long"/>.</exception>
    public DossierCounts(
        DossierCounts counts, long receivedElsewhere, long receivedWithReceivingUnit, long receivedOnlineElectronicResult,
        long receivedWithResultElectronic, long receivedFullProcessOnline, long receivedWithOnlineLevel)
    {
        var v = counts.values;
        v[ReceivedElsewhereAt] = receivedElsewhere;
        v[ReceivedWithReceivingUnitAt] = receivedWithReceivingUnit;
        v[ReceivedOnlineElectronicResultAt] = receivedOnlineElectronicResult;
        v[ReceivedWithResultElectronicAt] = receivedWithResultElectronic;
        v[ReceivedFullProcessOnlineAt] = receivedFullProcessOnline;
        v[ReceivedWithOnlineLevelAt] = receivedWithOnlineLevel;
        values = v;
        if (Broken(this) is var (name, reason))
        {
            throw new ArgumentException($"Dossier counts: {name} {reason}.");
        }
    }

    private DossierCounts(Values values) => this.values = values;

    /// <summary>Zero counts: the identity of <c>+</c> (<c>default</c>).</summary>
    public static DossierCounts AdditiveIdentity => default;

    /// <summary>Dossiers in scope: carried over plus received in the period.</summary>
    public long InScope => values[InScopeAt];

    /// <summary>Received before the period and not finished before it.</summary>
    public long CarriedOver => values[CarriedOverAt];

    /// <summary>Received in the period.</summary>
    public long Received => values[ReceivedAt];

    /// <summary>Received in the period online.</summary>
    public long ReceivedOnline => values[ReceivedOnlineAt];

    /// <summary>Received in the period directly (in person).</summary>
    public long ReceivedDirect => values[ReceivedDirectAt];

    /// <summary>Received in the period by post.</summary>
    public long ReceivedPostal => values[ReceivedPostalAt];

    /// <summary>Finished in the period as completed or refused.</summary>
    public long Resolved => values[ResolvedAt];

    /// <summary>Resolved on a date before the due date.</summary>
    public long ResolvedEarly => values[ResolvedEarlyAt];

    /// <summary>Resolved on the due date, not after the due time.</summary>
    public long ResolvedOnTime => values[ResolvedOnTimeAt];

    /// <summary>Resolved after the due time, or after more than one supplementation request.</summary>
    public long ResolvedLate => values[ResolvedLateAt];

    /// <summary>Finished in the period as withdrawn.</summary>
    public long Withdrawn => values[WithdrawnAt];

    /// <summary>Finished in the period as stopped.</summary>
    public long Stopped => values[StoppedAt];

    /// <summary>Open at the period's end and not yet due.</summary>
    public long OpenNotDue => values[OpenNotDueAt];

    /// <summary>Open at the period's end and overdue.</summary>
    public long OpenOverdue => values[OpenOverdueAt];

    /// <summary>In scope with class early, on time or not yet due (Decision 766, indicator 2.1 numerator).</summary>
    public long HandledOnTime => values[HandledOnTimeAt];

    /// <summary>
    /// Resolved on time: (early + on time) / resolved — the periodic TTHC reports' and the 2022
    /// review's "giải quyết đúng hạn".
    /// </summary>
    public Rate OnTimeResolution => new(ResolvedEarly + ResolvedOnTime, Resolved);

    /// <summary>Handled on time: handled on time / in scope — Decision 766/QĐ-TTg, indicator 2.1.</summary>
    public Rate OnTimeHandling => new(HandledOnTime, InScope);

    /// <summary>Received online / received in the period: the share of dossiers submitted online.</summary>
    public Rate Online => new(ReceivedOnline, Received);

    /// <summary>Received in the period by a unit other than the competent one (docs/specification.md §10.2).</summary>
    public long ReceivedElsewhere => values[ReceivedElsewhereAt];

    /// <summary>Received in the period and naming their receiving unit (<c>receiving_unit_code</c>): the data of <see cref="BoundaryFree"/>.</summary>
    public long ReceivedWithReceivingUnit => values[ReceivedWithReceivingUnitAt];

    /// <summary>Received in the period online with <c>result_electronic</c> true (docs/specification.md §10.3).</summary>
    public long ReceivedOnlineElectronicResult => values[ReceivedOnlineElectronicResultAt];

    /// <summary>Received in the period and stating <c>result_electronic</c>: the data of <see cref="OnlineElectronicResult"/>.</summary>
    public long ReceivedWithResultElectronic => values[ReceivedWithResultElectronicAt];

    /// <summary>
    /// Received in the period online, of a procedure whose online level on the receipt date is <c>full</c>,
    /// with <c>result_electronic</c> true (docs/specification.md §10.3).
    /// </summary>
    public long ReceivedFullProcessOnline => values[ReceivedFullProcessOnlineAt];

    /// <summary>Received in the period, of a procedure whose online level on the receipt date a procedures file gives.</summary>
    public long ReceivedWithOnlineLevel => values[ReceivedWithOnlineLevelAt];

    /// <summary>
    /// Received elsewhere / received (docs/specification.md §10.2); null when no dossier received in the
    /// period names its receiving unit (the data is absent). 0/0 when nothing was received.
    /// </summary>
    public Rate? BoundaryFree => Rates[3].Value ?? NothingReceived;

    /// <summary>
    /// Received online with an electronic result / received: the core of Decision 766/QĐ-TTg indicator 3.3
    /// (docs/specification.md §10.3); null when no dossier received in the period states <c>result_electronic</c>.
    /// 0/0 when nothing was received.
    /// </summary>
    public Rate? OnlineElectronicResult => Rates[4].Value ?? NothingReceived;

    /// <summary>
    /// Received online, of a procedure offered fully online on the receipt date, with an electronic result /
    /// received (docs/specification.md §10.3); null when <c>result_electronic</c> or the procedures' online
    /// levels are absent. 0/0 when nothing was received.
    /// </summary>
    public Rate? FullProcessOnline => Rates[5].Value ?? NothingReceived;

    /// <summary>
    /// The six named rates in their fixed order — <c>onTimeResolution</c>, <c>onTimeHandling</c>, <c>online</c>,
    /// <c>boundaryFree</c>, <c>onlineElectronicResult</c>, <c>fullProcessOnline</c> — each with its parts and,
    /// when it has no value, why: the <c>rates</c> of every report form.
    /// </summary>
    public IReadOnlyList<NamedRate> Rates
    {
        get
        {
            var counts = this;
            return [.. RateTable.Select(r => new NamedRate(r.Name, r.Parts(counts), r.MissingData(counts)))];
        }
    }

    /// <summary>0/0 when nothing was received (a rate with no value because nothing was counted), else null.</summary>
    private Rate? NothingReceived => Received == 0 ? default(Rate) : null;

    /// <summary>The counts of one dossier with class <paramref name="dossierClass"/> received through <paramref name="channel"/>, without its optional facts.</summary>
    public static DossierCounts Of(DossierClass dossierClass, DossierChannel channel) => Of(dossierClass, channel, DossierExtras.None);

    /// <summary>
    /// The counts of <paramref name="dossier"/> with class <paramref name="dossierClass"/>, its optional facts
    /// (receiving unit, electronic result, its procedure's online level) included.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="dossier"/> is null.</exception>
    public static DossierCounts Of(DossierClass dossierClass, Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return Of(dossierClass, dossier.Channel, DossierClassifier.Extras(dossier));
    }

    /// <summary>
    /// Adds one received dossier's optional facts to the <see cref="ExtraCount"/> counts of
    /// <paramref name="extraCounts"/> (in the order of <see cref="Names"/>): the one rule from facts to counts.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void AddExtras(Span<long> extraCounts, DossierChannel channel, DossierExtras extras)
    {
        bool electronicOnline = channel == DossierChannel.Online && (extras & DossierExtras.ElectronicResult) != 0;
        extraCounts[0] += (extras & DossierExtras.ReceivedElsewhere) != 0 ? 1 : 0;
        extraCounts[1] += (extras & DossierExtras.ReceivingUnitNamed) != 0 ? 1 : 0;
        extraCounts[2] += electronicOnline ? 1 : 0;
        extraCounts[3] += (extras & DossierExtras.ResultStated) != 0 ? 1 : 0;
        extraCounts[4] += electronicOnline && (extras & DossierExtras.FullOnlineProcedure) != 0 ? 1 : 0;
        extraCounts[5] += (extras & DossierExtras.OnlineLevelKnown) != 0 ? 1 : 0;
    }

    /// <summary>The counts of one dossier with class <paramref name="dossierClass"/>, channel and optional facts.</summary>
    internal static DossierCounts Of(DossierClass dossierClass, DossierChannel channel, DossierExtras extras)
    {
        if (!dossierClass.InScope)
        {
            return default;
        }
        bool received = dossierClass.Scope == DossierScope.Received;
        var t = dossierClass.Timeliness;
        var v = default(Values);
        v[InScopeAt] = 1;
        v[received ? ReceivedAt : CarriedOverAt] = 1;
        if (received)
        {
            v[channel switch { DossierChannel.Online => ReceivedOnlineAt, DossierChannel.Direct => ReceivedDirectAt, _ => ReceivedPostalAt }] = 1;
            AddExtras(((Span<long>)v)[ReceivedElsewhereAt..], channel, extras);
        }
        switch (dossierClass.Outcome)
        {
            case DossierOutcome.Resolved:
                v[ResolvedAt] = 1;
                v[t switch { Timeliness.Early => ResolvedEarlyAt, Timeliness.OnTime => ResolvedOnTimeAt, _ => ResolvedLateAt }] = 1;
                break;
            case DossierOutcome.Withdrawn:
                v[WithdrawnAt] = 1;
                break;
            case DossierOutcome.Stopped:
                v[StoppedAt] = 1;
                break;
            default:
                v[t == Timeliness.Overdue ? OpenOverdueAt : OpenNotDueAt] = 1;
                break;
        }
        v[HandledOnTimeAt] = t is Timeliness.Early or Timeliness.OnTime or Timeliness.NotYetDue ? 1 : 0;
        return new DossierCounts(v);
    }

    /// <summary>Adds two sets of counts, count by count (partitions merge by addition).</summary>
    /// <exception cref="OverflowException">A sum does not fit in a <see cref="long"/>.</exception>
    public static DossierCounts operator +(DossierCounts a, DossierCounts b)
    {
        var sum = default(Values);
        for (int i = 0; i < Count; i++)
        {
            sum[i] = checked(a.values[i] + b.values[i]);
        }
        return new DossierCounts(sum);
    }

    /// <summary>Adds two sets of counts; the same as <c>a + b</c>.</summary>
    public static DossierCounts Add(DossierCounts a, DossierCounts b) => a + b;

    /// <summary>Whether every count equals <paramref name="other"/>'s.</summary>
    public bool Equals(DossierCounts other) => ((ReadOnlySpan<long>)values).SequenceEqual(other.values);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes((ReadOnlySpan<long>)values));
        return hash.ToHashCode();
    }

    /// <summary>The three rates of version 1 with their parts: <c>"on time 99.33% (993/1,000), handled 98.00% (...), online 52.80% (...)"</c>.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"in scope {InScope:N0}: on-time resolution {OnTimeResolution}, on-time handling {OnTimeHandling}, online {Online}");

    /// <summary>The count at <paramref name="index"/> in the order of <see cref="Names"/>.</summary>
    internal long ValueAt(int index) => values[index];

    /// <summary>Copies the counts, in the order of <see cref="Names"/>, to <paramref name="destination"/>.</summary>
    internal void CopyTo(Span<long> destination) => ((ReadOnlySpan<long>)values).CopyTo(destination);

    /// <summary>Counts from all <see cref="Count"/> values in the order of <see cref="Names"/> (a serialised form), checking every identity.</summary>
    /// <exception cref="FormatException">A count is negative or an identity does not hold; the message names it.</exception>
    internal static DossierCounts FromValues(ReadOnlySpan<long> source)
    {
        var v = default(Values);
        source[..Count].CopyTo(v);
        var counts = new DossierCounts(v);
        return Broken(counts) is var (name, reason) ? throw new FormatException($"Dossier counts: {name} {reason}.") : counts;
    }

    /// <summary>
    /// Counts computed from counters whose identities hold by construction (a kernel's): only
    /// the derived sums are computed here; <paramref name="extraCounts"/>, when not empty, are the
    /// <see cref="ExtraCount"/> counts of the optional facts (as <see cref="AddExtras"/> adds them).
    /// Checked in debug builds.
    /// </summary>
    internal static DossierCounts FromParts(
        long receivedOnline, long receivedDirect, long receivedPostal, long resolvedEarly, long resolvedOnTime, long resolvedLate,
        long withdrawn, long stopped, long openNotDue, long openOverdue, long handledOnTime, ReadOnlySpan<long> extraCounts = default)
    {
        long byOutcome = resolvedEarly + resolvedOnTime + resolvedLate + withdrawn + stopped + openNotDue + openOverdue;
        long carriedOver = byOutcome - (receivedOnline + receivedDirect + receivedPostal);
        var v = Assemble(carriedOver, receivedOnline, receivedDirect, receivedPostal, resolvedEarly, resolvedOnTime, resolvedLate,
            withdrawn, stopped, openNotDue, openOverdue, handledOnTime);
        extraCounts.CopyTo(((Span<long>)v)[ReceivedElsewhereAt..]);
        var counts = new DossierCounts(v);
        System.Diagnostics.Debug.Assert(Broken(counts) is null, "a kernel's counts keep the identities");
        return counts;
    }

    /// <summary>The independent counts in their places, and the sums derived from them.</summary>
    private static Values Assemble(
        long carriedOver, long receivedOnline, long receivedDirect, long receivedPostal, long resolvedEarly, long resolvedOnTime, long resolvedLate,
        long withdrawn, long stopped, long openNotDue, long openOverdue, long handledOnTime)
    {
        var v = default(Values);
        v[CarriedOverAt] = carriedOver;
        v[ReceivedOnlineAt] = receivedOnline;
        v[ReceivedDirectAt] = receivedDirect;
        v[ReceivedPostalAt] = receivedPostal;
        v[ResolvedEarlyAt] = resolvedEarly;
        v[ResolvedOnTimeAt] = resolvedOnTime;
        v[ResolvedLateAt] = resolvedLate;
        v[WithdrawnAt] = withdrawn;
        v[StoppedAt] = stopped;
        v[OpenNotDueAt] = openNotDue;
        v[OpenOverdueAt] = openOverdue;
        v[HandledOnTimeAt] = handledOnTime;
        checked
        {
            v[ReceivedAt] = receivedOnline + receivedDirect + receivedPostal;
            v[ResolvedAt] = resolvedEarly + resolvedOnTime + resolvedLate;
            v[InScopeAt] = carriedOver + v[ReceivedAt];
        }
        return v;
    }

    /// <summary>The first count that is negative or identity that does not hold, as (count name, reason); null when all hold.</summary>
    private static (string Name, string Reason)? Broken(DossierCounts c)
    {
        for (int i = 0; i < Count; i++)
        {
            if (c.values[i] < 0)
            {
                return (Names[i], $"is negative ({c.values[i]})");
            }
        }
        checked
        {
            long byOutcome = c.Resolved + c.Withdrawn + c.Stopped + c.OpenNotDue + c.OpenOverdue;
            long least = c.ResolvedEarly + c.ResolvedOnTime + c.OpenNotDue;
            return
                c.Received != c.ReceivedOnline + c.ReceivedDirect + c.ReceivedPostal ? (Names[ReceivedAt], "is not received online + direct + postal")
                : c.Resolved != c.ResolvedEarly + c.ResolvedOnTime + c.ResolvedLate ? (Names[ResolvedAt], "is not resolved early + on time + late")
                : c.InScope != c.CarriedOver + c.Received ? (Names[InScopeAt], "is not carried over + received")
                : c.InScope != byOutcome ? (Names[InScopeAt], $"{c.InScope} by receipt (carried over + received) but {byOutcome} by outcome (resolved + withdrawn + stopped + open)")
                : c.HandledOnTime < least || c.HandledOnTime > least + c.Withdrawn + c.Stopped
                    ? (Names[HandledOnTimeAt], $"{c.HandledOnTime} is outside [{least}, {least + c.Withdrawn + c.Stopped}] (early + on time + not due, plus withdrawn and stopped)")
                : c.ReceivedElsewhere > c.ReceivedWithReceivingUnit ? (Names[ReceivedElsewhereAt], "is above receivedWithReceivingUnit")
                : c.ReceivedWithReceivingUnit > c.Received ? (Names[ReceivedWithReceivingUnitAt], "is above received")
                : c.ReceivedOnlineElectronicResult > Math.Min(c.ReceivedOnline, c.ReceivedWithResultElectronic)
                    ? (Names[ReceivedOnlineElectronicResultAt], "is above receivedOnline or receivedWithResultElectronic")
                : c.ReceivedWithResultElectronic > c.Received ? (Names[ReceivedWithResultElectronicAt], "is above received")
                : c.ReceivedFullProcessOnline > Math.Min(c.ReceivedOnlineElectronicResult, c.ReceivedWithOnlineLevel)
                    ? (Names[ReceivedFullProcessOnlineAt], "is above receivedOnlineElectronicResult or receivedWithOnlineLevel")
                : c.ReceivedWithOnlineLevel > c.Received ? (Names[ReceivedWithOnlineLevelAt], "is above received")
                : null;
        }
    }

    /// <summary>The counts' storage, in the order of <see cref="Names"/>.</summary>
    [InlineArray(Count)]
    private struct Values
    {
        private long element;
    }
}

using System.Runtime.CompilerServices;
using NodaTime;
using Reform.Indicators.Dossiers;

namespace Reform.Indicators.Data;

/// <summary>
/// A dossier row's parsed fields with its times as <see cref="DateTime.Ticks"/> of civil time, for
/// <see cref="DossierReportSink.TryAcceptTicks"/>: the rules and the table's columns come from
/// integer comparisons and divisions instead of a <see cref="LocalDateTime"/> per value.
/// </summary>
/// <remarks>
/// Only tick-exact times (a whole number of 100 ns, years 1 to 9999) are kept as ticks; a reader
/// sends any other to the record path. A deadline at the end of its day
/// (<see cref="Calendars.VietnamTime.EndOf"/>, one nanosecond before midnight) is the last tick of
/// the day with <see cref="DueAtEndOfDay"/> set: against tick-exact times it compares as the end of
/// the day does, and the flag gives the table's due key.
/// </remarks>
internal struct TickRow
{
    /// <summary>Days from 0001-01-01 to 1970-01-01, the day numbers' epoch.</summary>
    private const long UnixEpochDays = 719_162;

    public DossierChannel Channel;
    public DossierStatus Status;
    public bool HasDue;
    public bool DueAtEndOfDay;
    public bool HasFinished;
    public bool HasRequested;
    public bool HasReturned;
    public bool HasUpdated;
    public int Requests;
    public long Received;
    public long Due;
    public long Finished;
    public long Requested;
    public long Returned;
    public long Updated;

    /// <summary>The row's optional facts of receiving unit and electronic result (docs/specification.md §10.2–10.3), made by the reader with <see cref="Indicators.DossierClassifier.Extras(bool, bool, bool?, Procedures.OnlineServiceLevel?)"/>; the procedure's online level is added on acceptance.</summary>
    public Indicators.DossierExtras Extras;

    /// <summary>Makes <see cref="Finished"/> the end point of the policy (docs/specification.md §9): <c>returned_at</c> when the policy takes it.</summary>
    public void ChooseEnd(Dossiers.DossierReadPolicy policy)
    {
        if (policy.EndIsReturned(Status.IsFinal(), HasFinished, HasReturned))
        {
            Finished = Returned;
            HasFinished = true;
        }
    }

    /// <summary>The day number (days since 1970-01-01) of a time in ticks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Day(long ticks) => (int)((ulong)ticks / TimeSpan.TicksPerDay - UnixEpochDays);

    /// <summary>The last tick of the day of <paramref name="ticks"/>, standing for the end of that day.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long EndOfDay(long ticks) => ticks - (ticks % TimeSpan.TicksPerDay) + TimeSpan.TicksPerDay - 1;

    /// <summary>The civil time of <paramref name="ticks"/>.</summary>
    public static LocalDateTime ToLocal(long ticks) => LocalDateTime.FromDateTime(new DateTime(ticks, DateTimeKind.Unspecified));

    /// <summary>A civil time as ticks, the end of a day as its last tick; false when it is not tick-exact or not in the years 1 to 9999.</summary>
    public static bool TryTicks(LocalDateTime value, out long ticks, out bool endOfDay)
    {
        ticks = 0;
        endOfDay = value.TimeOfDay == LocalTime.MaxValue;
        if (value.Year < 1 || (!endOfDay && value.NanosecondOfSecond % 100 != 0))
        {
            return false;
        }
        ticks = value.ToDateTimeUnspecified().Ticks;
        if (endOfDay)
        {
            ticks = EndOfDay(ticks);
        }
        return true;
    }
}

using NodaTime;

namespace Reform.Indicators.Data;

/// <summary>
/// The optional facts a procedure gives a dossier received on a day (its online level in force
/// that day, docs/specification.md §10.3), remembered per procedure index and day number: a row
/// costs an array read instead of a look-up by code and date (a hash of the code's string, the
/// version in force, the dated levels).
/// </summary>
/// <remarks>
/// The facts are a function of the procedure and the receipt date only, so remembering them
/// changes no answer: <paramref name="compute"/> is called once per procedure and day, and for
/// every row whose day lies outside a window of <see cref="Days"/> days about the first day seen.
/// The facts are a byte (the flags of <c>DossierExtras</c>, six of them), never 0xFF.
/// </remarks>
internal sealed class ProcedureDayFacts(Func<int, LocalDate, byte> compute)
{
    /// <summary>The days remembered per procedure (one byte each, allocated at the procedure's first row).</summary>
    internal const int Days = 4096;

    private const byte Unknown = 0xFF;                  // not a value compute may give
    private byte[]?[] byProcedure = new byte[]?[64];
    private long first = long.MinValue;                 // the day number of a row's first byte

    /// <summary>The facts of procedure index <paramref name="procedure"/> (not negative) for a receipt on day number <paramref name="day"/>.</summary>
    public byte Of(int procedure, int day)
    {
        if (first == long.MinValue)
        {
            first = (long)day - (Days / 2);
        }
        long at = day - first;
        if ((ulong)at >= Days)
        {
            return compute(procedure, Calendars.DayNumber.ToDate(day));
        }
        if (procedure >= byProcedure.Length)
        {
            Array.Resize(ref byProcedure, Math.Max(procedure + 1, 2 * byProcedure.Length));
        }
        var days = byProcedure[procedure];
        if (days is null)
        {
            days = byProcedure[procedure] = new byte[Days];
            Array.Fill(days, Unknown);
        }
        byte facts = days[at];
        if (facts == Unknown)
        {
            days[at] = facts = compute(procedure, Calendars.DayNumber.ToDate(day));
        }
        return facts;
    }
}

using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Measures;

namespace Reform.Indicators.Procedures;

/// <summary>
/// A set of procedures by code: the source of statutory deadlines for dossiers without an
/// appointment, and of the procedure-level online service indicators.
/// </summary>
public sealed class ProcedureCatalogue
{
    private readonly Dictionary<string, AdministrativeProcedure> byCode = new(StringComparer.Ordinal);

    /// <summary>Creates a catalogue.</summary>
    /// <exception cref="ArgumentException">Two procedures share a code; the message names it.</exception>
    public ProcedureCatalogue(IEnumerable<AdministrativeProcedure> procedures)
    {
        ArgumentNullException.ThrowIfNull(procedures);
        foreach (var procedure in procedures)
        {
            ArgumentNullException.ThrowIfNull(procedure, nameof(procedures));
            if (!byCode.TryAdd(procedure.Code, procedure))
            {
                throw new ArgumentException($"Procedure code '{procedure.Code}' appears twice.", nameof(procedures));
            }
        }
    }

    /// <summary>The procedures, in code order.</summary>
    public IReadOnlyList<AdministrativeProcedure> Procedures => [.. byCode.Values.OrderBy(p => p.Code, StringComparer.Ordinal)];

    /// <summary>How many procedures there are.</summary>
    public int Count => byCode.Count;

    /// <summary>The procedure with <paramref name="code"/>, or <see langword="null"/>.</summary>
    public AdministrativeProcedure? Find(string code) => byCode.GetValueOrDefault(code);

    /// <summary>
    /// A <see cref="DueDateResolver"/> that computes a dossier's deadline from its procedure's
    /// statutory limit with <paramref name="calendar"/> and <paramref name="policy"/>
    /// (docs/specification.md §3); it gives <see langword="null"/> for an unknown procedure.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public DueDateResolver DueDates(WorkingCalendar calendar, DueDatePolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return (code, receivedAt) => Find(code) is { } procedure ? calendar.DueDate(receivedAt, procedure.TimeLimit, policy) : null;
    }

    /// <summary>
    /// Procedures offered online (partial or full) on <paramref name="date"/> / all procedures:
    /// Resolution 76/NQ-CP's "TTHC provided online at levels 3–4"; Decision 766 indicator 3.1.
    /// </summary>
    public Rate OnlineShare(LocalDate date) =>
        new(byCode.Values.Count(p => p.OnlineLevelOn(date) != OnlineServiceLevel.None), byCode.Count);

    /// <summary>
    /// Procedures eligible for full online service that are offered fully online on
    /// <paramref name="date"/> / eligible procedures (the 2022 review: 100%, +4 points on 2021).
    /// </summary>
    public Rate EligibleFullOnlineShare(LocalDate date) =>
        new(byCode.Values.Count(p => p.FullOnlineEligible && p.OnlineLevelOn(date) == OnlineServiceLevel.Full), byCode.Values.Count(p => p.FullOnlineEligible));
}

using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Measures;

namespace Reform.Indicators.Procedures;

/// <summary>
/// A set of procedures by code: the source of statutory deadlines for dossiers without an
/// appointment, and of the procedure-level online service indicators.
/// </summary>
public sealed class ProcedureCatalogue
{
    // The versions of each code, by start; they never overlap. byCode holds the latest version.
    private readonly Dictionary<string, AdministrativeProcedure> byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AdministrativeProcedure[]> versions = new(StringComparer.Ordinal);

    /// <summary>Creates a catalogue.</summary>
    /// <remarks>A code may appear several times as versions in force over periods that do not overlap (<see cref="AdministrativeProcedure.ValidFrom"/>, <see cref="AdministrativeProcedure.ValidTo"/>; docs/specification.md §10.5).</remarks>
    /// <exception cref="ArgumentException">Two versions of a code are in force on a common day; the message names the code.</exception>
    public ProcedureCatalogue(IEnumerable<AdministrativeProcedure> procedures)
    {
        ArgumentNullException.ThrowIfNull(procedures);
        var all = procedures.ToArray();
        foreach (var group in all.GroupBy(p => p?.Code ?? throw new ArgumentNullException(nameof(procedures)), StringComparer.Ordinal))
        {
            var sorted = group.OrderBy(p => p.ValidFrom ?? LocalDate.MinIsoValue).ToArray();
            for (int i = 1; i < sorted.Length; i++)
            {
                if ((sorted[i - 1].ValidTo ?? LocalDate.MaxIsoValue) >= (sorted[i].ValidFrom ?? LocalDate.MinIsoValue))
                {
                    throw new ArgumentException($"Procedure code '{group.Key}' appears twice in force on a common day.", nameof(procedures));
                }
            }
            versions.Add(group.Key, sorted);
            byCode.Add(group.Key, sorted[^1]);
        }
    }

    /// <summary>The version of <paramref name="code"/> in force on <paramref name="date"/>, or <see langword="null"/> when none is.</summary>
    public AdministrativeProcedure? Find(string code, LocalDate date) =>
        versions.TryGetValue(code, out var list) ? Array.Find(list, p => p.IsValidOn(date)) : null;

    /// <summary>The procedures, in code order; the latest version of a code whose limit is dated.</summary>
    public IReadOnlyList<AdministrativeProcedure> Procedures => [.. byCode.Values.OrderBy(p => p.Code, StringComparer.Ordinal)];

    /// <summary>Every version of every code (docs/specification.md §10.5), by code and start.</summary>
    internal IEnumerable<AdministrativeProcedure> Versions => versions.Values.SelectMany(v => v);

    /// <summary>How many procedures there are.</summary>
    public int Count => byCode.Count;

    /// <summary>The procedure with <paramref name="code"/> (its latest version when its limit is dated), or <see langword="null"/>.</summary>
    public AdministrativeProcedure? Find(string code) => byCode.GetValueOrDefault(code);

    /// <summary>
    /// A <see cref="DueDateResolver"/> that computes a dossier's deadline from its procedure's
    /// statutory limit with <paramref name="calendar"/> and <paramref name="policy"/>
    /// (docs/specification.md §3), the version in force on the receipt date (§10.5); it gives
    /// <see langword="null"/> for an unknown procedure or one with no version in force that day.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public DueDateResolver DueDates(WorkingCalendar calendar, DueDatePolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        // docs/specification.md §10.5: the limit in force on the receipt date.
        return new CatalogueDueDates(this, calendar, policy).DueDate;
    }

    /// <summary>
    /// The days over which <see cref="Find(string, LocalDate)"/> gives <paramref name="code"/> the same
    /// version with the same online level: each span runs from its <c>From</c> (a day number,
    /// <see cref="DayNumber"/>; <see cref="int.MinValue"/> for the first) to the next span's, and
    /// <c>At</c> is a date inside it, where <c>Version</c> is the one in force (null: none is).
    /// </summary>
    /// <remarks>
    /// A span starts at every day where a version starts, the day after one ends and every day a
    /// version's online level changes, so nothing either depends on changes inside a span. An
    /// unknown code has one span without a version. Bounds before year 1 are no bounds: no receipt the readers take lies before them.
    /// Dates of another calendar system are bounds at the same day; <see cref="Find(string, LocalDate)"/>
    /// itself cannot compare them with ISO dates and throws <see cref="ArgumentException"/>, and so may this.
    /// </remarks>
    internal (int From, LocalDate At, AdministrativeProcedure? Version)[] Spans(string code)
    {
        var starts = new SortedSet<int> { int.MinValue };
        foreach (var version in versions.GetValueOrDefault(code) ?? [])
        {
            Bound(Iso(version.ValidFrom));
            Bound(Iso(version.ValidTo) is { } to && to < LocalDate.MaxIsoValue ? to.PlusDays(1) : null);
            foreach (var (since, _) in version.OnlineLevels)
            {
                Bound(Iso(since));
            }
        }
        var from = starts.ToArray();
        var spans = new (int From, LocalDate At, AdministrativeProcedure? Version)[from.Length];
        for (int i = 0; i < from.Length; i++)
        {
            // A date inside the span: its first day, or for the first span the day before the second.
            var at = i > 0 ? DayNumber.ToDate(from[i]) : from.Length > 1 ? DayNumber.ToDate(from[1] - 1) : new LocalDate(2000, 1, 1);
            spans[i] = (from[i], at, Find(code, at));
        }
        return spans;

        void Bound(LocalDate? date)
        {
            if (date is { Year: >= 1 and <= 9999 } day)
            {
                starts.Add(DayNumber.Of(day));
            }
        }

        static LocalDate? Iso(LocalDate? date) => date?.WithCalendar(CalendarSystem.Iso);
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

using NodaTime;
using Reform.Indicators.Procedures;

namespace Reform.Indicators.Data;

/// <summary>
/// What the fast readers need of a row's procedure on its receipt day — the version in force (for a
/// deadline from its limit) and the optional facts of its online level (docs/specification.md
/// §10.3, §10.5) — kept per procedure index as the few spans of days over which neither changes
/// (<see cref="ProcedureCatalogue.Spans"/>), so a row costs a short scan of a small array instead of a
/// look-up by code string and date.
/// </summary>
/// <remarks>
/// A procedure's spans are made at its first row; the facts of a span are <c>facts</c> of a date
/// inside it, so they are what asking on the row's own date gives. A few dozen bytes a procedure:
/// the spans of a national catalogue stay in the processor's caches, whatever the order of the rows.
/// </remarks>
internal sealed class ProcedureSpans(ProcedureCatalogue catalogue, Func<int, string> code, Func<int, LocalDate, byte> facts)
{
    private Span[]?[] byProcedure = new Span[]?[64];

    /// <summary>
    /// The version of procedure index <paramref name="procedure"/> (not negative) in force on day number
    /// <paramref name="day"/> (null: none), and its facts; false when the procedure's spans cannot be
    /// made because its versions' dates are of another calendar system (the catalogue cannot compare
    /// them): the caller then asks the catalogue and the resolver on the date, as the record path does.
    /// </summary>
    public bool TryOn(int procedure, int day, out AdministrativeProcedure? version, out byte facts)
    {
        var spans = (uint)procedure < (uint)byProcedure.Length ? byProcedure[procedure] : null;
        spans ??= Make(procedure);
        int k = spans.Length - 1;
        if (k < 0)
        {
            version = null;
            facts = 0;
            return false;
        }
        if (k > 8)
        {
            k = Array.BinarySearch(spans, new Span(day, null, 0));
            k = k >= 0 ? k : ~k - 1;
        }
        else
        {
            while (spans[k].From > day)
            {
                k--; // the first span starts at int.MinValue
            }
        }
        version = spans[k].Version;
        facts = spans[k].Facts;
        return true;
    }

    private Span[] Make(int procedure)
    {
        if (procedure >= byProcedure.Length)
        {
            Array.Resize(ref byProcedure, Math.Max(procedure + 1, 2 * byProcedure.Length));
        }
        Span[] spans;
        try
        {
            spans = [.. catalogue.Spans(code(procedure)).Select(s => new Span(s.From, s.Version, facts(procedure, s.At)))];
        }
        catch (ArgumentException)
        {
            // Dates of several calendar systems, which NodaTime does not compare: none (asked day by day).
            spans = [];
        }
        return byProcedure[procedure] = spans;
    }

    private readonly record struct Span(int From, AdministrativeProcedure? Version, byte Facts) : IComparable<Span>
    {
        public int CompareTo(Span other) => From.CompareTo(other.From);
    }
}

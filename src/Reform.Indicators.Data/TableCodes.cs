using Reform.Indicators.Columnar;
using Reform.Indicators.Units;

namespace Reform.Indicators.Data;

/// <summary>Unit or procedure codes of a data set, looked up from spans, with their ordinals in the current table.</summary>
/// <remarks>One instance per kind of code: <see cref="TableCodes.Units"/> and <see cref="TableCodes.Procedures"/>.</remarks>
internal sealed class TableCodes
{
    private readonly Func<DossierTable, string, int> ordinalOf;
    private readonly UnitRegistry? registry;
    private readonly List<int[]?> validity = []; // per code: [from, to, from, to, …] day numbers of its versions; null when always valid
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly List<string> codes = [];
    private int[] ordinals = new int[64];
    private int[] batches = new int[64];

    private TableCodes(Func<DossierTable, string, int> ordinalOf, UnitRegistry? registry)
    {
        this.ordinalOf = ordinalOf;
        this.registry = registry;
        lookup = index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Unit codes, with their unit ordinals in a table and, given the units file, the days each names a unit (docs/specification.md §10.1).</summary>
    public static TableCodes Units(UnitRegistry? registry) => new((table, code) => table.UnitOrdinal(code), registry);

    /// <summary>Procedure codes, with their procedure ordinals in a table.</summary>
    public static TableCodes Procedures() => new((table, code) => table.ProcedureOrdinal(code), registry: null);

    /// <summary>The code's index in the file, adding it when new; -1 when <paramref name="knownCodes"/> is given and lacks it.</summary>
    public int Index(ReadOnlySpan<char> code, IReadOnlySet<string>? knownCodes)
    {
        if (lookup.TryGetValue(code, out int i))
        {
            return i;
        }
        string text = code.ToString();
        if (knownCodes is not null && !knownCodes.Contains(text))
        {
            return -1;
        }
        i = codes.Count;
        codes.Add(text);
        index.Add(text, i);
        validity.Add(registry is null ? null : Validity(registry.History(text)));
        return i;
    }

    /// <summary>Whether the code of index <paramref name="i"/> names a unit on day <paramref name="day"/> (always, without a registry).</summary>
    public bool IsValidOn(int i, int day)
    {
        if (validity[i] is not { } ranges)
        {
            return true;
        }
        for (int r = 0; r < ranges.Length; r += 2)
        {
            if (ranges[r] <= day && day <= ranges[r + 1])
            {
                return true;
            }
        }
        return false;
    }

    private static int[]? Validity(IReadOnlyList<AdministrativeUnit> versions)
    {
        if (versions.Count == 1 && versions[0].ValidFrom is null && versions[0].ValidTo is null)
        {
            return null;
        }
        var ranges = new int[2 * versions.Count];
        for (int v = 0; v < versions.Count; v++)
        {
            ranges[2 * v] = versions[v].ValidFrom is { } from ? Calendars.DayNumber.Of(from) : int.MinValue;
            ranges[(2 * v) + 1] = versions[v].ValidTo is { } to ? Calendars.DayNumber.Of(to) : int.MaxValue;
        }
        return ranges;
    }

    public string Code(int i) => codes[i];

    /// <summary>The ordinal in <paramref name="table"/> of the code of index <paramref name="i"/>.</summary>
    public int Ordinal(int i, DossierTable table, int batch)
    {
        if (i >= ordinals.Length)
        {
            int size = Math.Max(i + 1, 2 * ordinals.Length);
            Array.Resize(ref ordinals, size);
            Array.Resize(ref batches, size);
        }
        if (batches[i] != batch)
        {
            ordinals[i] = ordinalOf(table, codes[i]);
            batches[i] = batch;
        }
        return ordinals[i];
    }
}

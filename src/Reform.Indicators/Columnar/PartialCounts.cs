using System.Text;
using System.Text.Json;
using Reform.Indicators.Indicators;
using Reform.Indicators.Units;

namespace Reform.Indicators.Columnar;

/// <summary>
/// The counts of docs/specification.md §4 per (unit code, period): the mergeable, serialisable result of
/// the columnar kernels. Partials of disjoint sets of dossiers — files, regions, threads,
/// machines — merge by addition into the counts of the union, and the grouping of the simple path
/// (<see cref="DossierIndicators.Group"/>: unit, level, rollup, national) applies to the result.
/// </summary>
/// <remarks>
/// <para>Canonical form: periods ordered by first date, last date, then name; unit codes in ordinal
/// order, keeping only units with at least one non-zero count. Two partials are equal when they
/// have the same periods, units and counts, so a merge of any split equals the whole.</para>
/// <para>Serialised forms, internal to the repository's packages (not a published wire format):
/// compact binary with variable-length integers, and JSON; counts read are checked against the
/// identities of <see cref="DossierCounts"/>.</para>
/// </remarks>
public sealed class PartialCounts : IEquatable<PartialCounts>
{
    private const int FieldCount = DossierCounts.Count;
    private const string JsonFormat = "reform-partial-counts";
    private static readonly byte[] Magic = "RIPC"u8.ToArray();

    private readonly ReportingPeriod[] periods;
    private readonly string[] unitCodes;
    // [unit * periods.Length + period]: one of the two, as counts (built or merged) or as a count's
    // compact cells (CountCell: 68 bytes a cell instead of 168, the sums derived when read).
    private readonly DossierCounts[]? cells;
    private readonly CountCell[]? compact;
    private Dictionary<string, int>? unitIndex; // built on the first lookup by code

    /// <summary>Builds partial counts from counts per (unit code, period).</summary>
    /// <param name="periods">The periods counted (duplicates by name are merged).</param>
    /// <param name="counts">Counts per unit code and period; a (unit, period) given twice is added up; every period must be among <paramref name="periods"/>.</param>
    /// <exception cref="ArgumentException">A count names a period not in <paramref name="periods"/>.</exception>
    public PartialCounts(IEnumerable<ReportingPeriod> periods, IEnumerable<(string UnitCode, ReportingPeriod Period, DossierCounts Counts)> counts)
    {
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(counts);
        this.periods = Canonical(periods);
        var periodIndex = PeriodIndex(this.periods);
        var byUnit = new SortedDictionary<string, DossierCounts[]>(StringComparer.Ordinal);
        foreach (var (code, period, value) in counts)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(code);
            ArgumentNullException.ThrowIfNull(period);
            if (!periodIndex.TryGetValue(period.Name, out int p))
            {
                throw new ArgumentException($"Counts for period {period} are given, but it is not among the periods.", nameof(counts));
            }
            if (!byUnit.TryGetValue(code, out var row))
            {
                byUnit[code] = row = new DossierCounts[this.periods.Length];
            }
            row[p] += value;
        }
        var kept = byUnit.Where(pair => pair.Value.Any(c => c != default)).ToArray();
        unitCodes = [.. kept.Select(pair => pair.Key)];
        cells = [.. kept.SelectMany(pair => pair.Value)];
    }

    // Trusted: periods canonical, codes ordinal-sorted and distinct, cells laid out and non-zero rows only.
    private PartialCounts(ReportingPeriod[] periods, string[] unitCodes, DossierCounts[] cells)
    {
        this.periods = periods;
        this.unitCodes = unitCodes;
        this.cells = cells;
    }

    // Trusted, as above, with a count's compact cells.
    private PartialCounts(ReportingPeriod[] periods, string[] unitCodes, CountCell[] compact)
    {
        this.periods = periods;
        this.unitCodes = unitCodes;
        this.compact = compact;
    }

    /// <summary>The number of cells (units × periods).</summary>
    private int CellCount => compact?.Length ?? cells!.Length;

    /// <summary>The counts of cell <paramref name="index"/> ([unit × periods + period]).</summary>
    private DossierCounts Cell(int index) => compact is null ? cells![index] : compact[index].ToCounts();

    /// <summary>The periods, ordered by first date, last date and name.</summary>
    public IReadOnlyList<ReportingPeriod> Periods => periods;

    /// <summary>The codes of the units with at least one non-zero count, in ordinal order.</summary>
    public IReadOnlyList<string> UnitCodes => unitCodes;

    /// <summary>The counts of a unit in a period; zero counts when the unit has none.</summary>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not among <see cref="Periods"/>.</exception>
    public DossierCounts this[string unitCode, ReportingPeriod period]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(unitCode);
            int p = PeriodOrdinal(period);
            // Two threads may both build it; they build equal dictionaries.
            return (unitIndex ??= IndexOf(unitCodes)).TryGetValue(unitCode, out int u) ? Cell((u * periods.Length) + p) : default;
        }
    }

    /// <summary>All units together in <paramref name="period"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not among <see cref="Periods"/>.</exception>
    public DossierCounts Total(ReportingPeriod period)
    {
        int p = PeriodOrdinal(period);
        var total = default(DossierCounts);
        for (int u = 0; u < unitCodes.Length; u++)
        {
            total += Cell((u * periods.Length) + p);
        }
        return total;
    }

    /// <summary>
    /// The counts per unit code in <paramref name="period"/>, ordered by code, for the units with at
    /// least one dossier in scope: the same as <see cref="DossierIndicators.CountByUnit"/> on the same dossiers.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not among <see cref="Periods"/>.</exception>
    public IReadOnlyDictionary<string, DossierCounts> ByUnit(ReportingPeriod period)
    {
        int p = PeriodOrdinal(period);
        var result = new SortedDictionary<string, DossierCounts>(StringComparer.Ordinal);
        for (int u = 0; u < unitCodes.Length; u++)
        {
            var counts = Cell((u * periods.Length) + p);
            if (counts.InScope > 0)
            {
                result.Add(unitCodes[u], counts);
            }
        }
        return result;
    }

    /// <summary>A report for <paramref name="period"/>, grouped with the simple path's <see cref="DossierIndicators.Group"/>.</summary>
    /// <param name="period">One of <see cref="Periods"/>.</param>
    /// <param name="groupBy">The grouping.</param>
    /// <param name="units">The units; required for <see cref="GroupBy.Level"/> and <see cref="GroupBy.Rollup"/>.</param>
    /// <param name="rejected">The rows rejected on input, carried into the report.</param>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not among <see cref="Periods"/>, or <paramref name="units"/> is missing for a level or rollup grouping.</exception>
    public IndicatorReport Report(ReportingPeriod period, GroupBy groupBy, UnitRegistry? units = null, IReadOnlyList<RowError>? rejected = null)
    {
        if (units is null && groupBy is GroupBy.Level or GroupBy.Rollup)
        {
            throw new ArgumentException($"Grouping by {groupBy.ToString().ToLowerInvariant()} needs the units (a units file or registry).", nameof(units));
        }
        return new IndicatorReport(period, groupBy, DossierIndicators.Group(ByUnit(period), period, groupBy, units), rejected ?? []);
    }

    /// <summary>The counts of both: the union of the periods and units, counts added (a commutative, associative merge).</summary>
    /// <exception cref="OverflowException">A sum does not fit in a <see cref="long"/>.</exception>
    public PartialCounts Merge(PartialCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Merge([this, other]);
    }

    /// <summary>The counts of all the partials together (empty counts for none).</summary>
    /// <exception cref="OverflowException">A sum does not fit in a <see cref="long"/>.</exception>
    public static PartialCounts Merge(IEnumerable<PartialCounts> partials)
    {
        ArgumentNullException.ThrowIfNull(partials);
        var all = partials.ToArray();
        var periods = Canonical(all.SelectMany(p => p.periods));
        var periodIndex = PeriodIndex(periods);
        string[] codes = [.. all.SelectMany(p => p.unitCodes).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var index = IndexOf(codes);
        var cells = new DossierCounts[codes.Length * periods.Length];
        foreach (var partial in all)
        {
            var map = Array.ConvertAll(partial.periods, p => periodIndex[p.Name]);
            for (int u = 0; u < partial.unitCodes.Length; u++)
            {
                int target = index[partial.unitCodes[u]] * periods.Length;
                for (int p = 0; p < map.Length; p++)
                {
                    cells[target + map[p]] += partial.Cell((u * partial.periods.Length) + p);
                }
            }
        }
        return new PartialCounts(periods, codes, cells);
    }

    /// <summary>Writes the compact binary form: a header, the period names, the unit codes, then 15 variable-length counts per (unit, period).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    internal void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write((byte)1);
        writer.Write7BitEncodedInt(periods.Length);
        foreach (var period in periods)
        {
            writer.Write(period.Name);
        }
        writer.Write7BitEncodedInt(unitCodes.Length);
        foreach (var code in unitCodes)
        {
            writer.Write(code);
        }
        Span<long> values = stackalloc long[FieldCount];
        for (int c = 0; c < CellCount; c++)
        {
            Fields(Cell(c), values);
            foreach (long value in values)
            {
                writer.Write7BitEncodedInt64(value);
            }
        }
    }

    /// <summary>Reads the binary form written by <see cref="WriteTo"/>.</summary>
    /// <exception cref="FormatException">The stream does not hold partial counts.</exception>
    internal static PartialCounts ReadFrom(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadByte() != 1)
            {
                throw new FormatException("Not partial counts (version 1): the header does not match.");
            }
            var periods = new ReportingPeriod[reader.Read7BitEncodedInt()];
            for (int p = 0; p < periods.Length; p++)
            {
                periods[p] = ReportingPeriod.Parse(reader.ReadString());
            }
            var codes = new string[reader.Read7BitEncodedInt()];
            for (int u = 0; u < codes.Length; u++)
            {
                codes[u] = reader.ReadString();
            }
            Span<long> values = stackalloc long[FieldCount];
            var counts = new List<(string, ReportingPeriod, DossierCounts)>(codes.Length * periods.Length);
            foreach (var code in codes)
            {
                foreach (var period in periods)
                {
                    for (int f = 0; f < FieldCount; f++)
                    {
                        values[f] = ReadCount(reader);
                    }
                    counts.Add((code, period, FromFields(values, code, period.Name)));
                }
            }
            return new PartialCounts(periods, counts);
        }
        catch (EndOfStreamException e)
        {
            throw new FormatException("Partial counts are truncated.", e);
        }
    }

    /// <summary>
    /// The JSON form: <c>{"format":"reform-partial-counts","version":1,"periods":["2022-01",…],
    /// "fields":["inScope",…],"units":{"01":[[15 counts of the first period],…],…}}</c>.
    /// </summary>
    internal string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("format", JsonFormat);
            json.WriteNumber("version", 1);
            json.WriteStartArray("periods");
            foreach (var period in periods)
            {
                json.WriteStringValue(period.Name);
            }
            json.WriteEndArray();
            json.WriteStartArray("fields");
            foreach (var name in DossierCounts.Names)
            {
                json.WriteStringValue(name);
            }
            json.WriteEndArray();
            json.WriteStartObject("units");
            Span<long> values = stackalloc long[FieldCount];
            for (int u = 0; u < unitCodes.Length; u++)
            {
                json.WriteStartArray(unitCodes[u]);
                for (int p = 0; p < periods.Length; p++)
                {
                    Fields(Cell((u * periods.Length) + p), values);
                    json.WriteStartArray();
                    foreach (long value in values)
                    {
                        json.WriteNumberValue(value);
                    }
                    json.WriteEndArray();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads the JSON form written by <see cref="ToJson"/>.</summary>
    /// <exception cref="FormatException">The text is not partial counts in JSON.</exception>
    internal static PartialCounts FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.GetProperty("format").GetString() != JsonFormat || root.GetProperty("version").GetInt32() != 1)
            {
                throw new FormatException($"Not partial counts: expected format \"{JsonFormat}\", version 1.");
            }
            var periods = root.GetProperty("periods").EnumerateArray().Select(p => ReportingPeriod.Parse(p.GetString()!)).ToArray();
            if (!root.GetProperty("fields").EnumerateArray().Select(f => f.GetString()).SequenceEqual(DossierCounts.Names))
            {
                throw new FormatException($"Partial counts must list the fields {string.Join(", ", DossierCounts.Names)}.");
            }
            var counts = new List<(string, ReportingPeriod, DossierCounts)>();
            Span<long> values = stackalloc long[FieldCount];
            foreach (var unit in root.GetProperty("units").EnumerateObject())
            {
                var rows = unit.Value.EnumerateArray().ToArray();
                if (rows.Length != periods.Length)
                {
                    throw new FormatException($"Unit {unit.Name} has counts for {rows.Length} periods; {periods.Length} are listed.");
                }
                for (int p = 0; p < periods.Length; p++)
                {
                    int f = 0;
                    foreach (var value in rows[p].EnumerateArray())
                    {
                        if (f == FieldCount)
                        {
                            break;
                        }
                        values[f++] = value.GetInt64();
                    }
                    if (f != FieldCount || rows[p].GetArrayLength() != FieldCount)
                    {
                        throw new FormatException($"Unit {unit.Name}, period {periods[p].Name}: expected {FieldCount} counts.");
                    }
                    counts.Add((unit.Name, periods[p], FromFields(values, unit.Name, periods[p].Name)));
                }
            }
            return new PartialCounts(periods, counts);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"Not partial counts in JSON: {e.Message}", e);
        }
    }

    /// <summary>Whether both have the same periods, units and counts.</summary>
    public bool Equals(PartialCounts? other) =>
        other is not null
        && periods.Select(p => p.Name).SequenceEqual(other.periods.Select(p => p.Name))
        && unitCodes.AsSpan().SequenceEqual(other.unitCodes)
        && CellCount == other.CellCount
        && Enumerable.Range(0, CellCount).All(c => Cell(c) == other.Cell(c));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PartialCounts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(periods.Length, unitCodes.Length, CellCount > 0 ? Cell(0) : default);

    /// <summary>A summary: <c>"12 periods × 11,411 units"</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{periods.Length} periods × {unitCodes.Length:N0} units");

    /// <summary>Partial counts from cells laid out by unit in ordinal order of <paramref name="sortedCodes"/>; all-zero units are dropped in place.</summary>
    /// <param name="periods">Canonical periods.</param>
    /// <param name="sortedCodes">Distinct unit codes in ordinal order.</param>
    /// <param name="cells">Counts by [unit × periods + period], in the order of <paramref name="sortedCodes"/>; reused, not copied, when no unit is all zero.</param>
    /// <param name="counted">Whether each unit has a non-zero count.</param>
    internal static PartialCounts FromCells(ReportingPeriod[] periods, string[] sortedCodes, CountCell[] cells, bool[] counted)
    {
        int width = periods.Length, kept = 0;
        for (int u = 0; u < sortedCodes.Length; u++)
        {
            var row = cells.AsSpan(u * width, width);
            if (counted[u])
            {
                if (kept != u)
                {
                    row.CopyTo(cells.AsSpan(kept * width, width));
                    sortedCodes[kept] = sortedCodes[u];
                }
                kept++;
            }
        }
        if (kept < sortedCodes.Length)
        {
            // A copy (the layout needs no tail), on large pages like the cells it comes from (CellMemory).
            var trimmed = CellMemory.Allocate<CountCell>(kept * width);
            cells.AsSpan(0, trimmed.Length).CopyTo(trimmed);
            cells = trimmed;
            Array.Resize(ref sortedCodes, kept);
        }
        return new PartialCounts(periods, sortedCodes, cells);
    }

    internal static ReportingPeriod[] Canonical(IEnumerable<ReportingPeriod> periods) =>
        [.. periods.Select(p => p ?? throw new ArgumentException("A period is null.", nameof(periods)))
            .DistinctBy(p => p.Name).OrderBy(p => p.First).ThenBy(p => p.Last).ThenBy(p => p.Name, StringComparer.Ordinal)];

    private int PeriodOrdinal(ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        for (int p = 0; p < periods.Length; p++)
        {
            if (periods[p].Name == period.Name)
            {
                return p;
            }
        }
        throw new ArgumentException($"Period {period} was not counted; the counts cover {string.Join(", ", periods.Select(p => p.Name))}.", nameof(period));
    }

    private static Dictionary<string, int> PeriodIndex(ReportingPeriod[] periods) =>
        periods.Select((p, i) => (p.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);

    private static Dictionary<string, int> IndexOf(string[] codes) =>
        codes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);

    private static long ReadCount(BinaryReader reader)
    {
        long value = reader.Read7BitEncodedInt64();
        return value >= 0 ? value : throw new FormatException($"A count is negative ({value}).");
    }

    private static void Fields(DossierCounts c, Span<long> values) => c.CopyTo(values);

    private static DossierCounts FromFields(ReadOnlySpan<long> values, string unit, string period)
    {
        try
        {
            return DossierCounts.FromValues(values);
        }
        catch (FormatException e)
        {
            throw new FormatException($"Unit {unit}, period {period}: {e.Message}", e);
        }
    }
}

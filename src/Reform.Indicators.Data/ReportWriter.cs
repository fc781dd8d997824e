using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Reform.Indicators.Indicators;
using Reform.Indicators.Measures;
using Reform.Indicators.Units;

namespace Reform.Indicators.Data;

/// <summary>Writes an <see cref="IndicatorReport"/> as a table, JSON (docs/specification.md §8) or CSV.</summary>
/// <remarks>
/// Percentages are those of <see cref="Rate.Percent"/>: 100·N/D rounded half away from zero to two
/// decimals, absent (JSON <c>null</c>, empty CSV field, <c>-</c> in a table) when the denominator is 0.
/// JSON also gives each rejected row's raw <c>value</c> (null when the fault is not about one value).
/// </remarks>
public static class ReportWriter
{
    /// <summary>Every count of <see cref="DossierCounts"/>, by its name (its JSON key and CSV column), in its fixed order.</summary>
    private static readonly (string Name, Func<DossierCounts, long> Get)[] Counts =
        [.. DossierCounts.Names.Select((name, i) => (name, (Func<DossierCounts, long>)(c => c.ValueAt(i))))];

    /// <summary>Writes <paramref name="report"/> to <paramref name="stream"/> (UTF-8; CSV with a byte-order mark), which stays open.</summary>
    public static void Write(IndicatorReport report, ReportFormat format, Stream stream) => Write(report, format, stream, ReportWriteOptions.Default);

    /// <summary>Writes <paramref name="report"/> to <paramref name="stream"/> (UTF-8), which stays open: CSV and tidy CSV with a byte-order mark unless <paramref name="options"/> says otherwise.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static void Write(IndicatorReport report, ReportFormat format, Stream stream, ReportWriteOptions options) => Write(report, rows: null, format, stream, options);

    /// <summary>
    /// Writes a report read from files, with its accounting of rows (docs/specification.md §9): JSON gains
    /// <c>rows</c> (read, accepted, rejected, excluded, superseded), <c>rejectedByReason</c> and
    /// <c>excludedByReason</c>; the table's first line counts rows, not faults.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static void Write(DossierFileReport result, ReportFormat format, Stream stream, ReportWriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        Write(result.Report, result, format, stream, options);
    }

    /// <summary>Writes a report read from files with its accounting of rows, CSV with a byte-order mark; see <see cref="Write(DossierFileReport, ReportFormat, Stream, ReportWriteOptions)"/>.</summary>
    public static void Write(DossierFileReport result, ReportFormat format, Stream stream) => Write(result, format, stream, ReportWriteOptions.Default);

    private static void Write(IndicatorReport report, DossierFileReport? rows, ReportFormat format, Stream stream, ReportWriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stream);
        switch (format)
        {
            case ReportFormat.Json:
                WriteJson(report, rows, stream);
                break;
            case ReportFormat.Tidy:
                TidyWriter.Write(report.ToTidy(), stream, options);
                break;
            case ReportFormat.Csv:
            case ReportFormat.Table:
                using (var writer = format == ReportFormat.Csv ? CsvWriter(stream, options) : CsvWriter(stream, options with { ByteOrderMark = false }))
                {
                    if (format == ReportFormat.Csv)
                    {
                        WriteCsv(report, writer);
                    }
                    else
                    {
                        WriteTable(report, rows, writer);
                    }
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format.");
        }
    }

    /// <summary>A UTF-8 writer with "\n" line ends that leaves <paramref name="stream"/> open, starting with a byte-order mark when the options say so.</summary>
    internal static StreamWriter CsvWriter(Stream stream, ReportWriteOptions options) =>
        new(stream, new UTF8Encoding(options.ByteOrderMark), leaveOpen: true) { NewLine = "\n" };

    /// <summary>Writes the JSON of docs/specification.md §8, indented, with a final newline.</summary>
    public static void WriteJson(IndicatorReport report, Stream stream) => WriteJson(report, rows: null, stream);

    private static void WriteJson(IndicatorReport report, DossierFileReport? rows, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new ArrayBufferWriter<byte>(JsonFlushBytes + (JsonFlushBytes >> 2));
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("period");
            json.WriteString("name", report.Period.Name);
            json.WriteString("first", TextForms.Format(report.Period.First));
            json.WriteString("last", TextForms.Format(report.Period.Last));
            json.WriteEndObject();
            json.WriteString("groupBy", GroupByName(report.GroupBy));
            if (rows is not null)
            {
                json.WriteStartObject("rows");
                json.WriteNumber("read", rows.RowsRead);
                json.WriteNumber("accepted", rows.AcceptedRows);
                json.WriteNumber("rejected", rows.RejectedRows);
                json.WriteNumber("excluded", rows.ExcludedRows);
                json.WriteNumber("superseded", rows.SupersededRows);
                json.WriteEndObject();
                WriteReasons(json, "rejectedByReason", rows.RejectedByReason);
                WriteReasons(json, "excludedByReason", rows.ExcludedByReason);
            }
            json.WriteStartArray("rejected");
            foreach (var error in report.Rejected)
            {
                json.WriteStartObject();
                if (error.File is { } file)
                {
                    json.WriteString("file", file);
                }
                json.WriteNumber("row", error.Row);
                json.WriteString("column", error.Column);
                json.WriteString("reason", error.Reason);
                json.WriteString("value", error.Value);
                json.WriteEndObject();
                FlushFull(json, buffer, stream);
            }
            json.WriteEndArray();
            json.WriteStartArray("groups");
            foreach (var group in report.Groups)
            {
                json.WriteStartObject();
                json.WriteString("key", group.Key);
                json.WriteString("name", group.Name);
                json.WriteString("level", group.Level?.ToName());
                json.WriteStartObject("counts");
                foreach (var (name, get) in Counts)
                {
                    json.WriteNumber(name, get(group.Counts));
                }
                json.WriteEndObject();
                json.WriteStartObject("rates");
                foreach (var rate in group.Counts.Rates)
                {
                    json.WriteStartObject(rate.Name);
                    json.WriteNumber("numerator", rate.Parts.Numerator);
                    json.WriteNumber("denominator", rate.Parts.Denominator);
                    if (rate.Percent is { } percent)
                    {
                        json.WriteNumber("percent", percent);
                    }
                    else
                    {
                        json.WriteNull("percent");
                    }
                    json.WriteString("noValue", rate.NoValueReason);
                    json.WriteEndObject();
                }
                json.WriteEndObject();
                json.WriteEndObject();
                FlushFull(json, buffer, stream);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.Write(buffer.WrittenSpan);
        stream.WriteByte((byte)'\n');
    }

    /// <summary>
    /// Hands the JSON written so far to the stream once it fills <see cref="JsonFlushBytes"/>, so that
    /// a report of many groups (tens of megabytes for every commune) is not held whole; the stream
    /// itself is not flushed (a compressing stream would end a block at each).
    /// </summary>
    private static void FlushFull(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, Stream stream)
    {
        if (json.BytesPending + buffer.WrittenCount >= JsonFlushBytes)
        {
            json.Flush();
            stream.Write(buffer.WrittenSpan);
            buffer.ResetWrittenCount();
        }
    }

    private const int JsonFlushBytes = 1 << 16;

    private static void WriteReasons(Utf8JsonWriter json, string name, IReadOnlyList<RejectReason> reasons)
    {
        json.WriteStartArray(name);
        foreach (var reason in reasons)
        {
            json.WriteStartObject();
            json.WriteString("column", reason.Column);
            json.WriteString("reason", reason.Reason);
            json.WriteNumber("rows", reason.Rows);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>Writes one CSV line per group under a header: key, name, level, the counts, and numerator, denominator, percent (empty when the rate has no value) of each named rate.</summary>
    public static void WriteCsv(IndicatorReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var header = new List<string> { "key", "name", "level" };
        header.AddRange(Counts.Select(c => c.Name));
        foreach (string name in DossierCounts.RateNames)
        {
            header.AddRange([$"{name}Numerator", $"{name}Denominator", $"{name}Percent"]);
        }
        writer.WriteLine(string.Join(',', header));
        foreach (var group in report.Groups)
        {
            var fields = new List<string> { Csv(group.Key), Csv(group.Name ?? ""), group.Level?.ToName() ?? "" };
            fields.AddRange(Counts.Select(c => c.Get(group.Counts).ToString(CultureInfo.InvariantCulture)));
            foreach (var rate in group.Counts.Rates)
            {
                fields.AddRange([rate.Parts.Numerator.ToString(CultureInfo.InvariantCulture), rate.Parts.Denominator.ToString(CultureInfo.InvariantCulture), rate.Percent?.ToString("0.00", CultureInfo.InvariantCulture) ?? ""]);
            }
            writer.WriteLine(string.Join(',', fields));
        }
    }

    /// <summary>Writes an aligned table: one line per group with its main counts and the three rates in percent; a level table ends with the national total.</summary>
    public static void WriteTable(IndicatorReport report, TextWriter writer) => WriteTable(report, rows: null, writer);

    private static void WriteTable(IndicatorReport report, DossierFileReport? rows, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        // Rows, not faults: a row with three faults is one rejected row.
        string accounting = rows is null
            ? string.Create(CultureInfo.InvariantCulture, $"{report.Rejected.Select(e => (e.File, e.Row)).Distinct().Count():N0} rejected rows")
            : string.Create(CultureInfo.InvariantCulture,
                $"{rows.RowsRead:N0} rows read: {rows.AcceptedRows:N0} accepted, {rows.RejectedRows:N0} rejected, {rows.ExcludedRows:N0} excluded, {rows.SupersededRows:N0} superseded");
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Period {report.Period.Name} ({TextForms.Format(report.Period.First)}..{TextForms.Format(report.Period.Last)}), by {GroupByName(report.GroupBy)}; {accounting}"));
        string[] header = ["group", "name", "in scope", "received", "resolved", "on-time resolution %", "on-time handling %", "online %"];
        var lines = report.Groups.Select(g => new[]
        {
            g.Key, g.Name ?? "",
            g.Counts.InScope.ToString("N0", CultureInfo.InvariantCulture),
            g.Counts.Received.ToString("N0", CultureInfo.InvariantCulture),
            g.Counts.Resolved.ToString("N0", CultureInfo.InvariantCulture),
            Percent(g.OnTimeResolution), Percent(g.OnTimeHandling), Percent(g.Online),
        }).ToList();
        if (report.GroupBy == GroupBy.Level && report.Groups.Count > 1)
        {
            // A level table also shows the whole: the national online share is a figure of the review.
            var all = report.Groups.Aggregate(default(DossierCounts), (sum, g) => sum + g.Counts);
            lines.Add(["national", "(all levels)", all.InScope.ToString("N0", CultureInfo.InvariantCulture), all.Received.ToString("N0", CultureInfo.InvariantCulture),
                all.Resolved.ToString("N0", CultureInfo.InvariantCulture), Percent(all.OnTimeResolution), Percent(all.OnTimeHandling), Percent(all.Online)]);
        }
        var widths = header.Select((h, i) => Math.Max(h.Length, lines.Count == 0 ? 0 : lines.Max(r => r[i].Length))).ToArray();
        writer.WriteLine(Line(header, widths));
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in lines)
        {
            writer.WriteLine(Line(row, widths));
        }
    }

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i < 2 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd();

    private static string Percent(Rate rate) => rate.Percent?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-";

    private static string GroupByName(GroupBy groupBy) => groupBy.ToString().ToLowerInvariant();

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}

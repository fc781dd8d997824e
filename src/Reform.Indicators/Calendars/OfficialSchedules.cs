using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Calendars;

/// <summary>
/// Official civil-service schedules as data: the days that change the Monday–Friday pattern
/// (weekday holidays, compensatory and swapped days off, make-up working Saturdays), each with
/// its source and confidence; the embedded 2022–2026 schedules, and a reader for schedules in
/// the same CSV format.
/// </summary>
/// <remarks>
/// <para>
/// The CSV format: a header line naming the columns <c>date,kind,occasion,confidence,source</c>
/// (in any order; other columns are ignored), then one line per day. <c>date</c> is ISO
/// <c>yyyy-MM-dd</c>; <c>kind</c> is <c>holiday</c>, <c>compensatory</c>, <c>swapped</c> or
/// <c>make-up-working-day</c>; <c>confidence</c> is <c>source</c>, <c>unconfirmed</c>, <c>rule</c>
/// or <c>estimated</c> (both case-insensitive); <c>occasion</c> and <c>source</c> are free text,
/// quoted (<c>"..."</c>, with <c>""</c> for a quote) when they contain a comma. Blank lines are
/// skipped. A date may appear only once.
/// </para>
/// <para>
/// A year that appears in a schedule is taken as complete: <see cref="WorkingCalendar.WithSchedule"/>
/// replaces the whole year. Like the Government's notices, a schedule lists the weekdays off
/// and the make-up Saturdays; holidays that fall on a weekend need not be listed.
/// </para>
/// </remarks>
public static class OfficialSchedules
{
    private const string ResourceName = "Reform.Indicators.Calendars.Data.civil-service-days-off.csv";

    /// <summary>
    /// The official civil-service schedules the package ships: 2022 to 2026, gathered from
    /// Government Office (VPCP) letters and MoLISA/MoHA notices, with the source of each day.
    /// </summary>
    /// <remarks>
    /// 2023–2025 are confirmed from sources; most of 2022 is <see cref="ScheduleConfidence.Unconfirmed"/>;
    /// 2026 has a confirmed Tết and the rest derived by rule. See <c>docs/calendar.md</c>.
    /// </remarks>
    public static IReadOnlyList<ScheduledDay> CivilService { get; } = LoadEmbedded();

    /// <summary>Parses a schedule from CSV text.</summary>
    /// <param name="csv">The CSV text, header first.</param>
    /// <returns>The days, in the order of the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    /// <exception cref="FormatException">A line is malformed; the message gives the line, the column and the reason.</exception>
    public static IReadOnlyList<ScheduledDay> Parse(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        using var reader = new StringReader(csv);
        return Read(reader);
    }

    /// <summary>Reads a schedule in CSV from a stream (UTF-8, with or without a byte-order mark).</summary>
    /// <param name="stream">The stream; left open.</param>
    /// <returns>The days, in the order of the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="FormatException">A line is malformed; the message gives the line, the column and the reason.</exception>
    public static IReadOnlyList<ScheduledDay> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Read(reader);
    }

    /// <summary>Reads a schedule in CSV from a text reader.</summary>
    /// <param name="reader">The reader, positioned at the header line.</param>
    /// <returns>The days, in the order of the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="FormatException">A line is malformed; the message gives the line, the column and the reason.</exception>
    public static IReadOnlyList<ScheduledDay> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string? header = reader.ReadLine();
        if (header is null)
        {
            throw new FormatException("Line 1: the schedule is empty; expected the header date,kind,occasion,confidence,source.");
        }
        var names = CsvLine.Split(header, 1);
        int Column(string name)
        {
            int index = names.FindIndex(n => string.Equals(n.Trim(), name, StringComparison.OrdinalIgnoreCase));
            return index >= 0
                ? index
                : throw new FormatException($"Line 1: the header has no column '{name}'; expected date,kind,occasion,confidence,source.");
        }
        int date = Column("date"), kind = Column("kind"), occasion = Column("occasion"), confidence = Column("confidence"), source = Column("source");

        var days = new List<ScheduledDay>();
        var seen = new Dictionary<LocalDate, int>();
        int lineNumber = 1;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var fields = CsvLine.Split(line, lineNumber);
            if (fields.Count < names.Count)
            {
                throw new FormatException($"Line {lineNumber}: {fields.Count} fields, expected {names.Count}.");
            }
            string Field(int index) => fields[index].Trim();
            var parsed = LocalDatePattern.Iso.Parse(Field(date));
            if (!parsed.Success)
            {
                throw new FormatException($"Line {lineNumber}, column date: '{Field(date)}' is not a date in the form yyyy-MM-dd.");
            }
            var day = parsed.Value;
            if (seen.TryGetValue(day, out int first))
            {
                throw new FormatException($"Line {lineNumber}, column date: {Field(date)} is already listed on line {first}.");
            }
            seen.Add(day, lineNumber);
            var dayKind = Field(kind).ToUpperInvariant() switch
            {
                "HOLIDAY" => ScheduledDayKind.Holiday,
                "COMPENSATORY" => ScheduledDayKind.Compensatory,
                "SWAPPED" => ScheduledDayKind.Swapped,
                "MAKE-UP-WORKING-DAY" => ScheduledDayKind.MakeUpWorkingDay,
                _ => throw new FormatException($"Line {lineNumber}, column kind: '{Field(kind)}' is not one of holiday, compensatory, swapped, make-up-working-day."),
            };
            var dayConfidence = Field(confidence).ToUpperInvariant() switch
            {
                "SOURCE" => ScheduleConfidence.Source,
                "UNCONFIRMED" => ScheduleConfidence.Unconfirmed,
                "RULE" => ScheduleConfidence.Rule,
                "ESTIMATED" => ScheduleConfidence.Estimated,
                _ => throw new FormatException($"Line {lineNumber}, column confidence: '{Field(confidence)}' is not one of source, unconfirmed, rule, estimated."),
            };
            if (Field(occasion).Length == 0 || Field(source).Length == 0)
            {
                throw new FormatException($"Line {lineNumber}, column {(Field(occasion).Length == 0 ? "occasion" : "source")}: empty; every day needs an occasion and a source.");
            }
            days.Add(new ScheduledDay(day, dayKind, Field(occasion), dayConfidence, Field(source)));
        }
        return days;
    }

    private static List<ScheduledDay> LoadEmbedded()
    {
        using var stream = typeof(OfficialSchedules).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded schedule {ResourceName} is missing from the assembly.");
        return [.. Read(stream)];
    }
}

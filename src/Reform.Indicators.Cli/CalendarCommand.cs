using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Reform.Indicators.Calendars;

namespace Reform.Indicators.Cli;

/// <summary><c>reform calendar due</c> and <c>reform calendar days-off</c>.</summary>
internal static class CalendarCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var received = new Option<string>("--received") { Description = "When the complete dossier was received (Vietnam time): 2023-01-16T09:30 or 16/01/2023 09:30.", Required = true };
        var workingDays = new Option<int?>("--working-days") { Description = "A time limit in working days." };
        var days = new Option<int?>("--days") { Description = "A time limit in calendar days." };
        var hours = new Option<int?>("--hours") { Description = "A time limit in office hours." };
        var due = new Command("due", "The statutory deadline of a dossier received at a time, for a limit in working days, days or hours (docs/specification.md §3).\n\nExample:\n  reform calendar due --received 2023-01-16T09:30 --working-days 15")
        {
            received, workingDays, days, hours,
        };
        due.SetAction(parse =>
        {
            string text = parse.GetValue(received)!;
            if (!VietnamTime.TryParse(text, out var at))
            {
                throw new UsageException($"--received '{text}' is not a timestamp: expected 2023-01-16T09:30 or 16/01/2023 09:30.");
            }
            var limits = new (int? Value, TimeLimitUnit Unit)[] { (parse.GetValue(workingDays), TimeLimitUnit.WorkingDays), (parse.GetValue(days), TimeLimitUnit.Days), (parse.GetValue(hours), TimeLimitUnit.Hours) }
                .Where(l => l.Value is not null).ToArray();
            if (limits.Length != 1)
            {
                throw new UsageException("give exactly one of --working-days, --days, --hours.");
            }
            if (limits[0].Value < 0)
            {
                throw new UsageException("the time limit must not be negative.");
            }
            var limit = new TimeLimit(limits[0].Value!.Value, limits[0].Unit);
            if (at.Year < WorkingCalendar.MinDate.Year || at.Year > WorkingCalendar.MaxDate.Year - 1)
            {
                throw new UsageException(ReformCommand.Invariant($"--received must be between {WorkingCalendar.MinDate.Year} and {WorkingCalendar.MaxDate.Year - 1}."));
            }
            LocalDateTime result;
            try
            {
                result = WorkingCalendar.Vietnam.DueDate(at, limit);
            }
            catch (ArgumentOutOfRangeException)
            {
                throw new UsageException(ReformCommand.Invariant($"the deadline of a {limits[0].Value:N0}-{UnitName(limits[0].Unit)} limit from {LocalDateTimePattern.GeneralIso.Format(at)} falls after {WorkingCalendar.MaxDate.Year - 1}, the end of the working calendar."));
            }
            output.WriteLine(result == VietnamTime.EndOf(result.Date)
                ? ReformCommand.Invariant($"{LocalDatePattern.Iso.Format(result.Date)} (end of day)")
                : LocalDateTimePattern.GeneralIso.Format(result));
            return ExitCodes.Success;
        });

        static string UnitName(TimeLimitUnit unit) => unit switch
        {
            TimeLimitUnit.WorkingDays => "working-day",
            TimeLimitUnit.Days => "day",
            _ => "hour",
        };

        var year = new Argument<int>("year") { Description = "The year, e.g. 2026." };
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var daysOff = new Command("days-off", "The civil-service days off and make-up working days of a year, with their sources (official schedule or estimated from the Labour Code).\n\nExample:\n  reform calendar days-off 2026 --format json")
        {
            year, format,
        };
        daysOff.SetAction(parse =>
        {
            int y = parse.GetValue(year);
            if (y < WorkingCalendar.MinDate.Year || y > WorkingCalendar.MaxDate.Year)
            {
                throw new UsageException(ReformCommand.Invariant($"the year must be between {WorkingCalendar.MinDate.Year} and {WorkingCalendar.MaxDate.Year}."));
            }
            var schedule = WorkingCalendar.Vietnam.Schedule(y);
            if (parse.GetValue(format) == "json")
            {
                using var stream = ReformCommand.OpenOutput(null, output);
                using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                {
                    json.WriteStartArray();
                    foreach (var day in schedule)
                    {
                        json.WriteStartObject();
                        json.WriteString("date", LocalDatePattern.Iso.Format(day.Date));
                        json.WriteString("kind", Kebab(day.Kind.ToString()));
                        json.WriteString("occasion", day.Occasion);
                        json.WriteString("confidence", Kebab(day.Confidence.ToString()));
                        json.WriteString("source", day.Source);
                        json.WriteEndObject();
                    }
                    json.WriteEndArray();
                }
                stream.WriteByte((byte)'\n');
                return ExitCodes.Success;
            }
            foreach (var day in schedule)
            {
                output.WriteLine(ReformCommand.Invariant($"{LocalDatePattern.Iso.Format(day.Date)}  {day.Date.DayOfWeek.ToString()[..3]}  {Kebab(day.Kind.ToString()),-20}  {day.Occasion}  [{Kebab(day.Confidence.ToString())}: {day.Source}]"));
            }
            return ExitCodes.Success;
        });

        return new Command("calendar", "The Vietnamese civil-service working calendar: deadlines and days off.\n\nExample:\n  reform calendar due --received 2023-01-16T09:30 --working-days 15")
        {
            due, daysOff,
        };
    }

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));
}

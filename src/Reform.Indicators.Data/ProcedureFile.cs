using System.Globalization;
using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Procedures;

namespace Reform.Indicators.Data;

/// <summary>Reads and writes procedures files (docs/specification.md §3) as CSV or Parquet.</summary>
/// <remarks>
/// Columns: <c>procedure_code</c>, <c>name</c>, <c>time_limit</c> (a positive whole number),
/// <c>time_limit_unit</c> (<c>working_days</c>, <c>days</c>, <c>hours</c>), <c>online_level</c>
/// (<c>none</c>, <c>partial</c>, <c>full</c>; empty = none), <c>full_online_eligible</c>
/// (<c>true</c>/<c>false</c>, <c>1</c>/<c>0</c>; empty = false), or the names of
/// <see cref="ColumnNames.Procedures"/>. The online level applies from <see cref="OnlineLevelSince"/>.
/// Optional <c>valid_from</c>, <c>valid_to</c> (dates, inclusive, empty = open) date a version of the
/// limit (docs/specification.md §10.5): a code may repeat in rows in force over periods that do not
/// overlap; a row in force on a day an earlier row of its code is, is rejected (<c>procedure_code</c>).
/// </remarks>
public static class ProcedureFile
{
    /// <summary>The date from which a file's <c>online_level</c> is taken to apply: the start of the supported calendar range.</summary>
    public static LocalDate OnlineLevelSince => WorkingCalendar.MinDate;

    /// <summary>Reads and validates every row of a procedures file.</summary>
    /// <param name="path">The file; <c>.parquet</c> is Parquet, anything else CSV.</param>
    /// <param name="strict">Whether to stop at the first bad row.</param>
    /// <exception cref="DataFileException">The file cannot be read as a whole.</exception>
    public static ValidationReport<AdministrativeProcedure> Read(string path, bool strict = false)
    {
        var accepted = new List<AdministrativeProcedure>();
        var errors = new List<RowError>();
        var seen = new Dictionary<string, List<AdministrativeProcedure>>(StringComparer.Ordinal);
        long read = 0, rejected = 0;
        foreach (var record in RecordSource.Open(path, FileSchema.Procedures, format: null))
        {
            read++;
            AdministrativeProcedure? procedure = null;
            var error = record.Problem ?? Parse(record, out procedure);
            if (error is null && seen.TryGetValue(procedure!.Code, out var earlier)
                && earlier.Find(e => Overlap(e, procedure)) is { } clash)
            {
                // docs/specification.md §10.5: versions of a code must not be in force on a common day.
                error = new RowError(record.Row, "procedure_code",
                    clash.ValidFrom is null && clash.ValidTo is null && procedure.ValidFrom is null && procedure.ValidTo is null
                        ? "repeats an earlier row's code"
                        : "in force on a day an earlier row of this code is", procedure.Code);
            }
            if (error is null)
            {
                (seen.TryGetValue(procedure!.Code, out var list) ? list : seen[procedure.Code] = []).Add(procedure);
            }
            if (error is null)
            {
                accepted.Add(procedure!);
                continue;
            }
            errors.Add(error.Value.Shortened());
            rejected++;
            if (strict)
            {
                return new ValidationReport<AdministrativeProcedure>(accepted, errors, read, rejected, stoppedAtFirstError: true);
            }
        }
        return new ValidationReport<AdministrativeProcedure>(accepted, errors, read, rejected, stoppedAtFirstError: false);
    }

    /// <summary>Writes procedures to a file, in the format its name says (<c>.parquet</c>, else CSV); the online level written is the latest.</summary>
    public static void Write(IEnumerable<AdministrativeProcedure> procedures, string path)
    {
        ArgumentNullException.ThrowIfNull(procedures);
        TableWriter.Write(FileSchema.Procedures, procedures.Select(p => new object?[]
        {
            p.Code, p.Name, p.TimeLimit.Value, UnitName(p.TimeLimit.Unit),
            (p.OnlineLevels.Count == 0 ? OnlineServiceLevel.None : p.OnlineLevels[^1].Level).ToName(), p.FullOnlineEligible, p.ValidFrom, p.ValidTo,
        }), path, format: null);
    }

    private static string UnitName(TimeLimitUnit unit) => unit switch
    {
        TimeLimitUnit.WorkingDays => "working_days",
        TimeLimitUnit.Days => "days",
        TimeLimitUnit.Hours => "hours",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown time-limit unit."),
    };

    private static bool Overlap(AdministrativeProcedure a, AdministrativeProcedure b) =>
        (a.ValidFrom ?? LocalDate.MinIsoValue) <= (b.ValidTo ?? LocalDate.MaxIsoValue) && (b.ValidFrom ?? LocalDate.MinIsoValue) <= (a.ValidTo ?? LocalDate.MaxIsoValue);

    private static RowError? Parse(RawRecord record, out AdministrativeProcedure? procedure)
    {
        procedure = null;
        var v = record.Values;
        long row = record.Row;
        string? code = v[0]?.Trim(), name = v[1]?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            return new RowError(row, "procedure_code", "required");
        }
        if (string.IsNullOrEmpty(name))
        {
            return new RowError(row, "name", "required");
        }
        if (string.IsNullOrWhiteSpace(v[2]))
        {
            return new RowError(row, "time_limit", "required");
        }
        if (!int.TryParse(v[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out int limit) || limit <= 0)
        {
            return new RowError(row, "time_limit", "not a positive whole number", v[2]);
        }
        TimeLimitUnit unit;
        switch (v[3]?.Trim().ToUpperInvariant())
        {
            case null or "":
                return new RowError(row, "time_limit_unit", "required");
            case "WORKING_DAYS":
                unit = TimeLimitUnit.WorkingDays;
                break;
            case "DAYS":
                unit = TimeLimitUnit.Days;
                break;
            case "HOURS":
                unit = TimeLimitUnit.Hours;
                break;
            default:
                return new RowError(row, "time_limit_unit", "unknown unit: expected working_days, days or hours", v[3]);
        }
        var online = OnlineServiceLevel.None;
        if (!string.IsNullOrWhiteSpace(v[4]) && !OnlineServiceLevels.TryParse(v[4]!.Trim(), out online))
        {
            return new RowError(row, "online_level", "unknown online level: expected none, partial or full", v[4]);
        }
        bool eligible = false;
        switch (v[5]?.Trim().ToUpperInvariant())
        {
            case null or "" or "FALSE" or "0":
                break;
            case "TRUE" or "1":
                eligible = true;
                break;
            default:
                return new RowError(row, "full_online_eligible", "not a boolean: expected true or false", v[5]);
        }
        if (!TextForms.TryParseOptionalDate(v[6], out var from))
        {
            return new RowError(row, "valid_from", "not a date: expected 2026-03-01 or 01/03/2026", v[6]);
        }
        if (!TextForms.TryParseOptionalDate(v[7], out var to))
        {
            return new RowError(row, "valid_to", "not a date: expected 2027-02-28 or 28/02/2027", v[7]);
        }
        if (from > to)
        {
            return new RowError(row, "valid_to", "before valid_from", v[7]);
        }
        procedure = new AdministrativeProcedure(code, name, new TimeLimit(limit, unit), onlineLevels: [(OnlineLevelSince, online)], fullOnlineEligible: eligible)
        {
            ValidFrom = from,
            ValidTo = to,
        };
        return null;
    }
}

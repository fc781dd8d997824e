using System.Globalization;
using Reform.Indicators.Units;

namespace Reform.Indicators.Data;

/// <summary>Reads and writes units files (docs/specification.md §3) as CSV or Parquet.</summary>
/// <remarks>
/// Columns: <c>unit_code</c>, <c>name</c>, <c>level</c> (<c>ministry</c>, <c>province</c>,
/// <c>district</c>, <c>commune</c>), <c>parent_code</c> (empty at the top), <c>valid_from</c>,
/// <c>valid_to</c> (dates; empty = open), or the names of <see cref="ColumnNames.Units"/>.
/// A bad row is rejected with its row number, column and reason.
/// </remarks>
public static class UnitFile
{
    /// <summary>Reads and validates every row of a units file.</summary>
    /// <param name="path">The file; <c>.parquet</c> is Parquet, anything else CSV.</param>
    /// <param name="strict">Whether to stop at the first bad row.</param>
    /// <exception cref="DataFileException">The file cannot be read as a whole.</exception>
    public static ValidationReport<AdministrativeUnit> Read(string path, bool strict = false) =>
        Read(RecordSource.Open(path, FileSchema.Units, format: null), strict);

    /// <summary>Reads a units file into a registry.</summary>
    /// <param name="path">The file.</param>
    /// <param name="rejected">Every rejected row.</param>
    /// <exception cref="DataFileException">The file cannot be read as a whole, or its units do not form a valid registry (overlapping versions, a missing parent).</exception>
    public static UnitRegistry ReadRegistry(string path, out IReadOnlyList<RowError> rejected)
    {
        var report = Read(path);
        rejected = report.Errors;
        try
        {
            return new UnitRegistry(report.Accepted);
        }
        catch (ArgumentException e)
        {
            throw new DataFileException($"{path}: the units do not form a valid hierarchy: {e.Message}", e);
        }
    }

    /// <summary>Writes units to a file, in the format its name says (<c>.parquet</c>, else CSV).</summary>
    public static void Write(IEnumerable<AdministrativeUnit> units, string path)
    {
        ArgumentNullException.ThrowIfNull(units);
        TableWriter.Write(FileSchema.Units, units.Select(u => new object?[] { u.Code, u.Name, u.Level.ToName(), u.ParentCode, u.ValidFrom, u.ValidTo }), path, format: null);
    }

    private static ValidationReport<AdministrativeUnit> Read(IEnumerable<RawRecord> records, bool strict)
    {
        var accepted = new List<AdministrativeUnit>();
        var errors = new List<RowError>();
        long read = 0, rejected = 0;
        foreach (var record in records)
        {
            read++;
            AdministrativeUnit? unit = null;
            var error = record.Problem ?? Parse(record, out unit);
            if (error is null)
            {
                accepted.Add(unit!);
                continue;
            }
            errors.Add(error.Value.Shortened());
            rejected++;
            if (strict)
            {
                return new ValidationReport<AdministrativeUnit>(accepted, errors, read, rejected, stoppedAtFirstError: true);
            }
        }
        return new ValidationReport<AdministrativeUnit>(accepted, errors, read, rejected, stoppedAtFirstError: false);
    }

    private static RowError? Parse(RawRecord record, out AdministrativeUnit? unit)
    {
        unit = null;
        var v = record.Values;
        long row = record.Row;
        string? code = v[0]?.Trim(), name = v[1]?.Trim(), levelText = v[2], parent = v[3]?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            return new RowError(row, "unit_code", "required");
        }
        if (string.IsNullOrEmpty(name))
        {
            return new RowError(row, "name", "required");
        }
        if (string.IsNullOrWhiteSpace(levelText))
        {
            return new RowError(row, "level", "required");
        }
        if (!GovernmentLevels.TryParse(levelText.Trim(), out var level))
        {
            return new RowError(row, "level", "unknown level: expected ministry, province, district or commune", levelText);
        }
        if (!TextForms.TryParseOptionalDate(v[4], out var from))
        {
            return new RowError(row, "valid_from", "not a date: expected 2025-07-01 or 01/07/2025", v[4]);
        }
        if (!TextForms.TryParseOptionalDate(v[5], out var to))
        {
            return new RowError(row, "valid_to", "not a date: expected 2025-06-30 or 30/06/2025", v[5]);
        }
        try
        {
            unit = new AdministrativeUnit(code, name, level, string.IsNullOrEmpty(parent) ? null : parent, from, to);
            return null;
        }
        catch (ArgumentException e)
        {
            string column = e.ParamName switch
            {
                "parentCode" => "parent_code",
                "validTo" => "valid_to",
                "level" => "level",
                "name" => "name",
                _ => "unit_code",
            };
            return new RowError(row, column, FirstSentence(e.Message));
        }
    }

    internal static string FirstSentence(string message)
    {
        int paren = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return (paren >= 0 ? message[..paren] : message).TrimEnd('.').ToString(CultureInfo.InvariantCulture);
    }
}

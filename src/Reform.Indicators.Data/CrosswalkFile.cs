using Reform.Indicators.Units;

namespace Reform.Indicators.Data;

/// <summary>Reads a user's crosswalk file: links from old unit codes to new ones that override or extend a built-in crosswalk.</summary>
/// <remarks>
/// <para>Columns: <c>old_code</c>, <c>new_code</c> (required), <c>share</c> (<c>whole</c>, <c>part</c> or
/// <c>remainder</c>, case-insensitive; empty = whole), or the names of <see cref="ColumnNames.Crosswalk"/>;
/// CSV or Parquet. One link a row. A row with a missing code or an unknown share, or repeating an
/// earlier row's pair of codes, is rejected with its row number, column and reason.</para>
/// <para>Apply it with <see cref="UnitCrosswalk.WithLinks"/>: the file's links of an old code replace
/// every built-in link of that code (docs/units.md, "The commune crosswalk").</para>
/// </remarks>
/// <example>
/// <code>
/// var links = CrosswalkFile.Read("my-crosswalk.csv");
/// var crosswalk = VietnamUnits.CommuneCrosswalk2025.WithLinks(links.Accepted);
/// </code>
/// </example>
public static class CrosswalkFile
{
    /// <summary>Reads and validates every row of a crosswalk file; the links have origin <see cref="CrosswalkOrigin.User"/>.</summary>
    /// <param name="path">The file; <c>.parquet</c> is Parquet, anything else CSV.</param>
    /// <exception cref="DataFileException">The file cannot be read as a whole (e.g. a required column is missing).</exception>
    public static ValidationReport<UnitCrosswalkLink> Read(string path)
    {
        var accepted = new List<UnitCrosswalkLink>();
        var errors = new List<RowError>();
        var seen = new HashSet<(string, string)>();
        long read = 0, rejected = 0;
        foreach (var record in RecordSource.Open(path, FileSchema.Crosswalk, format: null))
        {
            read++;
            var link = default(UnitCrosswalkLink);
            var error = record.Problem ?? Parse(record, out link);
            if (error is null && !seen.Add((link.OldCode, link.NewCode)))
            {
                error = new RowError(record.Row, "new_code", "repeats an earlier row's pair of codes", $"{link.OldCode} -> {link.NewCode}");
            }
            if (error is { } fault)
            {
                errors.Add(fault.Shortened());
                rejected++;
                continue;
            }
            accepted.Add(link);
        }
        return new ValidationReport<UnitCrosswalkLink>(accepted, errors, read, rejected, stoppedAtFirstError: false);
    }

    private static RowError? Parse(RawRecord record, out UnitCrosswalkLink link)
    {
        link = default;
        var v = record.Values;
        string? oldCode = v[0]?.Trim(), newCode = v[1]?.Trim();
        if (string.IsNullOrEmpty(oldCode))
        {
            return new RowError(record.Row, "old_code", "required");
        }
        if (string.IsNullOrEmpty(newCode))
        {
            return new RowError(record.Row, "new_code", "required");
        }
        CrosswalkShare share;
        switch (v[2]?.Trim().ToUpperInvariant())
        {
            case null or "" or "WHOLE":
                share = CrosswalkShare.Whole;
                break;
            case "PART":
                share = CrosswalkShare.Part;
                break;
            case "REMAINDER":
                share = CrosswalkShare.Remainder;
                break;
            default:
                return new RowError(record.Row, "share", "unknown share: expected whole, part or remainder", v[2]);
        }
        link = new UnitCrosswalkLink(oldCode, newCode, share, CrosswalkOrigin.User);
        return null;
    }
}

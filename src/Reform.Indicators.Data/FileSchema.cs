using System.Globalization;

namespace Reform.Indicators.Data;

/// <summary>The kind of value a column holds, which decides how it is written to Parquet.</summary>
internal enum ColumnKind
{
    Text,
    Timestamp,
    Date,
    Integer,
    Boolean,
}

/// <summary>One column of a file kind: canonical name, accepted aliases, whether it is required, its kind.</summary>
internal sealed record Column(string Name, IReadOnlyList<string> Aliases, bool Required, ColumnKind Kind);

/// <summary>The columns of one kind of file (dossiers, units, procedures) and how a header maps onto them.</summary>
internal sealed class FileSchema
{
    /// <summary>The longest field accepted (characters); longer ones reject the row, so that a runaway line cannot flood memory or messages.</summary>
    public const int MaxFieldLength = 4096;

    public FileSchema(string kind, IReadOnlyList<Column> columns)
    {
        Kind = kind;
        Columns = columns;
    }

    /// <summary>What the file holds, for messages: <c>dossiers</c>.</summary>
    public string Kind { get; }

    public IReadOnlyList<Column> Columns { get; }

    public static FileSchema Dossiers { get; } = new("dossiers", DossierColumns.All);

    /// <summary>The dossier columns followed by the scorecard's detail columns (<see cref="DetailColumns"/>).</summary>
    public static FileSchema DossiersWithDetails { get; } = new("dossiers", [.. DossierColumns.All, .. DetailColumns.All.Select(d => d.Column)]);

    public static FileSchema Units { get; } = Build("units", ColumnNames.Units,
        [
            ("unit_code", true, ColumnKind.Text), ("name", true, ColumnKind.Text), ("level", true, ColumnKind.Text),
            ("parent_code", false, ColumnKind.Text), ("valid_from", false, ColumnKind.Date), ("valid_to", false, ColumnKind.Date),
        ]);

    public static FileSchema Procedures { get; } = Build("procedures", ColumnNames.Procedures,
        [
            ("procedure_code", true, ColumnKind.Text), ("name", true, ColumnKind.Text), ("time_limit", true, ColumnKind.Integer),
            ("time_limit_unit", true, ColumnKind.Text), ("online_level", false, ColumnKind.Text), ("full_online_eligible", false, ColumnKind.Boolean),
            ("valid_from", false, ColumnKind.Date), ("valid_to", false, ColumnKind.Date),
        ]);

    public static FileSchema Crosswalk { get; } = Build("crosswalk", ColumnNames.Crosswalk,
        [("old_code", true, ColumnKind.Text), ("new_code", true, ColumnKind.Text), ("share", false, ColumnKind.Text)]);

    /// <summary>
    /// Maps the file's column names onto this schema: for each schema column, the index of the
    /// file column that holds it, or -1. Throws one <see cref="DataFileException"/> naming every
    /// missing required column, or a column given twice under two names.
    /// </summary>
    public int[] Map(IReadOnlyList<string> fileColumns, string source)
    {
        var map = new int[Columns.Count];
        Array.Fill(map, -1);
        for (int f = 0; f < fileColumns.Count; f++)
        {
            string name = fileColumns[f].Trim().TrimStart('\uFEFF');
            for (int c = 0; c < Columns.Count; c++)
            {
                var column = Columns[c];
                if (!Matches(column, name))
                {
                    continue;
                }
                if (map[c] >= 0)
                {
                    throw new DataFileException(
                        $"{source}: the header gives column {column.Name} twice ('{fileColumns[map[c]]}' and '{fileColumns[f]}'); keep one.");
                }
                map[c] = f;
            }
        }
        var missing = Columns.Where((c, i) => c.Required && map[i] < 0).Select(c => c.Aliases.Count > 0 ? $"{c.Name} (or {string.Join(", ", c.Aliases)})" : c.Name).ToList();
        if (missing.Count > 0)
        {
            string found = fileColumns.Count == 0 ? "no columns" : string.Join(", ", fileColumns.Take(20));
            throw new DataFileException(string.Create(CultureInfo.InvariantCulture,
                $"{source}: not a {Kind} file: the header (line 1) lacks the required column{(missing.Count > 1 ? "s" : "")} {string.Join("; ", missing)}. Found: {found}."));
        }
        return map;
    }

    private static bool Matches(Column column, string name) =>
        name.Equals(column.Name, StringComparison.OrdinalIgnoreCase)
        || column.Aliases.Any(a => name.Equals(a, StringComparison.OrdinalIgnoreCase));

    private static FileSchema Build(string kind, IReadOnlyDictionary<string, IReadOnlyList<string>> aliases, (string Name, bool Required, ColumnKind Kind)[] columns) =>
        new(kind, [.. columns.Select(c => new Column(c.Name, aliases[c.Name], c.Required, c.Kind))]);
}

/// <summary>
/// One record of a file as text, in the order of the schema's columns (null where the file has
/// no such column), or the reason it could not be split into fields.
/// </summary>
/// <remarks>The <see cref="Values"/> array is reused for the next record: copy what you keep.</remarks>
internal readonly record struct RawRecord(long Row, string?[] Values, RowError? Problem);

namespace Reform.Indicators.Engines.Sql;

/// <summary>The canonical dossier columns an SQL engine reads (docs/specification.md §3 and §9, as <see cref="Reform.Indicators.Dossiers.DossierFields.All"/>) and the type each must have.</summary>
internal static class CanonicalColumns
{
    /// <summary>What a column holds.</summary>
    public enum Kind
    {
        /// <summary>A code or a name: text.</summary>
        Text,

        /// <summary>A civil date-time: a timestamp without time zone.</summary>
        Timestamp,

        /// <summary>A count: an integer.</summary>
        Integer,

        /// <summary>A yes or no: a boolean (or text <c>true</c>/<c>false</c>/<c>1</c>/<c>0</c>).</summary>
        Boolean,
    }

    /// <summary>Every column, whether it is required, and its kind.</summary>
    public static IReadOnlyList<(string Name, bool Required, Kind Kind)> All { get; } =
    [
        ("dossier_id", true, Kind.Text),
        ("unit_code", true, Kind.Text),
        ("procedure_code", true, Kind.Text),
        ("channel", true, Kind.Text),
        ("received_at", true, Kind.Timestamp),
        ("due_at", false, Kind.Timestamp),
        ("finished_at", false, Kind.Timestamp),
        ("status", true, Kind.Text),
        ("supplement_requests", false, Kind.Integer),
        ("supplement_requested_at", false, Kind.Timestamp),
        // docs/specification.md §9: optional; a given value that cannot be read rejects its row.
        ("returned_at", false, Kind.Timestamp),
        ("updated_at", false, Kind.Timestamp),
        ("receiving_unit_code", false, Kind.Text),
        ("result_electronic", false, Kind.Boolean),
    ];

    /// <summary>The SQL type name of a kind, for casts: the same word in DuckDB and PostgreSQL.</summary>
    public static string SqlType(Kind kind) => kind switch
    {
        Kind.Text => "VARCHAR",
        Kind.Timestamp => "TIMESTAMP",
        Kind.Boolean => "BOOLEAN",
        _ => "INTEGER",
    };
}

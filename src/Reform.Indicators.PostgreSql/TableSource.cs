using Npgsql;
using Reform.Indicators.Engines;
using Reform.Indicators.Engines.Sql;

namespace Reform.Indicators.PostgreSql;

/// <summary>
/// A dossier table as the relation the dossier query reads: the canonical columns, checked for
/// presence and type in the catalogue (the table's name goes as a parameter), then selected
/// by quoted identifiers, with <c>ctid</c> as the reading order.
/// </summary>
internal static class TableSource
{
    /// <summary>The SELECT over <paramref name="table"/>.</summary>
    /// <exception cref="DossierSourceException">The table does not exist, or a required column is missing, or a column has a type that cannot hold it.</exception>
    public static string Select(NpgsqlConnection connection, NpgsqlTransaction transaction, TableName table)
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var command = new NpgsqlCommand(
            """
            SELECT a.attname, format_type(a.atttypid, a.atttypmod)
            FROM pg_attribute a
            WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped
            """, connection, transaction))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = table.Quoted });
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                types[reader.GetString(0)] = reader.GetString(1);
            }
        }
        if (types.Count == 0)
        {
            throw new DossierSourceException($"Table {table} does not exist (or has no columns, or this user may not see it).");
        }
        using (var kind = new NpgsqlCommand("SELECT relkind::text FROM pg_class WHERE oid = to_regclass($1)", connection, transaction))
        {
            kind.Parameters.Add(new NpgsqlParameter { Value = table.Quoted });
            if (kind.ExecuteScalar() is "v")
            {
                // Of the rows with one dossier_id the first in the table's order is kept (docs/specification.md §3.6),
                // and a view has no order of its own (no ctid).
                throw new DossierSourceException(
                    $"{table} is a view: a view has no row order (ctid), which decides which of the rows with one dossier_id is kept; count its table, or a materialized view of it.");
            }
        }
        var columns = new List<string> { "ctid AS r" };
        var parsed = new List<string> { "TRUE" };
        foreach (var (name, required, kind) in CanonicalColumns.All)
        {
            if (!types.TryGetValue(name, out var type))
            {
                if (required)
                {
                    throw new DossierSourceException($"Table {table} has no column {name} (its columns: {string.Join(", ", types.Keys)}).");
                }
                columns.Add($"CAST(NULL AS {CanonicalColumns.SqlType(kind)}) AS {name}");
                continue;
            }
            string column = new NpgsqlCommandBuilder().QuoteIdentifier(name);
            columns.Add(Typed(table, name, column, type, kind, parsed) + " AS " + name);
        }
        return $"(SELECT {string.Join(", ", columns)}, {string.Join(" AND ", parsed)} AS parsed FROM {table.Quoted}) AS source";
    }

    private static string Typed(TableName table, string name, string column, string type, CanonicalColumns.Kind kind, List<string> parsed)
    {
        switch (kind)
        {
            case CanonicalColumns.Kind.Text when type is "text" || type.StartsWith("character varying", StringComparison.Ordinal) || type.StartsWith("character(", StringComparison.Ordinal):
                return $"CAST({column} AS text)";
            case CanonicalColumns.Kind.Boolean when type is "boolean":
                return column;
            case CanonicalColumns.Kind.Integer when type is "integer" or "smallint":
                return $"CAST({column} AS integer)";
            case CanonicalColumns.Kind.Integer when type is "bigint":
                parsed.Add($"({column} IS NULL OR {column} BETWEEN -2147483648 AND 2147483647)");
                return $"CASE WHEN {column} BETWEEN -2147483648 AND 2147483647 THEN CAST({column} AS integer) END";
            case CanonicalColumns.Kind.Timestamp when type.StartsWith("timestamp", StringComparison.Ordinal) && type.EndsWith("without time zone", StringComparison.Ordinal):
                return $"CAST({column} AS timestamp)";
            case CanonicalColumns.Kind.Timestamp when type is "date":
                // A deadline given as a date is the end of that date; another time as a date is its midnight.
                return name == "due_at" ? $"({column} + INTERVAL '1 day' - INTERVAL '1 microsecond')" : $"CAST({column} AS timestamp)";
            default:
                throw new DossierSourceException(
                    $"Table {table}: column {name} is {type}; it must be {kind switch
                    {
                        CanonicalColumns.Kind.Text => "text",
                        CanonicalColumns.Kind.Integer => "an integer",
                        CanonicalColumns.Kind.Boolean => "a boolean",
                        _ => "a timestamp without time zone (Vietnam civil time) or a date",
                    }}.");
        }
    }
}

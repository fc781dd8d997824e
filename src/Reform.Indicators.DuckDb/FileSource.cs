using System.Globalization;
using DuckDB.NET.Data;
using Reform.Indicators.Engines;
using Reform.Indicators.Engines.Sql;

namespace Reform.Indicators.DuckDb;

/// <summary>
/// One dossier file as the relation the dossier query reads: the canonical columns, typed, with the
/// reading order <c>r</c> and <c>parsed</c> (false when a text value is not a timestamp or an
/// integer). The path goes as a parameter; only canonical column names are written into the SQL.
/// </summary>
internal static class FileSource
{
    /// <summary>Rows of one file are numbered below this, so that the reading order is file, then row.</summary>
    private const long FileStride = 1L << 40;

    private const string DayEnd = "INTERVAL '1 day' - INTERVAL '1 microsecond'";

    /// <summary>
    /// The SELECT for file number <paramref name="ordinal"/>; a parameter it needs (the path of a
    /// Parquet file) is added to <paramref name="parameters"/> and named by its number there.
    /// A CSV file is first copied into a temporary table of the in-memory database, in file order
    /// (CSV has no row number; the table's <c>rowid</c> is the line's order).
    /// </summary>
    /// <exception cref="DossierSourceException">The file cannot be read, or a required column is missing or of a type that cannot hold it.</exception>
    public static string Select(DuckDBConnection connection, string path, int ordinal, List<string> parameters)
    {
        bool csv = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        string relation, row;
        if (csv)
        {
            relation = "csv_" + ordinal.ToString(CultureInfo.InvariantCulture);
            Execute(connection, path, $"CREATE TEMP TABLE {relation} AS SELECT * FROM read_csv($1, all_varchar = true, header = true)");
            row = "rowid";
        }
        else
        {
            parameters.Add(path);
            relation = $"read_parquet(${parameters.Count.ToString(CultureInfo.InvariantCulture)}, file_row_number = true)";
            row = "file_row_number";
        }
        var types = Describe(connection, path, csv ? $"SELECT * FROM {relation}" : "SELECT * FROM read_parquet($1)");
        var columns = new List<string> { $"CAST({ordinal} AS BIGINT) * {FileStride} + {row} AS r" };
        var parsed = new List<string> { "TRUE" };
        foreach (var (name, required, kind) in CanonicalColumns.All)
        {
            var found = types.Keys.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
            if (found is null)
            {
                if (required)
                {
                    throw new DossierSourceException($"{path}: no column {name} (the columns are {string.Join(", ", types.Keys)}).");
                }
                columns.Add($"CAST(NULL AS {CanonicalColumns.SqlType(kind)}) AS {name}");
                continue;
            }
            string column = "\"" + found.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            string type = types[found];
            columns.Add(Typed(path, name, column, type, kind, parsed) + " AS " + name);
        }
        return $"SELECT {string.Join(", ", columns)}, {string.Join(" AND ", parsed)} AS parsed FROM {relation}";
    }

    private static string Typed(string path, string name, string column, string type, CanonicalColumns.Kind kind, List<string> parsed)
    {
        bool text = type == "VARCHAR";
        switch (kind)
        {
            case CanonicalColumns.Kind.Text:
                return text ? column : $"CAST({column} AS VARCHAR)";
            case CanonicalColumns.Kind.Boolean when text:
                parsed.Add($"({column} IS NULL OR trim({column}) = '' OR lower(trim({column})) IN ('true', 'false', '1', '0'))");
                return $"CASE lower(trim({column})) WHEN 'true' THEN TRUE WHEN '1' THEN TRUE WHEN 'false' THEN FALSE WHEN '0' THEN FALSE END";
            case CanonicalColumns.Kind.Boolean when type is "BOOLEAN":
                return column;
            case CanonicalColumns.Kind.Integer when text:
                parsed.Add($"({column} IS NULL OR trim({column}) = '' OR TRY_CAST(trim({column}) AS INTEGER) IS NOT NULL)");
                return $"TRY_CAST(trim({column}) AS INTEGER)";
            case CanonicalColumns.Kind.Integer when type is "TINYINT" or "SMALLINT" or "INTEGER" or "BIGINT" or "UTINYINT" or "USMALLINT" or "UINTEGER" or "UBIGINT" or "HUGEINT":
                parsed.Add($"({column} IS NULL OR TRY_CAST({column} AS INTEGER) IS NOT NULL)");
                return $"TRY_CAST({column} AS INTEGER)";
            case CanonicalColumns.Kind.Timestamp when text:
                // ISO (DuckDB's cast) or Vietnamese day/month/year; a deadline given as a date alone is the end of that date.
                string value = $"trim({column}, ' ')";
                // (The query reads a due time of 00:00, as a date alone is read, as the end of that date.)
                string cast = $"coalesce(TRY_CAST({value} AS TIMESTAMP), try_strptime({value}, ['%d/%m/%Y %H:%M:%S', '%d/%m/%Y %H:%M', '%d/%m/%Y', '%Y%m%d%H%M%S', '%Y%m%d']))";
                parsed.Add($"({column} IS NULL OR {value} = '' OR {cast} IS NOT NULL)");
                return cast;
            case CanonicalColumns.Kind.Timestamp when type is "DATE":
                return name == "due_at" ? $"{column} + {DayEnd}" : $"CAST({column} AS TIMESTAMP)";
            case CanonicalColumns.Kind.Timestamp when type is "TIMESTAMP" or "TIMESTAMP_NS" or "TIMESTAMP_MS" or "TIMESTAMP_S":
                return $"CAST({column} AS TIMESTAMP)";
            default:
                throw new DossierSourceException(
                    $"{path}: column {name} is {type}; it must be {kind switch { CanonicalColumns.Kind.Integer => "an integer", CanonicalColumns.Kind.Boolean => "a boolean", _ => "a timestamp without time zone, a date" }} or text.");
        }
    }

    private static Dictionary<string, string> Describe(DuckDBConnection connection, string path, string select)
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "DESCRIBE " + select;
            command.Parameters.Add(new DuckDBParameter(path));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                types[reader.GetString(0)] = reader.GetString(1);
            }
        }
        catch (DuckDBException e)
        {
            throw new DossierSourceException($"{path}: cannot be read ({FirstLine(e.Message)}).", e);
        }
        return types;
    }

    private static void Execute(DuckDBConnection connection, string path, string sql)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.Add(new DuckDBParameter(path));
            command.ExecuteNonQuery();
        }
        catch (DuckDBException e)
        {
            throw new DossierSourceException($"{path}: cannot be read ({FirstLine(e.Message)}).", e);
        }
    }

    internal static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}

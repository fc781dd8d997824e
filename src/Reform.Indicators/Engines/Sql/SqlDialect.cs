using System.Globalization;
using System.Text;

namespace Reform.Indicators.Engines.Sql;

/// <summary>
/// What differs between the SQL engines the dossier query runs on (<see cref="DossierSql"/>): each
/// member renders one expression. Everything else in the query is written once, for both.
/// </summary>
internal abstract class SqlDialect
{
    /// <summary>DuckDB (embedded, over files).</summary>
    public static SqlDialect DuckDb { get; } = new DuckDbDialect();

    /// <summary>PostgreSQL (one server, postgres_fdw partitions, Citus).</summary>
    public static SqlDialect PostgreSql { get; } = new PostgreSqlDialect();

    /// <summary>The text <paramref name="column"/> trimmed as .NET trims (<see cref="char.IsWhiteSpace(char)"/>), as the readers trim every field.</summary>
    public abstract string Trim(string column);

    /// <summary>Whether <paramref name="column"/> is null or at most 4,096 UTF-16 characters long (the readers' limit on a field).</summary>
    public abstract string Fits(string column);

    /// <summary>The microseconds since midnight of the timestamp <paramref name="timestamp"/>, as a 64-bit integer.</summary>
    public abstract string MicrosecondOfDay(string timestamp);

    /// <summary>The timestamp <paramref name="microseconds"/> (a 64-bit integer) after the date or timestamp <paramref name="start"/>.</summary>
    public abstract string PlusMicroseconds(string start, string microseconds);

    /// <summary>The quotient of two non-negative 64-bit integers, rounded down.</summary>
    public abstract string Divide(string dividend, string divisor);

    /// <summary>
    /// The key whose rows are one dossier for the repeated-id rule: DuckDB compares trimmed ids, as
    /// the readers do; PostgreSQL compares <c>dossier_id</c> as stored, so that a table distributed
    /// by <c>dossier_id</c> (Citus) runs the window on each shard.
    /// </summary>
    public abstract string DossierKey { get; }

    /// <summary>Every character .NET calls white space, as a SQL text expression.</summary>
    protected static string WhiteSpace { get; } = WhiteSpaceCharacters();

    private static string WhiteSpaceCharacters()
    {
        var text = new StringBuilder();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsWhiteSpace((char)c))
            {
                text.Append(text.Length == 0 ? "(" : " || ").Append(CultureInfo.InvariantCulture, $"chr({c})");
            }
        }
        return text.Append(')').ToString();
    }

    private sealed class DuckDbDialect : SqlDialect
    {
        // trim(s, characters) costs microseconds a value: values that begin and end with a printable
        // ASCII character, nearly all, are taken as they are.
        public override string Trim(string column) =>
            $"CASE WHEN unicode({column}) BETWEEN 33 AND 126 AND unicode({column}[-1:]) BETWEEN 33 AND 126 THEN {column} ELSE trim({column}, {WhiteSpace}) END";

        // Bytes first (at most 4,096 bytes fits), else code points plus those beyond the Basic
        // Multilingual Plane, which are two UTF-16 characters each.
        public override string Fits(string column) =>
            $"({column} IS NULL OR strlen({column}) <= 4096 OR length({column}) + length(regexp_replace({column}, '[^\\x{{10000}}-\\x{{10FFFF}}]', '', 'g')) <= 4096)";

        public override string MicrosecondOfDay(string timestamp) => $"(epoch_us({timestamp}) - epoch_us(date_trunc('day', {timestamp})))";

        public override string PlusMicroseconds(string start, string microseconds) => $"({start} + to_microseconds({microseconds}))";

        public override string Divide(string dividend, string divisor) => $"(({dividend}) // ({divisor}))";

        public override string DossierKey => "id";
    }

    private sealed class PostgreSqlDialect : SqlDialect
    {
        public override string Trim(string column) => $"btrim({column}, {WhiteSpace})";

        public override string Fits(string column) =>
            $"({column} IS NULL OR octet_length({column}) <= 4096 OR length({column}) + length(regexp_replace({column}, '[^\\U00010000-\\U0010FFFF]', '', 'g')) <= 4096)";

        public override string MicrosecondOfDay(string timestamp) => $"CAST(extract(epoch FROM CAST({timestamp} AS time)) * 1000000 AS bigint)";

        public override string PlusMicroseconds(string start, string microseconds) => $"({start} + ({microseconds}) * INTERVAL '1 microsecond')";

        public override string Divide(string dividend, string divisor) => $"(({dividend}) / ({divisor}))";

        public override string DossierKey => "dossier_id";
    }
}

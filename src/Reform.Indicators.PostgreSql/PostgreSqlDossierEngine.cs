using System.Net.Sockets;
using Npgsql;
using NpgsqlTypes;
using Reform.Indicators.Calendars;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Engines;
using Reform.Indicators.Engines.Sql;
using Reform.Indicators.Indicators;
using Reform.Indicators.Procedures;
using Reform.Indicators.Units;

namespace Reform.Indicators.PostgreSql;

/// <summary>
/// Counts the dossiers of a PostgreSQL table where they live: the rules of docs/specification.md
/// §3 and §4 as one SQL query, whose result — a few rows per unit and period — is all that leaves
/// the server. Gives the counts the in-process engine gives on the same rows.
/// </summary>
/// <remarks>
/// <para><b>The table</b> has the canonical columns: codes as <c>text</c> (or <c>varchar</c>),
/// timestamps as <c>timestamp</c> (without time zone: Vietnam civil time; a <c>date</c> is accepted,
/// a deadline given as a date meaning the end of that date), <c>supplement_requests</c> as an
/// integer. <c>due_at</c>, <c>finished_at</c>, <c>supplement_requests</c> and
/// <c>supplement_requested_at</c> may be absent. It may be a plain table, a materialized view,
/// a table hash-partitioned over servers with <c>postgres_fdw</c>, or a Citus distributed table; not a
/// view, which has no row order (<c>ctid</c>) to decide which of repeated ids is kept.</para>
/// <para><b>Repeated ids</b>: of the valid rows with one <c>dossier_id</c> (compared as stored, not
/// trimmed, so that a table distributed by <c>dossier_id</c> checks repeats on each shard), the first
/// in the table's physical order (<c>ctid</c>) is kept: the order the rows were loaded in, for a
/// table only ever appended to.</para>
/// <para><b>Safety</b>: the table name is written only as quoted identifiers; every value (the
/// calendar, procedures, units and periods, sent as arrays) is a parameter. The count runs in a
/// read-only transaction and creates nothing in the database. Errors are
/// <see cref="DossierSourceException"/>s with one line that never holds the password.</para>
/// <para>Policies: the defaults only (<see cref="Reform.Indicators.Dossiers.DossierReadPolicy.Default"/>, the
/// end-of-day deadline rule); status texts as <see cref="Reform.Indicators.Dossiers.DossierFields"/> reads them,
/// portal codes included, rows never received excluded. Not covered (the in-process readers'): the
/// national portal's column names, the list of rejected rows with their reasons (only their number),
/// and other policies (docs/engines.md, "What the SQL engines apply").</para>
/// </remarks>
public sealed class PostgreSqlDossierEngine : IDossierCountEngine
{
    private readonly string connectionString;
    private readonly string server;
    private readonly string? password;
    private readonly TableName table;
    private readonly WorkingCalendar calendar;
    private readonly ProcedureCatalogue? procedures;
    private readonly ClassificationPolicy policy;
    private readonly DossierReadPolicy readPolicy;
    private readonly (string[] Codes, NodaTime.LocalDate[] From, NodaTime.LocalDate[] To)? knownUnits;
    private readonly int commandTimeout;

    /// <summary>An engine over <paramref name="table"/> on the server of <paramref name="connectionString"/>.</summary>
    /// <param name="connectionString">An Npgsql connection string, e.g. <c>Host=db;Database=reform;Username=reader;Password=…</c>. Its <c>Command Timeout</c>, when given, limits each query (seconds); without it a count runs as long as it takes, unlike Npgsql's default of 30 s.</param>
    /// <param name="table">The table: <c>name</c> or <c>schema.name</c>, as it is named (no quotes needed).</param>
    /// <param name="calendar">The working calendar of the deadlines; <see cref="WorkingCalendar.Vietnam"/> when null.</param>
    /// <param name="procedures">The procedures whose limits give the deadline of a row without <c>due_at</c>; without them such rows are rejected.</param>
    /// <param name="policy">The classification policy; <see cref="ClassificationPolicy.Default"/> when null.</param>
    /// <param name="units">The units file's units: when given, a row naming no unit valid on its receipt date is rejected, as the in-process engine does.</param>
    /// <param name="readPolicy">How rows are read; <see cref="DossierReadPolicy.Default"/> when null. The SQL applies either <see cref="DossierReadPolicy.EndPoint"/> and either <see cref="DossierReadPolicy.Repeats"/>; every other member must be the default.</param>
    /// <exception cref="ArgumentException"><paramref name="readPolicy"/> asks for a policy the SQL does not apply.</exception>
    /// <exception cref="DossierSourceException">The connection string or the table name is not valid.</exception>
    public PostgreSqlDossierEngine(
        string connectionString, string table, WorkingCalendar? calendar = null, ProcedureCatalogue? procedures = null, ClassificationPolicy? policy = null, UnitRegistry? units = null,
        DossierReadPolicy? readPolicy = null)
    {
        this.readPolicy = readPolicy ?? DossierReadPolicy.Default;
        DossierSql.Supports(this.readPolicy, nameof(readPolicy));
        ArgumentNullException.ThrowIfNull(connectionString);
        ArgumentNullException.ThrowIfNull(table);
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            // The parser's message may quote a value; only say what kind of error it was.
            throw new DossierSourceException($"The connection string is not valid ({e.GetType().Name}): expected key=value pairs such as Host=server;Database=name;Username=user;Password=….");
        }
        this.connectionString = connectionString;
        password = string.IsNullOrEmpty(builder.Password) ? null : builder.Password;
        // A count reads the whole table: Npgsql's default of 30 s suits a transaction, not an
        // aggregate over millions of rows. Without a Command Timeout in the connection string the
        // count waits as long as it takes (cancel it with the token); with one, that limit holds.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        commandTimeout = given.ContainsKey("Command Timeout") || given.ContainsKey("CommandTimeout") ? builder.CommandTimeout : 0;
        server = $"PostgreSQL {builder.Host ?? "localhost"}:{builder.Port}/{builder.Database ?? builder.Username ?? ""}";
        this.table = TableName.Parse(table);
        this.calendar = calendar ?? WorkingCalendar.Vietnam;
        this.procedures = procedures;
        this.policy = policy ?? ClassificationPolicy.Default;
        knownUnits = units is null ? null : ReferenceData.Units(units);
    }

    /// <inheritdoc/>
    /// <exception cref="DossierSourceException">The server cannot be reached or refuses the login, the table or a required column is missing, a column has a wrong type, or the query fails.</exception>
    public EngineCounts Count(IReadOnlyList<ReportingPeriod> periods, CancellationToken cancellationToken = default)
    {
        var rows = new CountRows(periods);
        Run(periods, explain: false, (reader, _) =>
        {
            Span<long> values = stackalloc long[DossierSql.CountColumns];
            while (reader.Read())
            {
                for (int c = 0; c < values.Length; c++)
                {
                    values[c] = reader.GetInt64(c + 2);
                }
                rows.Add(reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt32(1), values);
            }
        }, cancellationToken);
        return rows.ToCounts();
    }

    /// <summary>
    /// The server's plan of the count (<c>EXPLAIN (VERBOSE)</c>, not run): where each step runs. On a
    /// table partitioned with <c>postgres_fdw</c>, each "Foreign Scan" shows the "Remote SQL" sent to a
    /// shard; on Citus, the tasks sent to the workers.
    /// </summary>
    /// <exception cref="DossierSourceException">As for <see cref="Count"/>.</exception>
    public string Explain(IReadOnlyList<ReportingPeriod> periods)
    {
        var plan = new System.Text.StringBuilder();
        Run(periods, explain: true, (reader, _) =>
        {
            while (reader.Read())
            {
                plan.AppendLine(reader.GetString(0));
            }
        }, CancellationToken.None);
        return plan.ToString();
    }

    private void Run(IReadOnlyList<ReportingPeriod> periods, bool explain, Action<NpgsqlDataReader, int> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var (numbers, first, last, end) = ReferenceData.Periods(periods);
        bool connected = false;
        try
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            connected = true;
            using var transaction = connection.BeginTransaction();
            using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, transaction))
            {
                readOnly.ExecuteNonQuery();
            }
            string source = TableSource.Select(connection, transaction, table);
            // The calendar from the first receipt to past the last deadline, not its three centuries:
            // one small query first, so the count's parameters and hash tables stay small.
            var references = ReferenceData.Of(calendar, procedures, WorkingCalendar.MinDate, WorkingCalendar.MinDate);
            using (var range = new NpgsqlCommand($"SELECT CAST(min(received_at) AS date), CAST(max(received_at) AS date) FROM {source}", connection, transaction) { CommandTimeout = commandTimeout })
            using (var bounds = range.ExecuteReader())
            {
                if (bounds.Read() && !bounds.IsDBNull(0))
                {
                    references = ReferenceData.Of(calendar, procedures,
                        NodaTime.LocalDate.FromDateOnly(bounds.GetFieldValue<DateOnly>(0)), NodaTime.LocalDate.FromDateOnly(bounds.GetFieldValue<DateOnly>(1)));
                }
            }
            // The reference relations: arrays sent as parameters $1.. and unnested, so nothing is created.
            string referencesSql = $"""
                calendar AS (SELECT * FROM unnest($1::date[], $2::boolean[], $3::integer[]) AS c(d, working, w)),
                working_days AS (SELECT w AS k, d FROM calendar WHERE working),
                procedures AS (SELECT * FROM unnest($4::text[], $5::integer[], $6::integer[]) AS p(code, kind, value)),
                periods AS (SELECT * FROM unnest($7::integer[], $8::date[], $9::date[], $10::timestamp[]) AS p(k, first_day, last_day, end_at)),
                levels AS (SELECT * FROM unnest($11::text[], $12::date[], $13::date[], $14::boolean[]) AS l(code, valid_from, valid_to, full_online)),
                {(knownUnits is null ? "" : "units AS (SELECT * FROM unnest($15::text[], $16::date[], $17::date[]) AS u(code, valid_from, valid_to)),")}
                """;
            string sql = DossierSql.Count(SqlDialect.PostgreSql, referencesSql, source, policy, knownUnits is not null, readPolicy);
            using var command = new NpgsqlCommand(explain ? "EXPLAIN (VERBOSE) " + sql : sql, connection, transaction) { CommandTimeout = commandTimeout };
            command.Parameters.Add(new NpgsqlParameter { Value = Array.ConvertAll(references.Dates, d => d.ToDateOnly()), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date });
            command.Parameters.Add(new NpgsqlParameter { Value = references.Working });
            command.Parameters.Add(new NpgsqlParameter { Value = references.WorkingBefore });
            command.Parameters.Add(new NpgsqlParameter { Value = references.ProcedureCodes, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter { Value = references.ProcedureKinds });
            command.Parameters.Add(new NpgsqlParameter { Value = references.ProcedureValues });
            command.Parameters.Add(new NpgsqlParameter { Value = numbers });
            command.Parameters.Add(new NpgsqlParameter { Value = Array.ConvertAll(first, d => d.ToDateOnly()), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date });
            command.Parameters.Add(new NpgsqlParameter { Value = Array.ConvertAll(last, d => d.ToDateOnly()), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date });
            command.Parameters.Add(new NpgsqlParameter { Value = Array.ConvertAll(end, t => t.ToDateTimeUnspecified()), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Timestamp });
            var levels = ReferenceData.Levels(procedures);
            command.Parameters.Add(new NpgsqlParameter { Value = levels.Codes, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter { Value = Array.ConvertAll(levels.From, d => d.ToDateOnly()), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date });
            command.Parameters.Add(new NpgsqlParameter { Value = Array.ConvertAll(levels.To, d => d.ToDateOnly()), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date });
            command.Parameters.Add(new NpgsqlParameter { Value = levels.Full, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Boolean });
            if (knownUnits is var (codes, from, to))
            {
                command.Parameters.Add(new NpgsqlParameter { Value = codes, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                command.Parameters.Add(new NpgsqlParameter { Value = Array.ConvertAll(from, d => d.ToDateOnly()), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date });
                command.Parameters.Add(new NpgsqlParameter { Value = Array.ConvertAll(to, d => d.ToDateOnly()), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date });
            }
            using var reader = command.ExecuteReaderAsync(cancellationToken).GetAwaiter().GetResult();
            read(reader, 0);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.QueryCanceled && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("The count was cancelled.", e, cancellationToken);
        }
        catch (PostgresException e)
        {
            throw new DossierSourceException(Redact($"{server}: {e.MessageText} (SQLSTATE {e.SqlState}){Hint(e)}"), e);
        }
        catch (NpgsqlException e) when (connected && e.InnerException is TimeoutException)
        {
            throw new DossierSourceException(Redact($"{server}: the query did not finish within the connection string's Command Timeout of {commandTimeout} s; raise it, or leave it out to wait as long as the count takes."), e);
        }
        catch (NpgsqlException e) when (e.InnerException is SocketException or TimeoutException or IOException)
        {
            throw new DossierSourceException(Redact($"{server}: cannot connect ({e.InnerException!.Message}). Is the server running and reachable, and are Host and Port right?"), e);
        }
        catch (NpgsqlException e)
        {
            throw new DossierSourceException(Redact($"{server}: {e.Message}"), e);
        }
    }

    private static string Hint(PostgresException e) => e.SqlState switch
    {
        PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification => ". Check Username and Password.",
        PostgresErrorCodes.InvalidCatalogName => ". Check Database.",
        PostgresErrorCodes.InsufficientPrivilege => ". The user needs SELECT on the table.",
        _ => "",
    };

    /// <summary>The message without the password, in case a server or driver message ever quoted it.</summary>
    private string Redact(string message) => password is null ? message : message.Replace(password, "***", StringComparison.Ordinal);
}

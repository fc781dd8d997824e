using Npgsql;
using NpgsqlTypes;

namespace Reform.Indicators.Engines.Tests;

/// <summary>
/// The PostgreSQL servers the tests run against, from the environment that <c>.ci/postgres start</c>
/// prints: one server (<c>REFORM_PG_SINGLE</c>), a coordinator with foreign servers <c>shard0</c> and
/// <c>shard1</c> (<c>REFORM_PG_COORDINATOR</c>) and those shards (<c>REFORM_PG_SHARD0</c>, <c>REFORM_PG_SHARD1</c>).
/// Without them a test is skipped with that reason — unless <c>CI=true</c>, where it runs and fails.
/// </summary>
public static class PostgreSqlServers
{
    public static string? OneServer => Environment.GetEnvironmentVariable("REFORM_PG_SINGLE");

    public static string? Coordinator => Environment.GetEnvironmentVariable("REFORM_PG_COORDINATOR");

    public static string?[] Shards => [Environment.GetEnvironmentVariable("REFORM_PG_SHARD0"), Environment.GetEnvironmentVariable("REFORM_PG_SHARD1")];

    /// <summary>Why the tests cannot run here, or null when the servers are given (or CI requires them).</summary>
    public static string? SkipReason =>
        OneServer is not null && Coordinator is not null && Shards.All(s => s is not null) ? null
        : string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) ? null
        : "No PostgreSQL servers: run `eval \"$(.ci/postgres start /tmp/reform-pg)\"` first (REFORM_PG_SINGLE, REFORM_PG_COORDINATOR, REFORM_PG_SHARD0, REFORM_PG_SHARD1 unset).";

    /// <summary>A server's connection string; with <c>CI=true</c> a missing one fails the test.</summary>
    public static string Required(string? value, string name) =>
        value ?? throw new InvalidOperationException($"{name} is not set: CI=true needs the PostgreSQL servers (.ci/postgres start).");

    public static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public static object? Scalar(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    /// <summary>The canonical columns, as docs/engines.md lays the table out.</summary>
    public const string Columns = """
        (dossier_id text, unit_code text, procedure_code text, channel text, received_at timestamp, due_at timestamp,
         finished_at timestamp, status text, supplement_requests integer, supplement_requested_at timestamp, returned_at timestamp,
         receiving_unit_code text, result_electronic boolean)
        """;

    /// <summary>Copies the rows, in order, into <paramref name="table"/> (binary COPY).</summary>
    public static void Load(string connectionString, string table, IEnumerable<ExportRows.Row> rows)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var writer = connection.BeginBinaryImport(
            $"COPY {table} (dossier_id, unit_code, procedure_code, channel, received_at, due_at, finished_at, status, supplement_requests, supplement_requested_at, returned_at, receiving_unit_code, result_electronic) FROM STDIN (FORMAT BINARY)");
        foreach (var r in rows)
        {
            writer.StartRow();
            writer.Write(r.Id, NpgsqlDbType.Text);
            writer.Write(r.Unit, NpgsqlDbType.Text);
            writer.Write(r.Procedure, NpgsqlDbType.Text);
            writer.Write(r.Channel, NpgsqlDbType.Text);
            Time(writer, r.Received);
            Time(writer, r.Due);
            Time(writer, r.Finished);
            writer.Write(r.Status, NpgsqlDbType.Text);
            if (r.Requests is { } n)
            {
                writer.Write(n, NpgsqlDbType.Integer);
            }
            else
            {
                writer.WriteNull();
            }
            Time(writer, r.Requested);
            Time(writer, r.Returned);
            writer.Write(r.ReceivingUnit, NpgsqlDbType.Text);
            if (r.ResultElectronic is { } text && Reform.Indicators.Dossiers.DossierFields.TryParseBoolean(text, out bool electronic))
            {
                writer.Write(electronic, NpgsqlDbType.Boolean);
            }
            else
            {
                writer.WriteNull();
            }
        }
        writer.Complete();
    }

    private static void Time(NpgsqlBinaryImporter writer, DateTime? value)
    {
        if (value is { } t)
        {
            writer.Write(t, NpgsqlDbType.Timestamp);
        }
        else
        {
            writer.WriteNull();
        }
    }
}

/// <summary>A test that needs the PostgreSQL servers: skipped with the reason when they are not given (never under CI=true).</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute() => Skip = PostgreSqlServers.SkipReason;
}

/// <summary>A property that needs the PostgreSQL servers: skipped with the reason when they are not given (never under CI=true).</summary>
public sealed class PostgreSqlPropertyAttribute : FsCheck.Xunit.PropertyAttribute
{
    public PostgreSqlPropertyAttribute() => Skip = PostgreSqlServers.SkipReason;
}

using FsCheck;
using FsCheck.Fluent;
using Reform.Indicators.Indicators;
using Reform.Indicators.PostgreSql;
using CoreGenerators = Reform.Indicators.Tests.Generators;

namespace Reform.Indicators.Engines.Tests;

/// <summary>
/// The PostgreSQL engine gives the in-process engine's numbers on the same rows — over one table,
/// over a table hash-partitioned by <c>dossier_id</c> on two servers (postgres_fdw), and by
/// counting each shard and merging — for unit and level grouping and several periods, on exports
/// with every kind of bad row a typed table can hold. The tables are created once for the class
/// (<see cref="Tables"/>) and reloaded per case: few round trips, so the servers' part of CI stays short.
/// </summary>
public sealed class PostgreSqlDossierEngineTests : IClassFixture<PostgreSqlDossierEngineTests.Tables>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("reform-postgresql-tests-").FullName;
    private readonly Tables tables;

    public PostgreSqlDossierEngineTests(Tables tables) => this.tables = tables;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [PostgreSqlProperty(MaxTest = 3)]
    public Property Count_TableShardsAndFanOut_EqualMemoryEngine() =>
        Prop.ForAll(CoreGenerators.Dossiers(), Gen.Zip(CoreGenerators.Periods().Generator, CoreGenerators.Periods().Generator).ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (dossiers, twoPeriods, seed) =>
        {
            var (a, b) = twoPeriods;
            ReportingPeriod[] periods = a.Name == b.Name ? [a] : [a, b];
            // Ids as stored: PostgreSQL compares them untrimmed (docs/engines.md), so none is padded here.
            var rows = ExportRows.Generate(dossiers, seed, trimmedIds: true);
            tables.Load(rows);
            string parquet = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".parquet");
            // One count per engine, with the units file (rows of unknown units rejected); both groupings are made from it.
            var single = new PostgreSqlDossierEngine(tables.OneServer, tables.Name, procedures: ExportRows.Procedures, units: ExportRows.Units).Count(periods);
            var partitioned = new PostgreSqlDossierEngine(tables.Coordinator, tables.Name, procedures: ExportRows.Procedures, units: ExportRows.Units).Count(periods);
            var fanOut = new ShardedDossierEngine(tables.Shards.Select(s => new PostgreSqlDossierEngine(s, tables.Name, procedures: ExportRows.Procedures, units: ExportRows.Units)))
                .Count(periods);
            Assert.Equal(partitioned, fanOut);
            foreach (var groupBy in new[] { GroupBy.Unit, GroupBy.Level })
            {
                foreach (var period in periods)
                {
                    var memory = ExportRows.Memory(rows, parquet, period, groupBy, ExportRows.Units);
                    var differences = new[] { ("one table", single), ("two shards", partitioned) }
                        .SelectMany(e => ExportRows.Differences(memory, e.Item2, period, groupBy, ExportRows.Units).Select(d => e.Item1 + ": " + d)).ToList();
                    Assert.True(differences.Count == 0, string.Join("\n", differences.Take(6)));
                }
            }
        });

    /// <summary>
    /// What runs where on a postgres_fdw partitioned table: each shard gets a scan of the columns
    /// (the "Remote SQL"), and the coordinator runs the window, the joins and the grouping — the
    /// reason docs/engines.md recommends the fan-out or Citus for large tables.
    /// </summary>
    [PostgreSqlFact]
    public void Explain_PartitionedTable_ShardsScanCoordinatorComputes()
    {
        var plan = new PostgreSqlDossierEngine(tables.Coordinator, tables.Name, procedures: ExportRows.Procedures).Explain([ReportingPeriod.Parse("2022")]);
        var remote = plan.Split('\n').Where(l => l.Contains("Remote SQL:", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, remote.Count);
        Assert.All(remote, sql =>
        {
            Assert.Contains($"FROM public.{tables.Name}", sql, StringComparison.Ordinal);
            Assert.DoesNotContain("row_number", sql, StringComparison.Ordinal);
            Assert.DoesNotContain("GROUP BY", sql, StringComparison.Ordinal);
        });
        Assert.Contains("WindowAgg", plan, StringComparison.Ordinal);
        Assert.Contains("Foreign Scan", plan, StringComparison.Ordinal);
    }

    [PostgreSqlFact]
    public void Count_TableNameThatIsSql_IsOneQuotedNameNotAStatement()
    {
        string hostile = $"{tables.Name}; DROP TABLE {tables.Name}";
        var e = Assert.Throws<DossierSourceException>(() => new PostgreSqlDossierEngine(tables.OneServer, hostile).Count([ReportingPeriod.Parse("2022")]));
        Assert.Contains("does not exist", e.Message, StringComparison.Ordinal);
        Assert.Equal(1L, PostgreSqlServers.Scalar(tables.OneServer, $"SELECT count(*) FROM pg_class WHERE relname = '{tables.Name}'"));
        // A quoted name with a quote in it is also only a name.
        Assert.Throws<DossierSourceException>(() => new PostgreSqlDossierEngine(tables.OneServer, "x\"; DROP TABLE " + tables.Name + "; --").Count([ReportingPeriod.Parse("2022")]));
        Assert.Equal(1L, PostgreSqlServers.Scalar(tables.OneServer, $"SELECT count(*) FROM pg_class WHERE relname = '{tables.Name}'"));
    }

    [PostgreSqlFact]
    public void Count_BadConnectionOrTable_OneClearMessageWithoutThePassword()
    {
        var period = new[] { ReportingPeriod.Parse("2022") };
        string single = tables.OneServer;
        const string secret = "s3cret-Pa55";
        string Message(string connection, string table) =>
            Assert.Throws<DossierSourceException>(() => new PostgreSqlDossierEngine(connection, table).Count(period)).Message;

        var wrongPassword = Message(single.Replace("Password=reform", "Password=" + secret, StringComparison.Ordinal), tables.Name);
        Assert.Contains("password authentication failed", wrongPassword, StringComparison.Ordinal);
        var unreachable = Message("Host=127.0.0.1;Port=1;Database=reform;Username=reform;Password=" + secret + ";Timeout=3", tables.Name);
        Assert.Contains("cannot connect", unreachable, StringComparison.Ordinal);
        var notAConnectionString = Assert.Throws<DossierSourceException>(() => new PostgreSqlDossierEngine("Hots=db;Password=" + secret, tables.Name)).Message;
        Assert.Contains("connection string is not valid", notAConnectionString, StringComparison.Ordinal);
        var noTable = Message(single, "no_such_table");
        Assert.Contains("no_such_table does not exist", noTable, StringComparison.Ordinal);

        PostgreSqlServers.Execute(single, $"CREATE TABLE {tables.Name}_nocol (dossier_id text, unit_code text, channel text, received_at timestamp, status text)");
        PostgreSqlServers.Execute(single, $"CREATE TABLE {tables.Name}_type (dossier_id text, unit_code text, procedure_code text, channel text, received_at text, status text)");
        try
        {
            Assert.Contains("no column procedure_code", Message(single, tables.Name + "_nocol"), StringComparison.Ordinal);
            Assert.Contains("column received_at is text; it must be a timestamp", Message(single, tables.Name + "_type"), StringComparison.Ordinal);
            PostgreSqlServers.Execute(single, $"CREATE VIEW {tables.Name}_view AS SELECT * FROM {tables.Name}");
            Assert.Contains("is a view: a view has no row order (ctid)", Message(single, tables.Name + "_view"), StringComparison.Ordinal);
        }
        finally
        {
            PostgreSqlServers.Execute(single, $"DROP VIEW IF EXISTS {tables.Name}_view; DROP TABLE {tables.Name}_nocol, {tables.Name}_type");
        }
        Assert.All(new[] { wrongPassword, unreachable, notAConnectionString }, m =>
        {
            Assert.DoesNotContain(secret, m, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', m);
        });
    }

    [PostgreSqlFact]
    public void Count_SlowerThanTheGivenCommandTimeout_SaysSoAndNotCannotConnect()
    {
        // Another session holds the table locked: the count waits, the connection string's Command
        // Timeout of 1 s holds, and the message names that limit — the server was reached, so
        // "cannot connect" would mislead.
        using var locker = new Npgsql.NpgsqlConnection(tables.OneServer);
        locker.Open();
        using var transaction = locker.BeginTransaction();
        using (var command = new Npgsql.NpgsqlCommand($"LOCK TABLE {tables.Name} IN ACCESS EXCLUSIVE MODE", locker, transaction))
        {
            command.ExecuteNonQuery();
        }
        var message = Assert.Throws<DossierSourceException>(() =>
            new PostgreSqlDossierEngine(tables.OneServer + ";Command Timeout=1", tables.Name).Count([ReportingPeriod.Parse("2022")])).Message;
        Assert.True(message.Contains("did not finish within the connection string's Command Timeout of 1 s", StringComparison.Ordinal), message);
        Assert.DoesNotContain("cannot connect", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Password=reform", message, StringComparison.Ordinal);
        transaction.Rollback();
    }

    /// <summary>
    /// The tables of the class, created once and dropped with it: on the single server, on each shard,
    /// and on the coordinator as a table hash-partitioned by <c>dossier_id</c> over the shards' tables.
    /// </summary>
    public sealed class Tables : IDisposable
    {
        public Tables()
        {
            Name = "dossiers_" + Guid.NewGuid().ToString("N")[..12];
            if (PostgreSqlServers.SkipReason is not null)
            {
                OneServer = Coordinator = "";
                Shards = [];
                return;
            }
            OneServer = PostgreSqlServers.Required(PostgreSqlServers.OneServer, "REFORM_PG_SINGLE");
            Coordinator = PostgreSqlServers.Required(PostgreSqlServers.Coordinator, "REFORM_PG_COORDINATOR");
            Shards = [.. PostgreSqlServers.Shards.Select((s, i) => PostgreSqlServers.Required(s, $"REFORM_PG_SHARD{i}"))];
            PostgreSqlServers.Execute(OneServer, $"CREATE TABLE {Name} {PostgreSqlServers.Columns}");
            foreach (var shard in Shards)
            {
                PostgreSqlServers.Execute(shard, $"CREATE TABLE {Name} {PostgreSqlServers.Columns}");
            }
            PostgreSqlServers.Execute(Coordinator, $"""
                CREATE TABLE {Name} {PostgreSqlServers.Columns} PARTITION BY HASH (dossier_id);
                CREATE FOREIGN TABLE {Name}_p0 PARTITION OF {Name} FOR VALUES WITH (MODULUS 2, REMAINDER 0) SERVER shard0 OPTIONS (table_name '{Name}');
                CREATE FOREIGN TABLE {Name}_p1 PARTITION OF {Name} FOR VALUES WITH (MODULUS 2, REMAINDER 1) SERVER shard1 OPTIONS (table_name '{Name}');
                """);
        }

        public string Name { get; }

        public string OneServer { get; }

        public string Coordinator { get; }

        public string[] Shards { get; }

        /// <summary>Replaces the rows of every table: emptied (the coordinator empties its shards), then copied in order.</summary>
        public void Load(IReadOnlyList<ExportRows.Row> rows)
        {
            PostgreSqlServers.Execute(OneServer, $"TRUNCATE {Name}");
            PostgreSqlServers.Execute(Coordinator, $"TRUNCATE {Name}");
            PostgreSqlServers.Load(OneServer, Name, rows);
            PostgreSqlServers.Load(Coordinator, Name, rows);
        }

        public void Dispose()
        {
            if (PostgreSqlServers.SkipReason is not null)
            {
                return;
            }
            PostgreSqlServers.Execute(OneServer, $"DROP TABLE IF EXISTS {Name}");
            PostgreSqlServers.Execute(Coordinator, $"DROP TABLE IF EXISTS {Name}");
            foreach (var shard in Shards)
            {
                PostgreSqlServers.Execute(shard, $"DROP TABLE IF EXISTS {Name}");
            }
        }
    }
}

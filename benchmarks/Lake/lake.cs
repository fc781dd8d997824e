#:package DuckDB.NET.Data.Full
// Whole-process peers for the lake benchmarks of docs/performance.md, with DuckDB embedded:
//   dotnet run lake.cs -- partition FILE.parquet LAKE/   one file -> LAKE/year=YYYY/month=MM/*.parquet by receipt month
//   dotnet run lake.cs -- natural 'LAKE/**/*.parquet' YEAR
//       DuckDB's natural query: read_parquet, the classification with CASE, GROUP BY unit_code
//       (the query an analyst would write; none of the library's validation, deadlines or repeats).
using DuckDB.NET.Data;

if (args.Length != 3 || args[0] is not ("partition" or "natural"))
{
    Console.Error.WriteLine("usage: lake.cs partition FILE.parquet LAKE/ | natural GLOB YEAR");
    return 2;
}
using var connection = new DuckDBConnection("Data Source=:memory:");
connection.Open();
using var command = connection.CreateCommand();
if (args[0] == "partition")
{
    // Rows keep their file order within a month (PRESERVE_INSERTION_ORDER is DuckDB's default).
    command.CommandText = $"""
        COPY (SELECT *, year(received_at) AS year, lpad(CAST(month(received_at) AS VARCHAR), 2, '0') AS month
              FROM read_parquet('{args[1].Replace("'", "''")}'))
        TO '{args[2].Replace("'", "''")}' (FORMAT parquet, PARTITION_BY (year, month), OVERWRITE_OR_IGNORE)
        """;
    command.ExecuteNonQuery();
    Console.WriteLine($"partitioned {args[1]} into {args[2]}");
    return 0;
}
int year = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
command.CommandText = $"""
    SELECT unit_code, count(*) AS n,
           CAST(sum(CASE WHEN year(received_at) = {year} THEN 1 ELSE 0 END) AS BIGINT) AS received,
           CAST(sum(CASE WHEN status IN ('completed', 'refused') THEN 1 ELSE 0 END) AS BIGINT) AS resolved,
           CAST(sum(CASE WHEN status IN ('completed', 'refused') AND finished_at <= coalesce(due_at, finished_at) THEN 1 ELSE 0 END) AS BIGINT) AS on_time,
           CAST(sum(CASE WHEN channel = 'online' THEN 1 ELSE 0 END) AS BIGINT) AS online
    FROM read_parquet('{args[1].Replace("'", "''")}', hive_partitioning = false) GROUP BY unit_code
    """;
using var reader = command.ExecuteReader();
long groups = 0, rows = 0, received = 0, resolved = 0, onTime = 0, online = 0;
while (reader.Read())
{
    groups++;
    rows += reader.GetInt64(1);
    received += reader.GetInt64(2);
    resolved += reader.GetInt64(3);
    onTime += reader.GetInt64(4);
    online += reader.GetInt64(5);
}
Console.WriteLine($"{groups} units, {rows:N0} rows, received {received:N0}, resolved {resolved:N0}, on time {onTime:N0}, online {online:N0}");
return 0;

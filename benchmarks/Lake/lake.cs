#:package DuckDB.NET.Data.Full
// Whole-process peers for the lake benchmarks of docs/performance.md, with DuckDB embedded:
//   dotnet run lake.cs -- partition FILE.parquet LAKE/   one file -> LAKE/year=YYYY/month=MM/*.parquet by receipt month
//   dotnet run lake.cs -- natural 'LAKE/**/*.parquet' YEAR
//       DuckDB's natural query: read_parquet, the classification with CASE, GROUP BY unit_code
//       (the query an analyst would write; none of the library's validation, deadlines or repeats).
//   dotnet run lake.cs -- columns 'LAKE/**/*.parquet' YEAR
//       the natural query made to read every column the report reads (docs/specification.md §3, §9), in
//       aggregates that need every value: DuckDB's decoding of the report's inputs, with no check at all.
//   dotnet run lake.cs -- checked 'LAKE/**/*.parquet' YEAR
//       as columns, then the exact count of repeated dossier ids (count - count(DISTINCT dossier_id)): what DuckDB
//       needs for the inputs of the report's checks, before any rule or deadline is applied.
using DuckDB.NET.Data;

if (args.Length != 3 || args[0] is not ("partition" or "natural" or "columns" or "checked"))
{
    Console.Error.WriteLine("usage: lake.cs partition FILE.parquet LAKE/ | natural GLOB YEAR | columns GLOB YEAR | checked GLOB YEAR");
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
string source = $"read_parquet('{args[1].Replace("'", "''")}', hive_partitioning = false)";
// The columns and checked queries read the other eight columns too, in aggregates that need every value (a maximum
// length, a sum, non-null counts); DuckDB answers none of them from the files' statistics.
string others = args[0] is "columns" or "checked"
    ? ", max(length(dossier_id)) AS id_length, max(length(procedure_code)) AS procedure_length"
      + ", sum(supplement_requests) AS requests, count(supplement_requested_at) AS requested"
      + ", count(returned_at) AS returned, count(updated_at) AS updated"
      + ", max(length(receiving_unit_code)) AS receiving_length, count(result_electronic) AS electronic"
    : "";
command.CommandText = $"""
    SELECT unit_code, count(*) AS n,
           CAST(sum(CASE WHEN year(received_at) = {year} THEN 1 ELSE 0 END) AS BIGINT) AS received,
           CAST(sum(CASE WHEN status IN ('completed', 'refused') THEN 1 ELSE 0 END) AS BIGINT) AS resolved,
           CAST(sum(CASE WHEN status IN ('completed', 'refused') AND finished_at <= coalesce(due_at, finished_at) THEN 1 ELSE 0 END) AS BIGINT) AS on_time,
           CAST(sum(CASE WHEN channel = 'online' THEN 1 ELSE 0 END) AS BIGINT) AS online{others}
    FROM {source} GROUP BY unit_code
    """;
var reader = command.ExecuteReader();
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
reader.Dispose();
Console.WriteLine($"{groups} units, {rows:N0} rows, received {received:N0}, resolved {resolved:N0}, on time {onTime:N0}, online {online:N0}");
if (args[0] == "checked")
{
    command.CommandText = $"SELECT count(*) - count(DISTINCT dossier_id) FROM {source}";
    Console.WriteLine($"repeated ids {Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture):N0}");
}
return 0;

using System.Globalization;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using nietras.SeparatedValues;
using ParquetSharp;
using Reform.Indicators.Data;
using Reform.Indicators.Indicators;
using Reform.Indicators.Samples;
using Sylvan.Data.Csv;

namespace Reform.Indicators.Benchmarks.Data;

/// <summary>
/// Reading dossier files: the CSV and Parquet libraries compared on the same files (every field
/// of every row as text), and file → report with Reform.Indicators.Data against DuckDB's
/// <c>read_csv</c>/<c>read_parquet</c> + GROUP BY in the same run.
/// </summary>
/// <remarks>
/// Sizes come from <c>REFORM_BENCH_SIZES</c> (comma-separated, default 1,000,000; CI's dry job
/// sets a small one). The files are the national sample written once in <see cref="Setup"/>.
/// </remarks>
[MemoryDiagnoser]
public class DataFormatBenchmarks
{
    private string csv = "", parquet = "", directory = "";
    private NationalSample sample = null!;
    private Reform.Indicators.DuckDb.DuckDbDossierEngine? engine;

    public static IEnumerable<int> Sizes() =>
        (Environment.GetEnvironmentVariable("REFORM_BENCH_SIZES") ?? "1000000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture));

    [ParamsSource(nameof(Sizes))]
    public int Dossiers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        directory = Directory.CreateTempSubdirectory("reform-bench-").FullName;
        sample = NationalSample.Create(2022, Dossiers);
        csv = Path.Combine(directory, "dossiers.csv");
        parquet = Path.Combine(directory, "dossiers.parquet");
        DossierFile.Write(sample.Dossiers(), csv);
        DossierFile.Write(sample.Dossiers(), parquet);
    }

    /// <summary>
    /// The files, and the DuckDB engine with the procedures; it must give our report's numbers on this
    /// file (checked here, outside the timed region, and on typed Parquet files of bad rows in DuckDbParquetTests), or the run stops.
    /// </summary>
    [GlobalSetup(Target = nameof(DuckDb_ReadParquet_SameReport))]
    public void SetupSameReport()
    {
        Setup();
        engine = new Reform.Indicators.DuckDb.DuckDbDossierEngine([parquet], procedures: sample.Procedures);
        // The engine also counts the procedures' online levels (docs/specification.md §10.3): compared with the reader given them too.
        var ours = DossierFile.Report(parquet, sample.Period, GroupBy.Unit, options: Options with { Procedures = sample.Procedures });
        var theirs = engine.Count([sample.Period]);
        if (!ours.Report.Groups.SequenceEqual(theirs.Report(sample.Period, GroupBy.Unit).Groups) || ours.RowsRead != theirs.RowsRead || ours.RejectedRows != theirs.RowsRejected)
        {
            throw new InvalidOperationException("The DuckDB engine's report differs from ours on the benchmark's file.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Directory.Delete(directory, recursive: true);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("csv-library")]
    public long Csv_Sep()
    {
        long total = 0;
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(csv);
        foreach (var row in reader)
        {
            for (int i = 0; i < row.ColCount; i++)
            {
                total += row[i].ToString().Length;
            }
        }
        return total;
    }

    [Benchmark]
    [BenchmarkCategory("csv-library")]
    public long Csv_Sylvan()
    {
        long total = 0;
        using var reader = CsvDataReader.Create(csv);
        while (reader.Read())
        {
            for (int i = 0; i < reader.FieldCount; i++)
            {
                total += reader.GetString(i).Length;
            }
        }
        return total;
    }

    [Benchmark]
    [BenchmarkCategory("parquet-library")]
    public long Parquet_ParquetNet()
    {
        // Every column typed, strings as strings: Parquet.Net's own column read, like for like with ParquetSharp's logical read.
        long total = 0;
        using var stream = File.OpenRead(parquet);
        var reader = global::Parquet.ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
        try
        {
            var fields = reader.Schema.GetDataFields();
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                int rows = checked((int)group.RowCount);
                foreach (var field in fields)
                {
                    if (field.ClrType == typeof(DateTime))
                    {
                        var values = new DateTime?[rows];
                        group.ReadAsync<DateTime>(field, values.AsMemory()).AsTask().GetAwaiter().GetResult();
                        total += values.Count(v => v is not null);
                    }
                    else if (field.ClrType == typeof(int))
                    {
                        var values = new int?[rows];
                        group.ReadAsync<int>(field, values.AsMemory()).AsTask().GetAwaiter().GetResult();
                        total += values.Count(v => v is not null);
                    }
                    else
                    {
                        var values = new string?[rows];
                        group.ReadAsync(field, values.AsMemory()).AsTask().GetAwaiter().GetResult();
                        total += values.Sum(v => v?.Length ?? 0);
                    }
                }
            }
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        return total;
    }

    [Benchmark]
    [BenchmarkCategory("parquet-library")]
    public unsafe long Parquet_ParquetSharp_Physical()
    {
        // What the report's reader does: physical values in batches, text copied out as bytes (no string per value).
        long total = 0;
        const int Batch = 1 << 14;
        var definitions = new short[Batch];
        var bytes = new ByteArray[Batch];
        var longs = new long[Batch];
        var ints = new int[Batch];
        var arena = new byte[Batch * 64];
        using var file = new ParquetFileReader(parquet);
        for (int g = 0; g < file.FileMetaData.NumRowGroups; g++)
        {
            using var group = file.RowGroup(g);
            long rows = group.MetaData.NumRows;
            for (int c = 0; c < file.FileMetaData.NumColumns; c++)
            {
                using var column = group.Column(c);
                for (long done = 0; done < rows;)
                {
                    long want = Math.Min(Batch, rows - done), levels, values;
                    switch (column)
                    {
                        case ColumnReader<ByteArray> r:
                            levels = r.ReadBatch(want, definitions, default, bytes, out values);
                            int at = 0;
                            for (int i = 0; i < values; i++)
                            {
                                new ReadOnlySpan<byte>((void*)bytes[i].Pointer, bytes[i].Length).CopyTo(arena.AsSpan(at));
                                at += bytes[i].Length;
                            }
                            total += at;
                            break;
                        case ColumnReader<long> r:
                            levels = r.ReadBatch(want, definitions, default, longs, out values);
                            total += values;
                            break;
                        case ColumnReader<int> r:
                            levels = r.ReadBatch(want, definitions, default, ints, out values);
                            total += values;
                            break;
                        default:
                            throw new InvalidOperationException($"Unexpected column reader {column.GetType().Name}.");
                    }
                    done += levels;
                }
            }
        }
        return total;
    }

    [Benchmark]
    [BenchmarkCategory("parquet-library")]
    public long Parquet_ParquetSharp()
    {
        long total = 0;
        using var file = new ParquetFileReader(parquet);
        for (int g = 0; g < file.FileMetaData.NumRowGroups; g++)
        {
            using var group = file.RowGroup(g);
            int rows = checked((int)group.MetaData.NumRows);
            for (int c = 0; c < file.FileMetaData.NumColumns; c++)
            {
                using var column = group.Column(c);
                var type = file.FileMetaData.Schema.Column(c).LogicalType;
                if (type is ParquetSharp.TimestampLogicalType)
                {
                    using var reader = column.LogicalReader<DateTime?>();
                    total += reader.ReadAll(rows).Count(v => v is not null);
                }
                else if (type is ParquetSharp.IntLogicalType || column.ColumnDescriptor.PhysicalType == PhysicalType.Int32)
                {
                    using var reader = column.LogicalReader<int?>();
                    total += reader.ReadAll(rows).Count(v => v is not null);
                }
                else
                {
                    using var reader = column.LogicalReader<string?>();
                    total += reader.ReadAll(rows).Sum(v => v?.Length ?? 0);
                }
            }
        }
        return total;
    }

    private DossierReadOptions Options => new() { DueDates = sample.Procedures.DueDates(global::Reform.Indicators.Calendars.WorkingCalendar.Vietnam) };

    /// <summary>File → report: the fast path (spans / typed columns validated into columnar tables).</summary>
    [Benchmark]
    [BenchmarkCategory("file-report")]
    public long Report_Csv() => DossierFile.Report(csv, sample.Period, GroupBy.Unit, options: Options).Report.Groups.Count;

    [Benchmark]
    [BenchmarkCategory("file-report")]
    public long Report_Parquet() => DossierFile.Report(parquet, sample.Period, GroupBy.Unit, options: Options).Report.Groups.Count;

    /// <summary>The record path the fast path replaced (a <see cref="Reform.Indicators.Dossiers.Dossier"/> per row), for before/after in the same run.</summary>
    [Benchmark]
    [BenchmarkCategory("file-report")]
    public long Report_Csv_RecordPath() => DossierFile.ReportByRecords(csv, sample.Period, GroupBy.Unit, options: Options).Report.Groups.Count;

    [Benchmark]
    [BenchmarkCategory("file-report")]
    public long Report_Parquet_RecordPath() => DossierFile.ReportByRecords(parquet, sample.Period, GroupBy.Unit, options: Options).Report.Groups.Count;

    /// <summary>
    /// DuckDB's <c>read_csv</c> with the column types given: its type sniffing fails on our files
    /// (<c>due_at</c> holds dates and timestamps), so <c>due_at</c> is read as text and a date
    /// alone becomes the end of that day, as in our rules.
    /// </summary>
    [Benchmark]
    [BenchmarkCategory("file-report")]
    public long DuckDb_ReadCsv_GroupBy() => DuckDbGroupBy(
        $"""
        (SELECT * REPLACE (CASE WHEN length(due_at) = 10 THEN CAST(due_at AS DATE) + INTERVAL 1 DAY - INTERVAL 1 MICROSECOND ELSE CAST(due_at AS TIMESTAMP) END AS due_at)
         FROM read_csv('{csv}', header = true, columns = {CsvColumns}))
        """);

    [Benchmark]
    [BenchmarkCategory("file-report")]
    public long DuckDb_ReadParquet_GroupBy() => DuckDbGroupBy($"read_parquet('{parquet}')");

    /// <summary>
    /// DuckDB doing part of what our report does besides the counts: every column read, and a row
    /// that repeats an earlier row's <c>dossier_id</c> left out (the first in file order kept), plus
    /// the rules a row can break without a calendar (a receipt time; a finish not before it). Still no
    /// deadline from the procedure and no reject list: a peer for the checks, not the same work.
    /// </summary>
    [Benchmark]
    [BenchmarkCategory("file-report")]
    public long DuckDb_ReadParquet_IdCheck_GroupBy() => DuckDbGroupBy(
        $"""
        (SELECT * FROM read_parquet('{parquet}', file_row_number = true)
         WHERE received_at IS NOT NULL AND (finished_at IS NULL OR finished_at >= received_at)
         QUALIFY row_number() OVER (PARTITION BY dossier_id ORDER BY file_row_number) = 1)
        """);

    /// <summary>
    /// DuckDB computing our report from the file: the DuckDB engine (<c>--engine duckdb</c>), whose SQL
    /// applies every rule, the deadlines from the procedures, repeated ids and every count per unit —
    /// the same work as <see cref="Report_Parquet"/> but the list of rejected rows.
    /// </summary>
    [Benchmark]
    [BenchmarkCategory("file-report")]
    public long DuckDb_ReadParquet_SameReport() => engine!.Count([sample.Period]).RowsRead;

    /// <summary>
    /// DuckDB's GROUP BY made to read the four columns the plain query skips but our report must
    /// check (<c>dossier_id</c>, <c>procedure_code</c>, <c>supplement_requests</c>,
    /// <c>supplement_requested_at</c>): the cost of decoding all ten columns in DuckDB, no checks.
    /// </summary>
    [Benchmark]
    [BenchmarkCategory("file-report")]
    public long DuckDb_ReadParquet_AllColumns_GroupBy() => DuckDbGroupBy(
        $"read_parquet('{parquet}')",
        ", max(length(dossier_id)) AS id_length, max(length(procedure_code)) AS procedure_length, sum(supplement_requests) AS requests, count(supplement_requested_at) AS requested");

    /// <summary>
    /// Decoding alone, by Arrow's C++ Parquet reader (ParquetSharp.Arrow, the engine behind pyarrow)
    /// on all cores: every column into Arrow arrays, nothing looked at — a floor for any reader of
    /// the ten columns that does not write its own decoder.
    /// </summary>
    [Benchmark]
    [BenchmarkCategory("file-report")]
    public long Parquet_ArrowDecode_AllColumns() => ArrowDecode(columns: null);

    /// <summary>As <see cref="Parquet_ArrowDecode_AllColumns"/>, for the six columns DuckDB's plain query reads.</summary>
    [Benchmark]
    [BenchmarkCategory("file-report")]
    public long Parquet_ArrowDecode_DuckDbColumns() => ArrowDecode(columns: [1, 3, 4, 5, 6, 7]);

    private long ArrowDecode(int[]? columns)
    {
        using var properties = ParquetSharp.Arrow.ArrowReaderProperties.GetDefault();
        properties.BatchSize = 1 << 16;
        properties.UseThreads = true;
        using var reader = new ParquetSharp.Arrow.FileReader(parquet, arrowProperties: properties);
        using var batches = columns is null ? reader.GetRecordBatchReader() : reader.GetRecordBatchReader([.. Enumerable.Range(0, reader.NumRowGroups)], columns);
        long rows = 0;
        while (batches.ReadNextRecordBatchAsync().AsTask().GetAwaiter().GetResult() is { } batch)
        {
            using (batch)
            {
                rows += batch.Length;
            }
        }
        return rows == Dossiers ? rows : throw new InvalidOperationException($"Arrow read {rows:N0} rows, not {Dossiers:N0}.");
    }

    private const string CsvColumns =
        "{'dossier_id': 'VARCHAR', 'unit_code': 'VARCHAR', 'procedure_code': 'VARCHAR', 'channel': 'VARCHAR', 'received_at': 'TIMESTAMP', "
        + "'due_at': 'VARCHAR', 'finished_at': 'TIMESTAMP', 'status': 'VARCHAR', 'supplement_requests': 'INTEGER', 'supplement_requested_at': 'TIMESTAMP'}";

    /// <summary>Per unit: dossiers, received in the period, resolved, resolved on time, online — the core of our report, without its validation.</summary>
    private long DuckDbGroupBy(string source, string moreAggregates = "")
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        int year = sample.Period.First.Year;
        command.CommandText = $"""
            SELECT unit_code, count(*) AS n,
                   sum((year(received_at) = {year})::INT) AS received,
                   sum((status IN ('completed', 'refused'))::INT) AS resolved,
                   sum((status IN ('completed', 'refused') AND finished_at <= coalesce(due_at, finished_at))::INT) AS on_time,
                   sum((channel = 'online')::INT) AS online{moreAggregates}
            FROM {source} GROUP BY unit_code
            """;
        using var reader = command.ExecuteReader();
        long groups = 0, dossiers = 0;
        while (reader.Read())
        {
            groups++;
            dossiers += reader.GetInt64(1);
        }
        return dossiers == Dossiers ? groups : throw new InvalidOperationException($"DuckDB counted {dossiers:N0} dossiers, not {Dossiers:N0}.");
    }
}

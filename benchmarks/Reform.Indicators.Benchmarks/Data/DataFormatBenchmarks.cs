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

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(directory, recursive: true);

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
    public long Parquet_ParquetNet() => DossierFile.Read(parquet).RowsRead;

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

    [Benchmark]
    [BenchmarkCategory("file-report")]
    public long Report_Csv() => DossierFile.Report(csv, sample.Period, GroupBy.Unit, options: new DossierReadOptions { DueDates = sample.Procedures.DueDates(global::Reform.Indicators.Calendars.WorkingCalendar.Vietnam) }).Report.Groups.Count;

    [Benchmark]
    [BenchmarkCategory("file-report")]
    public long Report_Parquet() => DossierFile.Report(parquet, sample.Period, GroupBy.Unit, options: new DossierReadOptions { DueDates = sample.Procedures.DueDates(global::Reform.Indicators.Calendars.WorkingCalendar.Vietnam) }).Report.Groups.Count;

    [Benchmark]
    [BenchmarkCategory("file-report")]
    public long DuckDb_ReadCsv_GroupBy() => DuckDbGroupBy($"read_csv('{csv}')");

    [Benchmark]
    [BenchmarkCategory("file-report")]
    public long DuckDb_ReadParquet_GroupBy() => DuckDbGroupBy($"read_parquet('{parquet}')");

    private static long DuckDbGroupBy(string source)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT unit_code, count(*) AS n,
                   sum((status IN ('completed', 'refused'))::INT) AS resolved,
                   sum((status IN ('completed', 'refused') AND finished_at <= coalesce(due_at, finished_at))::INT) AS on_time,
                   sum((channel = 'online')::INT) AS online
            FROM {source} GROUP BY unit_code
            """;
        using var reader = command.ExecuteReader();
        long groups = 0;
        while (reader.Read())
        {
            groups++;
        }
        return groups;
    }
}

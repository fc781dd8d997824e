using ParquetSharp;
using Reform.Indicators.Indicators;
using Reform.Indicators.Units;

namespace Reform.Indicators.Data;

/// <summary>
/// Writes long ("tidy") rows as a Parquet file: the columns of <see cref="TidyWriter.Header"/> plus
/// the period's first and last dates, typed, for pandas, Polars, R (arrow) and DuckDB.
/// </summary>
/// <remarks>
/// Columns: <c>unit</c>, <c>name</c> (null when unknown), <c>level</c> (null when unknown), <c>period</c>,
/// <c>period_first</c> and <c>period_last</c> (Parquet dates), <c>indicator</c>, <c>numerator</c> and
/// <c>denominator</c> (64-bit integers), <c>percent</c> (a double holding the two-decimal percent; null
/// when the denominator is 0). Snappy-compressed, one row group. Written with ParquetSharp (Arrow's
/// C++ writer), whose statistics engines may trust.
/// </remarks>
public static class TidyParquetWriter
{
    /// <summary>Writes the rows to <paramref name="stream"/>, which must be seekable and stays open.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PlatformNotSupportedException">ParquetSharp's native library does not load on this platform.</exception>
    public static void Write(IEnumerable<TidyRow> rows, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(stream);
        ParquetTableWriter.EnsureWriter();
        var all = rows.ToArray();
        ParquetSharp.Column[] columns =
        [
            new Column<string>("unit"), new Column<string?>("name"), new Column<string?>("level"), new Column<string>("period"),
            new Column<Date>("period_first"), new Column<Date>("period_last"), new Column<string>("indicator"),
            new Column<long>("numerator"), new Column<long>("denominator"), new Column<double?>("percent"),
        ];
        using var output = new ParquetSharp.IO.ManagedOutputStream(stream, leaveOpen: true);
        using var builder = new WriterPropertiesBuilder();
        using var properties = builder.Compression(Compression.Snappy).Build();
        using var file = new ParquetFileWriter(output, columns, properties);
        using (var group = file.AppendRowGroup())
        {
            Column(group, all.Select(r => r.Unit));
            Column(group, all.Select(r => r.Name));
            Column(group, all.Select(r => r.Level?.ToName()));
            Column(group, all.Select(r => r.Period.Name));
            Column(group, all.Select(r => new Date(r.Period.First.Year, r.Period.First.Month, r.Period.First.Day)));
            Column(group, all.Select(r => new Date(r.Period.Last.Year, r.Period.Last.Month, r.Period.Last.Day)));
            Column(group, all.Select(r => r.Indicator));
            Column(group, all.Select(r => r.Numerator));
            Column(group, all.Select(r => r.Denominator));
            Column(group, all.Select(r => r.Percent is { } p ? (double?)(double)p : null));
        }
        file.Close();
    }

    /// <summary>Writes the rows to a Parquet file (replaced if it exists).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PlatformNotSupportedException">ParquetSharp's native library does not load on this platform.</exception>
    public static void Save(IEnumerable<TidyRow> rows, string path)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(path);
        ParquetTableWriter.EnsureWriter(); // before the file is created: an existing file stays as it was
        using var stream = File.Create(path);
        Write(rows, stream);
    }

    private static void Column<T>(RowGroupWriter group, IEnumerable<T> values)
    {
        using var writer = group.NextColumn().LogicalWriter<T>();
        writer.WriteBatch([.. values]);
    }
}

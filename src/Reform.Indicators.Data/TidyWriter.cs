using System.Globalization;
using System.Text;
using Reform.Indicators.Indicators;
using Reform.Indicators.Units;

namespace Reform.Indicators.Data;

/// <summary>
/// Writes long ("tidy") rows — one per group, period and indicator — as CSV with the header
/// <c>unit,name,level,period,indicator,numerator,denominator,percent</c>.
/// </summary>
/// <remarks>
/// <c>percent</c> is <see cref="Measures.Rate.Percent"/> (two decimals, a point as decimal separator) and is
/// empty when the denominator is 0; <c>level</c> is empty when unknown. Fields holding a comma, a
/// quote or a line break are quoted. Read it with <c>pandas.read_csv</c>, R's <c>read.csv</c> or
/// DuckDB as it is, or pivot it back with <see cref="IndicatorReports.ToWide"/>.
/// </remarks>
/// <example>
/// <code>
/// unit,name,level,period,indicator,numerator,denominator,percent
/// province,,province,2022-01,onTimeResolution,8123,8178,99.33
/// </code>
/// </example>
public static class TidyWriter
{
    /// <summary>The CSV header.</summary>
    public const string Header = "unit,name,level,period,indicator,numerator,denominator,percent";

    /// <summary>Writes the header and one line per row.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteCsv(IEnumerable<TidyRow> rows, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(Header);
        foreach (var row in rows)
        {
            writer.Write(Csv(row.Unit));
            writer.Write(',');
            writer.Write(Csv(row.Name ?? ""));
            writer.Write(',');
            writer.Write(row.Level?.ToName() ?? "");
            writer.Write(',');
            writer.Write(row.Period.Name);
            writer.Write(',');
            writer.Write(row.Indicator);
            writer.Write(',');
            writer.Write(row.Numerator.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(row.Denominator.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.WriteLine(row.Percent?.ToString("0.00", CultureInfo.InvariantCulture) ?? "");
        }
    }

    /// <summary>Writes the rows as UTF-8 CSV to <paramref name="stream"/>, which stays open; with a byte-order mark when <paramref name="options"/> says so (the default).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or <paramref name="stream"/> is null.</exception>
    public static void Write(IEnumerable<TidyRow> rows, Stream stream, ReportWriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        using var writer = ReportWriter.CsvWriter(stream, options);
        WriteCsv(rows, writer);
    }

    /// <summary>Writes the rows to a CSV file (replaced if it exists); see <see cref="Write(IEnumerable{TidyRow}, Stream, ReportWriteOptions)"/>. With a byte-order mark unless <paramref name="options"/> says otherwise.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Save(IEnumerable<TidyRow> rows, string path, ReportWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        Write(rows, stream, options ?? ReportWriteOptions.Default);
    }

    internal static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n;") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}

using System.Text;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Units;

/// <summary>Reads the small CSV files embedded in the assembly (RFC 4180: commas, double-quoted fields, UTF-8).</summary>
internal static class EmbeddedCsv
{
    /// <summary>The rows of the embedded file <paramref name="fileName"/> as name → value maps, header excluded.</summary>
    internal static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string fileName)
    {
        string resource = "Reform.Indicators.Units.Data." + fileName;
        using var stream = typeof(EmbeddedCsv).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = reader.ReadToEnd().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
        var header = CsvLine.Split(lines[0], 1);
        var rows = new List<IReadOnlyDictionary<string, string>>(lines.Length - 1);
        for (int i = 1; i < lines.Length; i++)
        {
            var fields = CsvLine.Split(lines[i], i + 1);
            if (fields.Count != header.Count)
            {
                throw new InvalidOperationException(
                    $"{fileName}, line {i + 1}: {fields.Count} fields where the header has {header.Count}.");
            }
            rows.Add(header.Zip(fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
        }
        return rows;
    }
}

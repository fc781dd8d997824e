using System.Globalization;
using Reform.Indicators.Engines;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.DuckDb;

/// <summary>
/// The dossier files named by paths, folders and globs, in reading order, and the hive partitions
/// (<c>year=2025/</c>, <c>month=03/</c>) a report over some periods can skip.
/// </summary>
internal static class DossierFiles
{
    /// <summary>
    /// Every file of <paramref name="inputs"/>, in the order given, each input named as every engine
    /// names it (a file, a folder, a hive lake, a glob: the core's <c>DossierInputs</c>), as full paths.
    /// </summary>
    /// <exception cref="DossierSourceException">An input names nothing, or no file at all is found.</exception>
    public static IReadOnlyList<string> Resolve(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (string.IsNullOrWhiteSpace(input))
            {
                throw new DossierSourceException("A dossier path is empty.");
            }
            foreach (var file in DossierInputs.Expand(input))
            {
                files.Add(File.Exists(file) ? Path.GetFullPath(file) : throw new DossierSourceException($"{file}: no such file or folder."));
            }
        }
        if (files.Count == 0)
        {
            throw new DossierSourceException($"No .csv or .parquet file in {string.Join(", ", inputs)}.");
        }
        return files;
    }

    /// <summary>
    /// The files that can hold a dossier in scope of <paramref name="periods"/>: all but those in a hive
    /// partition <c>year=</c> (and <c>month=</c>) after the last period's end, whose dossiers were
    /// received after it. Earlier partitions are kept: their dossiers may be carried over.
    /// </summary>
    public static IReadOnlyList<string> For(IReadOnlyList<string> files, IReadOnlyList<ReportingPeriod> periods)
    {
        var last = periods.Max(p => p.Last);
        return [.. files.Where(file => !After(file, last.Year, last.Month))];
    }

    private static bool After(string file, int year, int month)
    {
        int? fileYear = null, fileMonth = null;
        foreach (var segment in Path.GetDirectoryName(file)!.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))
        {
            int equals = segment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || !int.TryParse(segment.AsSpan(equals + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int value))
            {
                continue;
            }
            var key = segment.AsSpan(0, equals);
            if (key.Equals("year", StringComparison.OrdinalIgnoreCase))
            {
                fileYear = value;
            }
            else if (key.Equals("month", StringComparison.OrdinalIgnoreCase))
            {
                fileMonth = value;
            }
        }
        return fileYear is { } y && (y > year || (y == year && fileMonth is { } m && m > month));
    }
}

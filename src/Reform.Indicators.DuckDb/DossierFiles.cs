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
    private static readonly string[] Extensions = [".csv", ".parquet"];

    /// <summary>
    /// Every file of <paramref name="inputs"/>, in the order given: a file; a folder's <c>.csv</c> and
    /// <c>.parquet</c> files sorted by name (and, when it holds hive partition folders <c>key=value</c>,
    /// theirs, recursively, sorted by path); a glob (<c>*</c> and <c>?</c> in the file name, <c>**/</c>
    /// for any depth), its matches sorted by path.
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
            if (File.Exists(input))
            {
                files.Add(Path.GetFullPath(input));
            }
            else if (Directory.Exists(input))
            {
                bool hive = Directory.EnumerateDirectories(input).Any(d => Path.GetFileName(d).Contains('=', StringComparison.Ordinal));
                files.AddRange(Sorted(Directory.EnumerateFiles(input, "*", hive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly).Where(IsDossierFile)));
            }
            else if (input.AsSpan().IndexOfAny('*', '?') >= 0)
            {
                files.AddRange(Glob(input));
            }
            else
            {
                throw new DossierSourceException($"{input}: no such file or folder.");
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

    private static bool IsDossierFile(string path) => Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> Sorted(IEnumerable<string> paths) => paths.Select(Path.GetFullPath).Order(StringComparer.Ordinal);

    private static List<string> Glob(string pattern)
    {
        string full = Path.GetFullPath(pattern);
        int recursive = full.IndexOf("**" + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        string folder = recursive >= 0 ? full[..recursive] : Path.GetDirectoryName(full)!;
        string name = Path.GetFileName(full);
        if (folder.AsSpan().IndexOfAny('*', '?') >= 0)
        {
            throw new DossierSourceException($"{pattern}: a wildcard is allowed in the file name and as **/ (any depth), not in a folder name.");
        }
        if (!Directory.Exists(folder))
        {
            throw new DossierSourceException($"{pattern}: no such folder {folder}.");
        }
        var matches = Sorted(Directory.EnumerateFiles(folder, name, recursive >= 0 ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)).ToList();
        return matches.Count > 0 ? matches : throw new DossierSourceException($"{pattern}: no file matches.");
    }
}

using System.Globalization;

namespace Reform.Indicators.Data;

/// <summary>Turns what a user names as input — a file, a directory or a glob — into the files to read, in order (docs/specification.md §9).</summary>
public static class DataFiles
{
    /// <summary>The files <paramref name="input"/> names: itself when it is a file; the <c>.csv</c> and <c>.parquet</c> files of a directory (not recursive); the files matching a glob (<c>*</c> and <c>?</c> in its last part); each sorted by name.</summary>
    /// <remarks>A path that does not exist and has no wildcard is returned as it is, so that opening it says what is wrong.</remarks>
    /// <exception cref="ArgumentException"><paramref name="input"/> is empty.</exception>
    /// <exception cref="DataFileException">A directory without such files, or a glob that matches nothing.</exception>
    public static IReadOnlyList<string> Expand(string input)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(input);
        if (Directory.Exists(input))
        {
            var files = Sorted(Directory.EnumerateFiles(input).Where(IsData));
            return files.Count > 0 ? files
                : throw new DataFileException($"{input}: a directory with no .csv or .parquet file (its files are read, not its subdirectories).");
        }
        string name = Path.GetFileName(input);
        if (name.AsSpan().IndexOfAny('*', '?') < 0)
        {
            return [input];
        }
        string directory = Path.GetDirectoryName(input) is { Length: > 0 } d ? d : ".";
        if (directory.AsSpan().IndexOfAny('*', '?') >= 0)
        {
            throw new DataFileException($"{input}: wildcards are understood in the file name only, not in the directories.");
        }
        var matched = Directory.Exists(directory)
            ? Sorted(Directory.EnumerateFiles(directory, name, new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive, RecurseSubdirectories = false }))
            : [];
        return matched.Count > 0 ? matched : throw new DataFileException(string.Create(CultureInfo.InvariantCulture, $"{input}: no file matches."));
    }

    private static bool IsData(string path) =>
        Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase) || Path.GetExtension(path).Equals(".parquet", StringComparison.OrdinalIgnoreCase);

    private static List<string> Sorted(IEnumerable<string> files) => [.. files.Order(StringComparer.Ordinal)];
}

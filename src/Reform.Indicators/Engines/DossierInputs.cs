namespace Reform.Indicators.Engines;

/// <summary>
/// What a user's dossier input names — a file, a folder, a hive-partitioned lake or a glob — as the
/// files to read, in reading order (docs/specification.md §9, several files). One home for every
/// engine that reads files, so the same argument reads the same files in the same order everywhere.
/// </summary>
internal static class DossierInputs
{
    /// <summary>
    /// The files <paramref name="input"/> names:
    /// <list type="bullet">
    /// <item>a file: itself; a path that does not exist and has no wildcard is returned as it is, so that opening it says what is wrong;</item>
    /// <item>a folder: its <c>.csv</c> and <c>.parquet</c> files sorted by name; when it holds hive partition
    /// folders (<c>year=2025/</c>), the data files of the whole tree, recursively, sorted by path;</item>
    /// <item>a glob: <c>*</c> and <c>?</c> in the file name, <c>**/</c> for any depth (<c>lake/**/*.parquet</c>); its matches sorted by path.</item>
    /// </list>
    /// Paths keep the form given (relative stays relative).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="input"/> is empty.</exception>
    /// <exception cref="DossierSourceException">A folder without data files, a glob that matches nothing, or a wildcard in a folder name.</exception>
    public static IReadOnlyList<string> Expand(string input)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(input);
        if (Directory.Exists(input))
        {
            bool hive = Directory.EnumerateDirectories(input).Any(d => Path.GetFileName(d).Contains('=', StringComparison.Ordinal));
            var files = Sorted(Directory.EnumerateFiles(input, "*", hive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly).Where(IsData));
            return files.Count > 0 ? files
                : throw new DossierSourceException($"{input}: a folder with no .csv or .parquet file (a folder's subfolders are read only when they are hive partitions such as year=2025/; else name them with **/, e.g. {Path.Combine(input, "**", "*.parquet")}).");
        }
        string name = Path.GetFileName(input);
        if (name.AsSpan().IndexOfAny('*', '?') < 0)
        {
            return [input];
        }
        string separator = input.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) ? Path.DirectorySeparatorChar.ToString() : Path.AltDirectorySeparatorChar.ToString();
        int recursive = input.IndexOf("**" + separator, StringComparison.Ordinal);
        string directory = recursive >= 0 ? input[..recursive] : Path.GetDirectoryName(input) ?? "";
        if (directory.Length == 0)
        {
            directory = ".";
        }
        if (directory.AsSpan().IndexOfAny('*', '?') >= 0 || (recursive >= 0 && input[(recursive + 3)..].Contains("**", StringComparison.Ordinal)))
        {
            throw new DossierSourceException($"{input}: a wildcard is allowed in the file name and as one **/ (any depth), not in a folder name.");
        }
        var matched = Directory.Exists(directory)
            ? Sorted(Directory.EnumerateFiles(directory, name, new EnumerationOptions
            {
                MatchCasing = MatchCasing.CaseInsensitive,
                RecurseSubdirectories = recursive >= 0,
            }))
            : [];
        return matched.Count > 0 ? matched : throw new DossierSourceException($"{input}: no file matches.");
    }

    private static bool IsData(string path) =>
        Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase) || Path.GetExtension(path).Equals(".parquet", StringComparison.OrdinalIgnoreCase);

    private static List<string> Sorted(IEnumerable<string> files) => [.. files.Order(StringComparer.Ordinal)];
}

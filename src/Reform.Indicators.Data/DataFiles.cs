namespace Reform.Indicators.Data;

/// <summary>Turns what a user names as input — a file, a directory or a glob — into the files to read, in order (docs/specification.md §9).</summary>
public static class DataFiles
{
    /// <summary>
    /// The files <paramref name="input"/> names: itself when it is a file; the <c>.csv</c> and
    /// <c>.parquet</c> files of a folder sorted by name — of the whole tree, by path, when the folder holds
    /// hive partitions (<c>year=2025/month=03/</c>); the files matching a glob (<c>*</c> and <c>?</c> in the
    /// file name, <c>**/</c> for any depth) sorted by path. Every engine reads the same files for the
    /// same input (<c>--engine duckdb</c> included).
    /// </summary>
    /// <remarks>A path that does not exist and has no wildcard is returned as it is, so that opening it says what is wrong.</remarks>
    /// <exception cref="ArgumentException"><paramref name="input"/> is empty.</exception>
    /// <exception cref="DataFileException">A folder without such files, a glob that matches nothing, or a wildcard in a folder name.</exception>
    public static IReadOnlyList<string> Expand(string input)
    {
        try
        {
            return Engines.DossierInputs.Expand(input);
        }
        catch (Engines.DossierSourceException e)
        {
            throw new DataFileException(e.Message, e);
        }
    }
}

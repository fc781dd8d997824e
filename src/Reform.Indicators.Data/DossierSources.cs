namespace Reform.Indicators.Data;

/// <summary>
/// The files of one data set: the dossier files (each a file, a folder or a glob, read in order as
/// one data set, docs/specification.md §9.8) and the units file and procedures file that go with them
/// (docs/specification.md §3.5). <see cref="DossierDataSet.Open"/> reads them.
/// </summary>
/// <remarks>
/// The procedures file matters more than it looks: a dossier exported without <c>due_at</c> takes its
/// deadline from its procedure's time limit on the working calendar (docs/specification.md §3.7, §10.4);
/// without the procedures such rows are rejected — about one in five of the built-in sample.
/// </remarks>
/// <example>
/// <code>
/// var sources = DossierSources.InFolder("sample-2022");   // units.csv, procedures.csv, the rest dossiers
/// var mine = new DossierSources(["exports/2022-*.csv"], units: "ref/units.csv", procedures: "ref/procedures.csv");
/// </code>
/// </example>
public sealed class DossierSources
{
    /// <summary>The names a folder's units file may have (<see cref="InFolder"/>), without the extension.</summary>
    public const string UnitsName = "units";

    /// <summary>The names a folder's procedures file may have (<see cref="InFolder"/>), without the extension.</summary>
    public const string ProceduresName = "procedures";

    /// <summary>Dossier files with, optionally, their units and procedures files.</summary>
    /// <param name="dossiers">Files, folders or globs (<see cref="DataFiles.Expand"/>), read in this order; at least one.</param>
    /// <param name="units">The units file: names, levels, the hierarchy; rows of a unit not in it are rejected. None when null.</param>
    /// <param name="procedures">The procedures file: the deadline of a row without <c>due_at</c>. None when null.</param>
    /// <exception cref="ArgumentException">No dossier input, or an empty one.</exception>
    public DossierSources(IEnumerable<string> dossiers, string? units = null, string? procedures = null)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        Dossiers = [.. dossiers];
        if (Dossiers.Count == 0 || Dossiers.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Give at least one dossier file, folder or glob, none of them empty.", nameof(dossiers));
        }
        Units = units;
        Procedures = procedures;
    }

    /// <summary>The dossier inputs, in order.</summary>
    public IReadOnlyList<string> Dossiers { get; }

    /// <summary>The units file, or null.</summary>
    public string? Units { get; }

    /// <summary>The procedures file, or null.</summary>
    public string? Procedures { get; }

    /// <summary>
    /// A folder as <c>reform sample</c> writes one: <c>units.csv</c> or <c>units.parquet</c> is the units
    /// file, <c>procedures.csv</c> or <c>procedures.parquet</c> the procedures file (names in any case),
    /// and every other <c>.csv</c> and <c>.parquet</c> file directly inside it a dossier file, in name order.
    /// </summary>
    /// <remarks>A folder without a units or procedures file gives null for it; subfolders are not entered.</remarks>
    /// <param name="folder">The folder.</param>
    /// <exception cref="DataFileException">The folder does not exist, holds no dossier file, or holds both a CSV and a Parquet units (or procedures) file.</exception>
    public static DossierSources InFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            throw new DataFileException($"{folder}: no such folder.");
        }
        var files = DataFiles.Expand(folder);
        string? units = Single(folder, files, UnitsName);
        string? procedures = Single(folder, files, ProceduresName);
        var dossiers = files.Where(f => f != units && f != procedures).ToList();
        return dossiers.Count > 0
            ? new DossierSources(dossiers, units, procedures)
            : throw new DataFileException($"{folder}: no dossier file (.csv or .parquet other than {UnitsName} and {ProceduresName}).");
    }

    /// <summary>A folder (<see cref="InFolder"/>), or else one dossier file (with no units or procedures).</summary>
    /// <param name="path">A folder or a file.</param>
    /// <exception cref="DataFileException">A folder with no dossier file, or an ambiguous units or procedures file.</exception>
    public static DossierSources FromPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Directory.Exists(path) ? InFolder(path) : new DossierSources([path]);
    }

    /// <summary>A folder or a file as sources: <see cref="FromPath"/>, so <c>DossierDataSet.Open("sample-2022", period)</c> reads a folder.</summary>
    /// <param name="path">A folder or a file.</param>
    public static implicit operator DossierSources(string path) => FromPath(path);

    private static string? Single(string folder, IReadOnlyList<string> files, string name)
    {
        var found = files.Where(f => Path.GetFileNameWithoutExtension(f).Equals(name, StringComparison.OrdinalIgnoreCase)).ToList();
        return found.Count switch
        {
            0 => null,
            1 => found[0],
            _ => throw new DataFileException($"{folder}: {string.Join(" and ", found.Select(Path.GetFileName))} are both a {name} file; keep one."),
        };
    }
}

namespace Reform.Indicators.Tests.Architecture;

/// <summary>
/// The allowed dependencies, written once: between the folders (namespaces) of the core package
/// and between the projects under <c>src/</c>. <see cref="LayeringTests"/> enforces them on the
/// compiled assembly and the project files; docs/development.md ("Layering") explains them.
/// </summary>
internal static class Layering
{
    /// <summary>
    /// The core package's folders, bottom first: a folder may use any folder of a lower layer,
    /// and in its own layer only those <see cref="Beside"/> allows. "" is the root namespace
    /// (<c>RowError</c>, <c>ValidationReport</c>).
    /// </summary>
    public static readonly string[][] Layers =
    [
        ["", "Utility"],
        ["Measures"],
        ["Calendars"],
        ["Units", "Procedures", "Regulations", "Petitions"],
        ["Dossiers"],
        ["Indicators", "Columnar"],
        ["Engines"],
        ["Compliance", "Scorecards"],
    ];

    /// <summary>The dependencies allowed inside a layer: the columnar engine is the fast path of the indicators.</summary>
    public static readonly (string From, string To)[] Beside =
    [
        ("Procedures", "Units"),
        ("Columnar", "Indicators"),
    ];

    /// <summary>
    /// The projects under <c>src/</c>, bottom first: a project may reference projects of lower
    /// layers only. A project not listed is an extension package: it may reference the core and
    /// Reform.Indicators.Data, and only the CLI may reference it.
    /// </summary>
    public static readonly string[][] Projects =
    [
        ["Reform.Indicators"],
        ["Reform.Indicators.Data", "Reform.Indicators.Samples"],
        // Parquet for Data's readers and writers, apart so that a CSV-only program carries no native runtime.
        ["Reform.Indicators.Parquet"],
        // The notebook package brings the file readers and writers and the samples with it: one reference loads what a notebook needs.
        ["Reform.Indicators.Interactive", "Reform.Indicators.Cli"],
    ];

    /// <summary>The layer of a folder; -1 when the table lacks it.</summary>
    public static int LayerOf(string folder) => Array.FindIndex(Layers, layer => layer.Contains(folder));

    /// <summary>Whether code in folder <paramref name="from"/> may use folder <paramref name="to"/>.</summary>
    public static bool Allows(string from, string to)
    {
        int f = LayerOf(from), t = LayerOf(to);
        return from == to || (f >= 0 && t >= 0 && (t < f || (t == f && Beside.Contains((from, to)))));
    }

    /// <summary>Whether project <paramref name="from"/> may reference project <paramref name="to"/>.</summary>
    public static bool AllowsProject(string from, string to)
    {
        int f = Array.FindIndex(Projects, l => l.Contains(from)), t = Array.FindIndex(Projects, l => l.Contains(to));
        if (f < 0)
        {
            return to is "Reform.Indicators" or "Reform.Indicators.Data"; // an extension package: on the core and Data
        }
        if (t < 0)
        {
            return from == "Reform.Indicators.Cli"; // only the CLI uses extension packages
        }
        return t < f;
    }
}

using Reform.Indicators.Calendars;
using Reform.Indicators.Indicators;
using Reform.Indicators.Procedures;
using Reform.Indicators.Units;

namespace Reform.Indicators.Data;

public sealed partial class DossierDataSet
{
    /// <summary>
    /// Reads dossier files with their units and procedures into a data set in one call — a folder as
    /// <c>reform sample</c> writes one (a string converts: <see cref="DossierSources.FromPath"/>), or
    /// the files named by <see cref="DossierSources"/>: the units give
    /// names, levels and the known units; the procedures give the deadline of every row without
    /// <c>due_at</c> (<see cref="ProcedureCatalogue.DueDates"/> on <see cref="WorkingCalendar.Vietnam"/>,
    /// docs/specification.md §10.4) and the online level of each dossier's procedure (§10.3), as <c>reform report --procedures</c> does. Rejected rows of the units and procedures files are kept in
    /// <see cref="ReferenceRejects"/> and shown with every report.
    /// </summary>
    /// <param name="sources">The files.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="options">How to read (the default when null); its <see cref="DossierReadOptions.DueDates"/> and <see cref="DossierReadOptions.Procedures"/>, when set, win over the procedures file.</param>
    /// <param name="pieces">Further periods counted in the same read, for <see cref="Reports"/>.</param>
    /// <param name="policy">The classification policy; the default when null.</param>
    /// <returns>The data set, its files read; dispose of it when done.</returns>
    /// <exception cref="DataFileException">A file cannot be read as a whole, or the units do not form a valid hierarchy.</exception>
    /// <example>
    /// <code>
    /// using var data = DossierDataSet.Open("sample-2022", ReportingPeriod.Year(2022));
    /// var read = data.Report(GroupBy.Level);   // province level: 99.33%, every row accounted for
    /// </code>
    /// </example>
    public static DossierDataSet Open(DossierSources sources, ReportingPeriod period, DossierReadOptions? options = null, IEnumerable<ReportingPeriod>? pieces = null, ClassificationPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(period);
        options ??= DossierReadOptions.Default;
        var rejects = new List<RowError>();
        UnitRegistry? units = null;
        if (sources.Units is { } unitsPath)
        {
            units = UnitFile.ReadRegistry(unitsPath, out var unitRejects);
            rejects.AddRange(unitRejects);
        }
        if (sources.Procedures is { } proceduresPath && (options.DueDates is null || options.Procedures is null))
        {
            var procedures = ProcedureFile.Read(proceduresPath);
            rejects.AddRange(procedures.Errors);
            var catalogue = new ProcedureCatalogue(procedures.Accepted);
            options = options with { DueDates = options.DueDates ?? catalogue.DueDates(WorkingCalendar.Vietnam), Procedures = options.Procedures ?? catalogue };
        }
        var set = new DossierDataSet(period, options, units, policy, pieces) { referenceRejects = rejects };
        try
        {
            set.Add(sources.Dossiers);
        }
        catch
        {
            set.Dispose();
            throw;
        }
        return set;
    }

    /// <summary>The rejected rows of the units and procedures files read by <see cref="Open"/> (each naming its file and row); empty otherwise.</summary>
    public IReadOnlyList<RowError> ReferenceRejects => referenceRejects;
}

using Reform.Indicators.Dossiers;
using Reform.Indicators.Procedures;

namespace Reform.Indicators.Data;

/// <summary>How a dossier file is read and validated.</summary>
public sealed record DossierReadOptions
{
    /// <summary>The default: no procedures (every row needs <c>due_at</c>), no units check, not strict.</summary>
    public static DossierReadOptions Default { get; } = new();

    /// <summary>Computes the deadline of a row whose <c>due_at</c> is empty, e.g. <c>catalogue.DueDates(WorkingCalendar.Vietnam)</c>; without it such rows are rejected.</summary>
    public DueDateResolver? DueDates { get; init; }

    /// <summary>
    /// The procedures file, for the online level of each dossier's procedure in force on its receipt date
    /// (<see cref="Dossier.ProcedureOnlineLevel"/>), which the figure <c>fullProcessOnline</c> needs
    /// (docs/specification.md §10.3); null: that figure has no value. Deadlines come from <see cref="DueDates"/>.
    /// </summary>
    public ProcedureCatalogue? Procedures { get; init; }

    /// <summary>The unit codes of the units file; a row naming another unit is rejected. Null: no check.</summary>
    public IReadOnlySet<string>? KnownUnits { get; init; }

    /// <summary>How fields are understood: the end point, a due time of midnight, the order of day and month, repeated ids (docs/specification.md §9).</summary>
    public DossierReadPolicy Policy { get; init; } = DossierReadPolicy.Default;

    /// <summary>How many rejected rows a report keeps in detail (<see cref="Indicators.IndicatorReport.Rejected"/>), the first ones read; default 10,000. Every rejected row is counted whatever this is.</summary>
    /// <remarks>Reading <see cref="DossierFile.Read(string, DossierReadOptions?)"/>, which keeps the records, lists every fault.</remarks>
    public int MaxRejectedRows { get; init; } = 10_000;

    /// <summary>Where to write every fault of every rejected row as it is found (CSV: <c>file,row,column,reason,value</c>), or null; the caller owns the writer.</summary>
    public TextWriter? Rejects { get; init; }

    /// <summary>For tests: the rows of a table counted and replaced as one batch (a handful, so that small files cross many batches).</summary>
    internal int BatchRows { get; init; } = DossierReportSink.BatchRows;

    /// <summary>For tests: the typed rows of a file whose ids are checked together (a handful, so that repeats fall within and across windows); 1 checks each id as its row comes.</summary>
    internal int IdWindowRows { get; init; } = DossierReportSink.IdWindowRows;

    /// <summary>For tests: the most bytes of ids held before they are checked (a few, so that windows also end by their bytes).</summary>
    internal int IdWindowBytes { get; init; } = DossierReportSink.IdWindowBytes;

    /// <summary>Whether to stop at the first bad row.</summary>
    public bool Strict { get; init; }

    /// <summary>Told the number of rows read so far, every 65,536 rows and at the end; null for none.</summary>
    public IProgress<long>? Progress { get; init; }

    /// <summary>The file's format; null to take it from the file name (<c>.parquet</c>, else CSV).</summary>
    public DataFormat? Format { get; init; }

    /// <summary>A validator for one data set read with these options, checking units against <paramref name="units"/> when given.</summary>
    internal DossierValidator Validator(Units.UnitRegistry? units) =>
        new(DueDates, KnownUnits, Policy) { Units = units, Procedures = Procedures };
}

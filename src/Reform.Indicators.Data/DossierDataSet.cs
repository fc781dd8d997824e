using Reform.Indicators.Columnar;
using Reform.Indicators.Indicators;
using Reform.Indicators.Units;

namespace Reform.Indicators.Data;

/// <summary>
/// Several dossier files read as one data set (docs/specification.md §9): monthly exports added one at
/// a time or all at once, CSV and Parquet mixed, every row of every file accounted for, computed as
/// they are read without keeping the records.
/// </summary>
/// <remarks>
/// <para>Ids repeat across files as within one, under the <see cref="Dossiers.RepeatsPolicy"/> of the
/// options. Row numbers stay per file and each rejected row names its file
/// (<see cref="RowError.File"/>). Adding files one at a time gives the same report as adding them in
/// one call: <see cref="Report"/> may be asked after each file.</para>
/// <para>Memory holds the ids seen, the counts, the faults of at most
/// <see cref="DossierReadOptions.MaxRejectedRows"/> rejected rows and, under
/// <see cref="Dossiers.RepeatsPolicy.Latest"/>, the latest state of each dossier.</para>
/// </remarks>
/// <example>
/// <code>
/// using var set = new DossierDataSet(ReportingPeriod.Parse("2025"), new DossierReadOptions { Policy = new() { Repeats = RepeatsPolicy.Latest } });
/// set.Add("exports/");                  // every .csv and .parquet file of the folder, by name
/// var result = set.Report(GroupBy.National);
/// Console.WriteLine($"{result.RowsRead} read = {result.AcceptedRows} + {result.RejectedRows} + {result.ExcludedRows} + {result.SupersededRows}");
/// </code>
/// </example>
public sealed partial class DossierDataSet : IDisposable
{
    private readonly DossierReportSink sink;
    private readonly DossierReadOptions options;
    private readonly UnitRegistry? units;
    private readonly List<string> files = [];
    private List<RowError> referenceRejects = [];

    /// <summary>Creates an empty data set.</summary>
    /// <param name="period">The reporting period of <see cref="Report"/>.</param>
    /// <param name="options">How to read and validate; the default when null.</param>
    /// <param name="units">The units, needed for level and rollup groupings. When given and <see cref="DossierReadOptions.KnownUnits"/> is null, rows naming a unit not in it are rejected.</param>
    /// <param name="policy">The classification policy; the default when null.</param>
    /// <param name="pieces">
    /// Further periods counted in the same single read (e.g. the months of <paramref name="period"/>:
    /// <c>period.Every(PeriodStep.Month)</c>), reported by <see cref="Reports"/> as a trend without reading
    /// the files again; none when null. A piece named like another period is counted once.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public DossierDataSet(ReportingPeriod period, DossierReadOptions? options = null, UnitRegistry? units = null, ClassificationPolicy? policy = null, IEnumerable<ReportingPeriod>? pieces = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        options ??= DossierReadOptions.Default;
        if (units is not null && options.KnownUnits is null)
        {
            options = options with { KnownUnits = units.Units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal) };
        }
        this.options = options;
        this.units = units;
        sink = new DossierReportSink(period, pieces ?? [], options, policy, units);
    }

    /// <summary>The files read so far, in order.</summary>
    public IReadOnlyList<string> Files => files;

    /// <summary>Reads a file, every <c>.csv</c> and <c>.parquet</c> file of a directory, or the files a glob matches (<see cref="DataFiles.Expand"/>), in order.</summary>
    /// <remarks>In strict mode, once a row is rejected nothing more is read.</remarks>
    /// <exception cref="DataFileException">A file cannot be read as a whole; the rows read before it stay counted.</exception>
    public void Add(string input) => Add([input]);

    /// <summary>
    /// Reads the files of several inputs (each a file, a directory or a glob, as <see cref="Add(string)"/>
    /// takes it), in order, with the report of adding them one by one; but the set of ids seen (for
    /// repeats) is sized at the first file for the rows of all the files of its format, from its rows per
    /// byte and their bytes, instead of growing as later files come (docs/performance.md, "A year of
    /// monthly files: the id set sized at the first file").
    /// </summary>
    /// <remarks>
    /// Every input is expanded before any file is read: one that matches nothing throws before a row is
    /// read. In strict mode, once a row is rejected nothing more is read (the room made for the later
    /// files' ids stays reserved until the data set is disposed).
    /// </remarks>
    /// <exception cref="DataFileException">An input matches nothing (nothing is read), or a file cannot be read as a whole (the rows read before it stay counted).</exception>
    public void Add(IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var paths = inputs.SelectMany(DataFiles.Expand).ToList();
        // The bytes of the files of the same format after each one, so the id set makes room for all their
        // ids at the first (a year of monthly files: one growth instead of one at every doubling). Only
        // the same format: a CSV row takes about three times the bytes of a Parquet row.
        var formats = paths.Select(path => options.Format ?? DataFormats.FromPath(path)).ToArray();
        var later = new long[paths.Count];
        var after = new Dictionary<DataFormat, long>();
        for (int i = paths.Count - 1; i >= 0; i--)
        {
            later[i] = after.GetValueOrDefault(formats[i]);
            after[formats[i]] = later[i] + SizeOf(paths[i]);
        }
        for (int i = 0; i < paths.Count; i++)
        {
            if (sink.Stopped)
            {
                return;
            }
            Read(RecordSource.OpenFile(paths[i], FileSchema.Dossiers), formats[i], paths[i], later[i]);
        }
    }

    /// <summary>Reads a stream (disposed when read) as the next file of the data set.</summary>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="format">Its format.</param>
    /// <param name="source">The name used in messages and in <see cref="RowError.File"/>.</param>
    /// <exception cref="DataFileException">The stream cannot be read as a whole.</exception>
    public void Add(Stream stream, DataFormat format, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        if (sink.Stopped)
        {
            stream.Dispose();
            return;
        }
        Read(stream, format, source, laterBytes: 0);
    }

    /// <summary>The report over the rows read so far: the same as <see cref="DossierIndicators.Report"/> over the accepted records, with every row accounted for.</summary>
    /// <exception cref="ArgumentException"><see cref="GroupBy.Level"/> or <see cref="GroupBy.Rollup"/> without units.</exception>
    public DossierFileReport Report(GroupBy groupBy)
    {
        DossierFile.CheckUnits(groupBy, units);
        return sink.Finish(groupBy, units) with { ReferenceRejects = referenceRejects };
    }

    /// <summary>
    /// The report of each piece given at construction, over the rows read so far, in the order given; each
    /// report carries the rejected rows kept in detail. Empty when no pieces were given.
    /// </summary>
    /// <exception cref="ArgumentException"><see cref="GroupBy.Level"/> or <see cref="GroupBy.Rollup"/> without units.</exception>
    public ReportSeries Reports(GroupBy groupBy)
    {
        DossierFile.CheckUnits(groupBy, units);
        return sink.Series(groupBy, units);
    }

    /// <summary>
    /// The counts of the rows accepted so far, per unit, for the period and each piece. Data sets read
    /// from files of distinct dossiers (e.g. one per province, or per worker) merge with
    /// <see cref="PartialCounts.Merge(IEnumerable{PartialCounts})"/> into the counts of one data set
    /// holding them all; <see cref="PartialCounts.Report"/> then gives its report. Files in which a
    /// dossier reappears must be read into one data set, where repeats are checked.
    /// </summary>
    public PartialCounts Counts() => sink.Counts();

    /// <summary>Frees the ids seen.</summary>
    public void Dispose() => sink.Dispose();

    /// <summary>How many times the id set's slots were made anew (for tests of growth).</summary>
    internal int IdRebuilds => sink.IdRebuilds;

    /// <summary>The id set's slots (for tests of memory).</summary>
    internal int IdSlots => sink.IdSlots;

    /// <summary>The bytes of a file, 0 when they cannot be known (opening it then says why).</summary>
    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return 0;
        }
    }

    private void Read(Stream stream, DataFormat format, string source, long laterBytes)
    {
        files.Add(source);
        sink.BeginFile(source, laterBytes);
        bool failed = true;
        try
        {
            switch (format)
            {
                case DataFormat.Csv:
                    CsvRecords.Scan(stream, source, sink, options.Policy);
                    break;
                case DataFormat.Parquet:
                    RecordSource.ForReading(stream, source).Scan(stream, source, sink, options.Policy);
                    break;
                default:
                    stream.Dispose();
                    throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown data format.");
            }
            failed = false;
        }
        finally
        {
            // The rows of the file still held for their ids' check: counted, and their rejections
            // streamed, whether the file was read to its end or failed half-way.
            sink.EndFile(failed);
        }
    }
}

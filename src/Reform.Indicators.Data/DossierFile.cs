using NodaTime;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Units;

namespace Reform.Indicators.Data;

/// <summary>
/// Reads and writes dossier files (docs/specification.md §3) as CSV or Parquet: into validated records,
/// or straight into a report without keeping the records.
/// </summary>
/// <remarks>
/// <para>Columns are the canonical names or the national portal's (<see cref="ColumnNames.Dossiers"/>).
/// Rows are numbered by their line in the file, the header being line 1. Every rejected row is
/// listed with its row number, column, reason and raw value; nothing is dropped or counted silently.
/// A file that cannot be read as a whole (missing, empty, not UTF-8, a required column missing)
/// throws one <see cref="DataFileException"/>.</para>
/// <para>Reading streams: CSV a row at a time, Parquet a row group at a time. <see cref="Report(string, ReportingPeriod, GroupBy, UnitRegistry?, DossierReadOptions?, ClassificationPolicy?)"/>
/// keeps no records: it validates fields in place (CSV spans, Parquet typed columns) into a
/// columnar table of at most 1,048,576 rows that is counted and replaced, and keeps the counts,
/// the codes and the ids seen (to reject repeats); rows with any fault get exactly the errors of
/// <see cref="Read(string, DossierReadOptions?)"/> (docs/data-formats.md, "Reading streams").</para>
/// </remarks>
/// <example>
/// <code>
/// var result = DossierFile.Report("dossiers.csv", ReportingPeriod.Parse("2022"), GroupBy.National);
/// foreach (var error in result.Report.Rejected) Console.Error.WriteLine(error); // row 17, finished_at: before received_at (value '2022-01-03')
/// </code>
/// </example>
public static partial class DossierFile
{
    internal const int ProgressEvery = 1 << 16;

    /// <summary>Reads and validates every row of a file into records.</summary>
    /// <exception cref="DataFileException">The file cannot be read as a whole.</exception>
    public static ValidationReport<Dossier> Read(string path, DossierReadOptions? options = null)
    {
        options ??= DossierReadOptions.Default;
        return Read(RecordSource.Open(path, FileSchema.Dossiers, options.Format), options);
    }

    /// <summary>Reads and validates every row of a stream into records.</summary>
    /// <param name="stream">The file's bytes; disposed when read.</param>
    /// <param name="format">The format.</param>
    /// <param name="options">How to read and validate.</param>
    /// <param name="source">The name used in messages.</param>
    /// <exception cref="DataFileException">The stream cannot be read as a whole.</exception>
    public static ValidationReport<Dossier> ReadFrom(Stream stream, DataFormat format, DossierReadOptions options, string source)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Read(RecordSource.Open(stream, format, FileSchema.Dossiers, source), options);
    }

    /// <summary>Reads a file and computes its report as it goes, without keeping the records.</summary>
    /// <param name="path">The dossier file.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="groupBy">The grouping.</param>
    /// <param name="units">The units, needed for level and rollup groupings. When given and <see cref="DossierReadOptions.KnownUnits"/> is null, rows naming a unit not in it are rejected.</param>
    /// <param name="options">How to read and validate.</param>
    /// <param name="policy">The classification policy; the default when null.</param>
    /// <returns>The same report as <see cref="DossierIndicators.Report"/> over the accepted records, with the rejected rows.</returns>
    /// <exception cref="DataFileException">The file cannot be read as a whole.</exception>
    /// <exception cref="ArgumentException"><paramref name="units"/> is null for a level or rollup grouping.</exception>
    public static DossierFileReport Report(
        string path, ReportingPeriod period, GroupBy groupBy, UnitRegistry? units = null, DossierReadOptions? options = null, ClassificationPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        CheckUnits(groupBy, units);
        using var set = new DossierDataSet(period, options, units, policy);
        set.Add(RecordSource.OpenFile(path, FileSchema.Dossiers), options?.Format ?? DataFormats.FromPath(path), path);
        return set.Report(groupBy);
    }

    /// <summary>Reads a stream and computes its report as it goes; see <see cref="Report(string, ReportingPeriod, GroupBy, UnitRegistry?, DossierReadOptions?, ClassificationPolicy?)"/>.</summary>
    /// <exception cref="DataFileException">The stream cannot be read as a whole.</exception>
    /// <exception cref="ArgumentException"><paramref name="units"/> is null for a level or rollup grouping.</exception>
    public static DossierFileReport ReportFrom(
        Stream stream, DataFormat format, ReportingPeriod period, GroupBy groupBy, UnitRegistry? units, DossierReadOptions options, ClassificationPolicy? policy)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stream);
        CheckUnits(groupBy, units);
        using var set = new DossierDataSet(period, options, units, policy);
        set.Add(stream, format, "input");
        return set.Report(groupBy);
    }

    /// <summary>The record path of <see cref="DossierDataSet"/>: a <see cref="Dossier"/> per row, classified and counted one by one (the reference the fast path is tested against).</summary>
    internal static DossierFileReport ReportByRecords(
        string path, ReportingPeriod period, GroupBy groupBy, UnitRegistry? units = null, DossierReadOptions? options = null, ClassificationPolicy? policy = null) =>
        ReportByRecords([path], period, groupBy, units, options, policy);

    /// <summary>The record path over several files read as one data set.</summary>
    internal static DossierFileReport ReportByRecords(
        IReadOnlyList<string> paths, ReportingPeriod period, GroupBy groupBy, UnitRegistry? units = null, DossierReadOptions? options = null, ClassificationPolicy? policy = null)
    {
        options ??= DossierReadOptions.Default;
        CheckUnits(groupBy, units);
        var report = new DossierRecordReport(period, options, units, policy);
        foreach (var path in paths.SelectMany(DataFiles.Expand))
        {
            report.Add(RecordSource.Open(path, FileSchema.Dossiers, options.Format), path);
        }
        return report.Finish(groupBy, units);
    }

    /// <summary>Writes dossiers to a file, in the format its name says (<c>.parquet</c>, else CSV).</summary>
    /// <remarks>
    /// Canonical column names. A deadline computed from the procedure (<see cref="Dossier.DueGiven"/> false)
    /// is written empty, so that it is computed again when read with the same procedures; a deadline
    /// that is the end of a date is written as the date alone. A deadline of exactly midnight is written
    /// as such: read it back with <see cref="DossierReadPolicy.MidnightDueIsEndOfDay"/> off, since by default
    /// a reader takes midnight as the end of that day (docs/specification.md §9).
    /// </remarks>
    public static void Write(IEnumerable<Dossier> dossiers, string path)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        TableWriter.Write(FileSchema.Dossiers, dossiers.Select(ToRecord), path, format: null);
    }

    /// <summary>Writes dossiers to a stream, which stays open; see <see cref="Write(IEnumerable{Dossier}, string)"/>.</summary>
    public static void Write(IEnumerable<Dossier> dossiers, Stream stream, DataFormat format)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        ArgumentNullException.ThrowIfNull(stream);
        TableWriter.Write(FileSchema.Dossiers, dossiers.Select(ToRecord), stream, format);
    }

    /// <summary>A dossier's values at the positions of <see cref="DossierColumns"/>.</summary>
    /// <remarks>
    /// The end point is written as <c>finished_at</c> and <c>returned_at</c> as given, so a dossier whose
    /// end came from <c>returned_at</c> reads back the same under the default policy, and under
    /// <see cref="EndPoint.Returned"/> when both were the same time.
    /// </remarks>
    private static object?[] ToRecord(Dossier d) =>
    [
        d.Id, d.UnitCode, d.ProcedureCode, DossierFields.Format(d.Channel), d.ReceivedAt,
        d.DueGiven ? (d.Due == Calendars.VietnamTime.EndOf(d.Due.Date) ? TextForms.Format(d.Due.Date) : d.Due) : null,
        d.FinishedAt, DossierFields.Format(d.Status), d.SupplementRequests, d.SupplementRequestedAt,
        d.ReturnedAt, d.UpdatedAt, d.ReceivingUnitCode, d.ResultElectronic,
    ];

    internal static void CheckUnits(GroupBy groupBy, UnitRegistry? units)
    {
        if (units is null && groupBy is GroupBy.Level or GroupBy.Rollup)
        {
            throw new ArgumentException($"Grouping by {groupBy.ToString().ToLowerInvariant()} needs the units (a units file or registry).", nameof(units));
        }
    }

    private static ValidationReport<Dossier> Read(IEnumerable<RawRecord> records, DossierReadOptions options, DetailRows? details = null)
    {
        var accepted = new List<Dossier>();
        var errors = new List<RowError>();
        var latest = options.Policy.Repeats == RepeatsPolicy.Latest ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
        long superseded = 0;
        var (read, rejected, excluded, stopped) = Scan(records, options, null, errors, dossier =>
        {
            if (latest is null)
            {
                accepted.Add(dossier);
            }
            else
            {
                superseded += DossierValidator.KeepLatest(accepted, latest, dossier);
            }
        }, details);
        return new ValidationReport<Dossier>(accepted, errors, read, rejected, excluded, superseded, stopped);
    }

    /// <summary>The one loop that turns text records into dossiers; the only place rows are accepted or rejected.</summary>
    private static (long Read, long Rejected, long Excluded, bool Stopped) Scan(
        IEnumerable<RawRecord> records, DossierReadOptions options, UnitRegistry? units, List<RowError> errors, Action<Dossier> accept, DetailRows? details = null)
    {
        var validator = options.Validator(units);
        var pool = new StringPool();
        long read = 0, rejected = 0, excluded = 0;
        foreach (var record in records)
        {
            read++;
            if (options.Progress is { } progress && read % ProgressEvery == 0)
            {
                progress.Report(read);
            }
            switch (Validate(record, validator, pool, errors, out var dossier, details))
            {
                case RowOutcome.Accepted:
                    details?.Keep(dossier!);
                    accept(dossier!);
                    break;
                case RowOutcome.Excluded:
                    errors.RemoveAt(errors.Count - 1); // a reason, not a fault
                    excluded++;
                    break;
                default:
                    rejected++;
                    if (options.Strict)
                    {
                        options.Progress?.Report(read);
                        return (read, rejected, excluded, true);
                    }
                    break;
            }
        }
        options.Progress?.Report(read);
        return (read, rejected, excluded, false);
    }

    /// <summary>
    /// Validates one text record: the rules of <see cref="DossierValidator"/>, reader problems, errors
    /// shortened. A rejected row's faults are added to <paramref name="errors"/>; an excluded row adds the
    /// one reason it is excluded (<see cref="DossierValidator.Validate"/>). With <paramref name="details"/>, the row's
    /// scorecard detail columns are checked too, and a fault in them rejects the row.
    /// </summary>
    internal static RowOutcome Validate(in RawRecord record, DossierValidator validator, StringPool pool, List<RowError> errors, out Dossier? dossier, DetailRows? details = null)
    {
        dossier = null;
        if (record.Problem is { } problem)
        {
            errors.Add(problem);
            return RowOutcome.Rejected;
        }
        int before = errors.Count;
        Action<ICollection<RowError>>? moreFields = null;
        if (details is not null)
        {
            var row = record;
            moreFields = faults => details.Check(row, faults);
        }
        var outcome = validator.Validate(ToRow(record, pool), errors, out dossier, moreFields);
        if (outcome == RowOutcome.Rejected)
        {
            for (int i = before; i < errors.Count; i++)
            {
                errors[i] = errors[i].Shortened();
            }
        }
        return outcome;
    }

    /// <summary>A text record as the raw row <see cref="DossierValidator"/> takes.</summary>
    private static DossierRow ToRow(in RawRecord record, StringPool pool)
    {
        var v = record.Values;
        return new DossierRow
        {
            Row = record.Row,
            DossierId = v[DossierColumns.Id],
            UnitCode = pool.Get(v[DossierColumns.Unit]),
            ProcedureCode = pool.Get(v[DossierColumns.Procedure]),
            Channel = v[DossierColumns.Channel],
            ReceivedAt = v[DossierColumns.Received],
            DueAt = v[DossierColumns.Due],
            FinishedAt = v[DossierColumns.Finished],
            Status = v[DossierColumns.Status],
            SupplementRequests = v[DossierColumns.Requests],
            SupplementRequestedAt = v[DossierColumns.Requested],
            ReturnedAt = v[DossierColumns.Returned],
            UpdatedAt = v[DossierColumns.Updated],
            ReceivingUnitCode = pool.Get(v[DossierColumns.ReceivingUnit]),
            ResultElectronic = v[DossierColumns.ResultElectronic],
        };
    }

    /// <summary>One string instance per distinct unit or procedure code, so that millions of records share a few thousand strings.</summary>
    internal sealed class StringPool
    {
        private const int MaxSize = 1 << 20;
        private readonly Dictionary<string, string> pool = new(StringComparer.Ordinal);

        public string? Get(string? value)
        {
            if (value is null)
            {
                return null;
            }
            if (pool.TryGetValue(value, out var shared))
            {
                return shared;
            }
            if (pool.Count < MaxSize)
            {
                pool[value] = value;
            }
            return value;
        }
    }
}

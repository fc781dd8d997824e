using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Units;

namespace Reform.Indicators.Data;

/// <summary>
/// The record path of a data set's report: a <see cref="Dossier"/> per row, validated by
/// <see cref="DossierValidator"/>, classified and counted one by one — the reference that
/// <see cref="DossierReportSink"/> (the fast path) is tested against.
/// </summary>
internal sealed class DossierRecordReport
{
    private readonly ReportingPeriod period;
    private readonly ClassificationPolicy? policy;
    private readonly DossierReadOptions options;
    private readonly DossierValidator validator;
    private readonly DossierFile.StringPool pool = new();
    private readonly RejectLog rejects;
    private readonly List<RowError> faults = [];
    private readonly Dictionary<string, DossierCounts> byUnit = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> excludedByReason = new(StringComparer.Ordinal);
    private readonly List<Dossier> kept = [];
    private readonly Dictionary<string, int>? latest;
    private long read, excluded, superseded;
    private bool stopped;

    public DossierRecordReport(ReportingPeriod period, DossierReadOptions options, UnitRegistry? units, ClassificationPolicy? policy)
    {
        if (units is not null && options.KnownUnits is null)
        {
            options = options with { KnownUnits = units.Units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal) };
        }
        this.period = period;
        this.policy = policy;
        this.options = options;
        validator = options.Validator(units);
        rejects = new RejectLog(options.MaxRejectedRows, options.Rejects);
        latest = options.Policy.Repeats == RepeatsPolicy.Latest ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
    }

    /// <summary>Reads the records of one file.</summary>
    public void Add(IEnumerable<RawRecord> records, string source)
    {
        foreach (var record in records)
        {
            if (stopped)
            {
                return;
            }
            read++;
            faults.Clear();
            switch (DossierFile.Validate(record, validator, pool, faults, out var dossier))
            {
                case RowOutcome.Accepted when latest is null:
                    Count(dossier!);
                    break;
                case RowOutcome.Accepted:
                    superseded += DossierValidator.KeepLatest(kept, latest, dossier!);
                    break;
                case RowOutcome.Excluded:
                    excluded++;
                    excludedByReason[faults[0].Reason] = excludedByReason.GetValueOrDefault(faults[0].Reason) + 1;
                    break;
                default:
                    rejects.AddRow(faults, source);
                    stopped = options.Strict;
                    break;
            }
        }
    }

    /// <summary>The report over the rows read.</summary>
    public DossierFileReport Finish(GroupBy groupBy, UnitRegistry? units)
    {
        var all = new Dictionary<string, DossierCounts>(byUnit, StringComparer.Ordinal);
        foreach (var dossier in kept)
        {
            Count(dossier, all);
        }
        var groups = DossierIndicators.Group(all, period, groupBy, units);
        return new DossierFileReport(new IndicatorReport(period, groupBy, groups, [.. rejects.Kept]), read, rejects.Rows, stopped)
        {
            ExcludedRows = excluded,
            SupersededRows = superseded,
            RejectedByReason = rejects.ByReason(),
            ExcludedByReason = [.. excludedByReason.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new RejectReason(DossierFields.Status, p.Key, p.Value))],
        };
    }

    private void Count(Dossier dossier) => Count(dossier, byUnit);

    private void Count(Dossier dossier, Dictionary<string, DossierCounts> into)
    {
        var dossierClass = DossierClassifier.Classify(dossier, period, policy);
        if (dossierClass.InScope)
        {
            ref var counts = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(into, dossier.UnitCode, out _);
            counts += DossierCounts.Of(dossierClass, dossier);
        }
    }
}

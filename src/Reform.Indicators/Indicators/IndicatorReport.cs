using System.Text;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Indicators;

/// <summary>A report: the period, the grouping, the rows rejected on input, and one row per group.</summary>
/// <param name="Period">The reporting period.</param>
/// <param name="GroupBy">How the dossiers were grouped.</param>
/// <param name="Groups">The groups, in key order (units by code; levels from ministry to commune).</param>
/// <param name="Rejected">The input rows that were rejected, with row, column and reason; empty when the records came validated.</param>
public sealed record IndicatorReport(ReportingPeriod Period, GroupBy GroupBy, IReadOnlyList<IndicatorGroup> Groups, IReadOnlyList<RowError> Rejected)
{
    private readonly IReadOnlyList<IndicatorGroup> groups = ValueList<IndicatorGroup>.Of(Groups);

    /// <summary>The groups, in key order (units by code; levels from ministry to commune); equal by content.</summary>
    public IReadOnlyList<IndicatorGroup> Groups { get => groups; init => groups = ValueList<IndicatorGroup>.Of(value); }

    private readonly IReadOnlyList<RowError> rejected = ValueList<RowError>.Of(Rejected);

    /// <summary>The input rows that were rejected; equal by content.</summary>
    public IReadOnlyList<RowError> Rejected { get => rejected; init => rejected = ValueList<RowError>.Of(value); }

    /// <summary>The group with <paramref name="key"/>, or <see langword="null"/>.</summary>
    public IndicatorGroup? this[string key] => Groups.FirstOrDefault(g => g.Key == key);

    /// <summary>A plain-text table, one line per group, for consoles and logs.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(FormattableString.Invariant($"{Period} by {GroupBy.ToString().ToLowerInvariant()}: {Groups.Count} groups, {Rejected.Count} rejected rows"));
        foreach (var group in Groups)
        {
            text.AppendLine().Append("  ").Append(group);
        }
        return text.ToString();
    }
}

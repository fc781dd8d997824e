using System.Globalization;
using System.Net;
using System.Text;
using Reform.Indicators.Compliance;
using Reform.Indicators.Indicators;
using Reform.Indicators.Measures;
using Reform.Indicators.Scorecards;

namespace Reform.Indicators.Interactive;

/// <summary>
/// HTML for the library's result types, as notebooks display them: every rate with its
/// numerator and denominator, deltas in points and relative, compliance with its failing units.
/// </summary>
/// <remarks>
/// <para>The markup is plain, self-contained HTML (tables with a <c>class</c> per role, a small
/// <c>&lt;style&gt;</c> scoped to those classes, no script), so it renders in Jupyter, VS Code and static
/// exports alike. Every text is HTML-encoded. A value that is missing shows as <c>n/a</c> with the
/// reason in a <c>title</c> attribute.</para>
/// <para>Large results stay small: a report lists its first <see cref="MaxRows"/> groups and says how
/// many more there are; rejected rows are counted by reason, with the first
/// <see cref="MaxRejectsShown"/> of them. The full data is in the value (<c>report.Groups</c>,
/// <c>report.ToTidy()</c>, <c>report.ToDataFrame()</c>).</para>
/// <para>Named <c>HtmlViews</c>, not <c>Html</c>: .NET Interactive has a class of that name in scope in every notebook.</para>
/// </remarks>
public static partial class HtmlViews
{
    /// <summary>The most groups a report table lists before "… and N more"; 50 unless changed (at least 1).</summary>
    public static int MaxRows
    {
        get => maxRows;
        set => maxRows = Math.Max(1, value);
    }

    /// <summary>The most rejected rows listed under their counts by reason; 5 unless changed (0 lists none).</summary>
    public static int MaxRejectsShown
    {
        get => maxRejectsShown;
        set => maxRejectsShown = Math.Max(0, value);
    }

    private static int maxRows = 50;
    private static int maxRejectsShown = 5;

    /// <summary>The stylesheet every table carries: numbers right-aligned, met in green, not met in red, subtotal rows in bold.</summary>
    internal const string Style = "<style>.reform td.count,.reform td.num{text-align:right}.reform.not-met .status,.reform tr.not-met td{background:#fde2e1;color:#8a1c17}"
        + ".reform.met .status,.reform tr.met td{background:#e3f4e1;color:#1e5b1a}.reform tr.subtotal td,.reform tr.group td{font-weight:bold;border-top:1px solid #888}"
        + ".reform small.interval{color:#555}.reform tr.more td{font-style:italic;color:#555}"
        + ".reform .warning{border-left:4px solid #8a1c17;background:#fde2e1;color:#8a1c17;padding:4px 12px;margin:6px 0}</style>";
    /// <summary><c>&lt;span class="rate"&gt;99.33% &lt;small&gt;(9,933/10,000)&lt;/small&gt;&lt;/span&gt;</c>; with a 95% Wilson interval when <paramref name="withInterval"/>.</summary>
    public static string ToHtml(this Rate rate, bool withInterval = false)
    {
        string parts = Formatted($"({rate.Numerator:N0}/{rate.Denominator:N0})");
        if (!rate.HasValue)
        {
            return $"<span class=\"rate no-value\" title=\"{Encode(rate.NoValueReason)}\">n/a <small>{parts}</small></span>";
        }
        string interval = withInterval && rate.WilsonInterval() is { } ci
            ? Formatted($" <small class=\"interval\">{DisplayFormat.Interval} [{ci.Lower * 100:0.00}%, {ci.Upper * 100:0.00}%]</small>")
            : "";
        return Formatted($"<span class=\"rate\">{rate.Percent:0.00}% <small>{parts}</small>{interval}</span>");
    }

    /// <summary><c>&lt;span class="delta"&gt;+17.50 pp (+49.58%)&lt;/span&gt;</c>, with the reason of a missing value as a title.</summary>
    public static string ToHtml(this Delta delta)
    {
        string reason = delta.PercentagePointsNoValueReason ?? delta.RelativeNoValueReason ?? "";
        string direction = delta.PercentagePoints switch { > 0 => " up", < 0 => " down", _ => "" };
        return $"<span class=\"delta{direction}\"{(reason.Length > 0 ? $" title=\"{Encode(reason)}\"" : "")}>{Encode(DisplayFormat.Numbers(delta.ToString()))}</span>";
    }

    /// <summary><c>&lt;span class="change"&gt;+358 (+17.90%)&lt;/span&gt;</c>.</summary>
    public static string ToHtml(this Change change) =>
        $"<span class=\"change\"{(change.RelativeNoValueReason is { } r ? $" title=\"{Encode(r)}\"" : "")}>{Encode(DisplayFormat.Numbers(change.ToString()))}</span>";

    /// <summary>
    /// A table with one row per group: key, name, level, in scope, received, resolved, and the three
    /// rates with their parts and 95% intervals; the first <see cref="MaxRows"/> groups, then how many
    /// more; a level report ends with the national subtotal; rejected rows counted by reason.
    /// </summary>
    public static string ToHtml(this IndicatorReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder(Style).Append("<div class=\"reform reform-report\">");
        AppendReport(html, report);
        AppendRejects(html, ByReason(report.Rejected), report.Rejected);
        return DisplayFormat.Headers(html.Append("</div>").ToString());
    }

    /// <summary>The report's heading and table of groups, without its rejects.</summary>
    internal static void AppendReport(StringBuilder html, IndicatorReport report)
    {
        html.Append(Formatted($"<p><b>{Encode(DisplayFormat.Period(report.Period))}</b>, by {Encode(report.GroupBy.ToString().ToLowerInvariant())}: {report.Groups.Count:N0} groups, {report.Rejected.Count:N0} faults in rejected rows</p>"));
        html.Append("<table><thead><tr><th>key</th><th>name</th><th>level</th><th>in scope</th><th>received</th><th>resolved</th>")
            .Append("<th>on-time resolution</th><th>on-time handling</th><th>online</th></tr></thead><tbody>");
        foreach (var group in report.Groups.Take(MaxRows))
        {
            GroupRow(html, group, "");
        }
        if (report.Groups.Count > MaxRows)
        {
            html.Append(Formatted($"<tr class=\"more\"><td colspan=\"9\">… and {report.Groups.Count - MaxRows:N0} more groups (all of them: report.Groups, report.ToTidy())</td></tr>"));
        }
        if (report.GroupBy == GroupBy.Level && report.Groups.Count > 1)
        {
            var all = report.Groups.Aggregate(default(DossierCounts), (sum, g) => sum + g.Counts);
            GroupRow(html, new IndicatorGroup("national", "(all levels)", null, all), " class=\"subtotal\"");
        }
        html.Append("</tbody></table>");
    }

    private static void GroupRow(StringBuilder html, IndicatorGroup group, string rowClass)
    {
        var c = group.Counts;
        html.Append("<tr").Append(rowClass).Append('>')
            .Append(Cell(group.Key)).Append(Cell(group.Name ?? "")).Append(Cell(group.Level?.ToString().ToLowerInvariant() ?? ""))
            .Append(Formatted($"<td class=\"count\">{c.InScope:N0}</td><td class=\"count\">{c.Received:N0}</td><td class=\"count\">{c.Resolved:N0}</td>"))
            .Append("<td>").Append(group.OnTimeResolution.ToHtml(withInterval: true)).Append("</td>")
            .Append("<td>").Append(group.OnTimeHandling.ToHtml(withInterval: true)).Append("</td>")
            .Append("<td>").Append(group.Online.ToHtml(withInterval: true)).Append("</td>")
            .Append("</tr>");
    }

    /// <summary>Faults counted by column and reason, most frequent first, then the first <see cref="MaxRejectsShown"/> of the faults listed.</summary>
    internal static void AppendRejects(StringBuilder html, IReadOnlyList<(string Column, string Reason, long Count)> byReason, IReadOnlyList<RowError> listed)
    {
        if (byReason.Count == 0)
        {
            return;
        }
        long faults = byReason.Sum(r => r.Count);
        html.Append(Formatted($"<details class=\"rejects\"><summary>{faults:N0} faults in rejected rows, by reason</summary><table class=\"by-reason\"><thead><tr>"))
            .Append("<th>column</th><th>reason</th><th>count</th></tr></thead><tbody>");
        foreach (var (column, reason, count) in byReason)
        {
            html.Append("<tr>").Append(Cell(column)).Append(Cell(reason)).Append(Formatted($"<td class=\"count\">{count:N0}</td></tr>"));
        }
        html.Append("</tbody></table>");
        if (MaxRejectsShown > 0 && listed.Count > 0)
        {
            html.Append(Formatted($"<p>The first {Math.Min(MaxRejectsShown, listed.Count):N0} of {faults:N0}:</p><table class=\"rejected\"><thead><tr>"))
                .Append("<th>row</th><th>column</th><th>reason</th><th>value</th></tr></thead><tbody>");
            foreach (var error in listed.Take(MaxRejectsShown))
            {
                html.Append("<tr>").Append(Cell(error.Row.ToString("N0", DisplayFormat.Culture)))
                    .Append(Cell(error.Column)).Append(Cell(error.Reason)).Append(Cell(error.Value ?? "")).Append("</tr>");
            }
            html.Append("</tbody></table>");
        }
        html.Append("</details>");
    }

    /// <summary>Faults per (column, reason), most frequent first.</summary>
    internal static IReadOnlyList<(string Column, string Reason, long Count)> ByReason(IEnumerable<RowError> rejected) =>
        [.. rejected.GroupBy(e => (e.Column, e.Reason)).Select(g => (g.Key.Column, g.Key.Reason, (long)g.Count()))
            .OrderByDescending(g => g.Item3).ThenBy(g => g.Column, StringComparer.Ordinal).ThenBy(g => g.Reason, StringComparer.Ordinal)];

    /// <summary>A table of the three rates in both periods with their deltas.</summary>
    public static string ToHtml(this PeriodComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var html = new StringBuilder(Style).Append("<table class=\"reform reform-comparison\"><thead><tr><th>rate</th>");
        html.Append("<th>").Append(Encode(comparison.BeforePeriod.Name)).Append("</th><th>").Append(Encode(comparison.AfterPeriod.Name)).Append("</th><th>change</th></tr></thead><tbody>");
        foreach (var (name, before, after, delta) in new[]
        {
            ("on-time resolution", comparison.Before.OnTimeResolution, comparison.After.OnTimeResolution, comparison.OnTimeResolution),
            ("on-time handling", comparison.Before.OnTimeHandling, comparison.After.OnTimeHandling, comparison.OnTimeHandling),
            ("online", comparison.Before.Online, comparison.After.Online, comparison.Online),
        })
        {
            html.Append("<tr>").Append(Cell(name))
                .Append("<td>").Append(before.ToHtml()).Append("</td><td>").Append(after.ToHtml()).Append("</td><td>").Append(delta.ToHtml()).Append("</td></tr>");
        }
        return DisplayFormat.Headers(html.Append("</tbody></table>").ToString());
    }

    /// <summary>The status, the actual value against the threshold, the gap, the failing units and the source.</summary>
    public static string ToHtml(this ComplianceResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        string status = result.Status switch { ComplianceStatus.Met => "met", ComplianceStatus.NotMet => "not-met", _ => "no-data" };
        string comparator = result.Target.Comparator switch { Comparator.AtLeast => "≥", Comparator.AtMost => "≤", _ => "=" };
        string actual = result.Evidence is { } rate ? rate.ToHtml()
            : result.Actual is { } value ? Formatted($"{value:0.00}%") : "n/a";
        string gap = Encode(result.GapText);
        var html = new StringBuilder(Style).Append("<div class=\"reform reform-compliance ").Append(status).Append("\">");
        html.Append("<table><tbody>")
            .Append("<tr><th>target</th>").Append(Cell($"{result.Target.Indicator} {comparator} {result.Target.Threshold.ToString("0.00", DisplayFormat.Culture)}% ({result.Target.Scope})")).Append("</tr>")
            .Append("<tr><th>status</th><td class=\"status\">").Append(status.Replace('-', ' ')).Append("</td></tr>")
            .Append("<tr><th>actual</th><td>").Append(actual).Append("</td></tr>")
            .Append("<tr><th>gap</th><td class=\"gap\">").Append(gap).Append("</td></tr>")
            .Append("<tr><th>source</th>").Append(Cell(result.Source)).Append("</tr>")
            .Append("</tbody></table>");
        if (result.FailingUnits.Count > 0)
        {
            html.Append("<table class=\"failing\"><thead><tr><th>failing unit</th><th>actual</th></tr></thead><tbody>");
            foreach (var unit in result.FailingUnits)
            {
                html.Append("<tr class=\"not-met\">").Append(Cell(unit.UnitCode)).Append("<td>")
                    .Append(unit.Evidence is { } r ? r.ToHtml() : Formatted($"{unit.Actual:0.00}%")).Append("</td></tr>");
            }
            html.Append("</tbody></table>");
        }
        if (result.UnitsWithoutData.Count > 0)
        {
            html.Append("<p class=\"without-data\">no data: ").Append(Encode(string.Join(", ", result.UnitsWithoutData))).Append("</p>");
        }
        return DisplayFormat.Headers(html.Append("</div>").ToString());
    }

    /// <summary>
    /// A unit's Decision 766 scorecard: per indicator its numerator, denominator, ratio, points and
    /// maximum, the group totals, the total, the band and the rank. Points show 2 decimals; the
    /// unrounded values stay in the <see cref="Scorecard"/>.
    /// </summary>
    public static string ToHtml(this Scorecard scorecard)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        var html = new StringBuilder(Style).Append("<div class=\"reform reform-scorecard\">");
        html.Append("<p><b>").Append(Encode($"{scorecard.Unit.Code} {scorecard.Unit.Name}")).Append("</b>, ").Append(Encode(scorecard.Period.Name))
            .Append(Formatted($": <span class=\"total\">{Scorecard.Display(scorecard.Total):0.00}</span>/{scorecard.MaxPoints:0} "))
            .Append("<span class=\"band\">").Append(Encode(scorecard.Band.Name)).Append("</span>")
            .Append(scorecard.Rank is { } rank ? Formatted($", rank <span class=\"rank\">{rank}</span>/{scorecard.Peers}") : "")
            .Append("</p>");
        html.Append("<table><thead><tr><th>indicator</th><th>name</th><th>numerator</th><th>denominator</th><th>ratio</th><th>points</th><th>max</th></tr></thead><tbody>");
        foreach (var group in scorecard.Groups)
        {
            foreach (var indicator in group.Indicators)
            {
                html.Append("<tr class=\"indicator\">").Append(Cell(indicator.Code)).Append(Cell(indicator.Definition.Name))
                    .Append(Formatted($"<td class=\"count\">{indicator.Input.Numerator:#,0.##}</td><td class=\"count\">{indicator.Input.Denominator:#,0.##}</td>"))
                    .Append(indicator.Ratio is { } ratio ? Formatted($"<td>{ratio * 100:0.00}%</td>") : $"<td title=\"{Encode(indicator.IsApplicable ? "no data" : "not applicable")}\">n/a</td>")
                    .Append(Formatted($"<td class=\"points\">{Scorecard.Display(indicator.Points):0.00}</td><td>{indicator.MaxPoints:0.##}</td></tr>"));
            }
            html.Append("<tr class=\"group\">").Append(Cell(group.Code)).Append(Cell(group.Group.Name)).Append("<td></td><td></td><td></td>")
                .Append(Formatted($"<td class=\"points\">{Scorecard.Display(group.Points):0.00}</td><td>{group.MaxPoints:0.##}</td></tr>"));
        }
        return DisplayFormat.Headers(html.Append("</tbody></table></div>").ToString());
    }

    internal static string Cell(string text) => $"<td>{Encode(text)}</td>";

    internal static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    internal static string Formatted(FormattableString text) => DisplayFormat.Format(text);
}

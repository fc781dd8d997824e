using System.Text;
using Reform.Indicators.Data;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Interactive;

public static partial class HtmlViews
{
    /// <summary>A period in one line: <c>2022 (2022-01-01..2022-12-31)</c> — not the tree of its dates.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public static string ToHtml(this ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return $"<span class=\"period\">{Encode(DisplayFormat.Period(period))}</span>";
    }

    /// <summary>A series as one table: a row per period and group (the first <see cref="MaxRows"/>), with the three rates.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static string ToHtml(this ReportSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var html = new StringBuilder(Style).Append("<div class=\"reform reform-series\">");
        int rows = series.Sum(r => r.Groups.Count);
        html.Append(Formatted($"<p><b>{Encode(series.ToString())}</b>: {rows:N0} rows</p>"));
        html.Append("<table><thead><tr><th>period</th><th>key</th><th>name</th><th>on-time resolution</th><th>on-time handling</th><th>online</th></tr></thead><tbody>");
        foreach (var (period, group) in series.SelectMany(r => r.Groups.Select(g => (r.Period, g))).Take(MaxRows))
        {
            html.Append("<tr>").Append(Cell(period.Name)).Append(Cell(group.Key)).Append(Cell(group.Name ?? ""))
                .Append("<td>").Append(group.OnTimeResolution.ToHtml()).Append("</td><td>").Append(group.OnTimeHandling.ToHtml())
                .Append("</td><td>").Append(group.Online.ToHtml()).Append("</td></tr>");
        }
        if (rows > MaxRows)
        {
            html.Append(Formatted($"<tr class=\"more\"><td colspan=\"6\">… and {rows - MaxRows:N0} more rows (all of them: series.ToTidy(), series.ToDataFrame())</td></tr>"));
        }
        return DisplayFormat.Headers(html.Append("</tbody></table></div>").ToString());
    }

    /// <summary>
    /// What reading dossier files gave: rows read, accepted, rejected, excluded and superseded (every row accounted for), the
    /// report, and the rejected rows counted by reason with the first <see cref="MaxRejectsShown"/> of them.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="read"/> is null.</exception>
    public static string ToHtml(this DossierFileReport read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var html = new StringBuilder(Style).Append("<div class=\"reform reform-read\">");
        html.Append(read.RejectedRows > 0 ? "<p class=\"not-met\">" : "<p>")
            .Append(Formatted($"<b>{read.RowsRead:N0} rows read</b>: {read.AcceptedRows:N0} accepted, {read.RejectedRows:N0} rejected"))
            .Append(read.ExcludedRows > 0 ? Formatted($", {read.ExcludedRows:N0} excluded (never received)") : "")
            .Append(read.SupersededRows > 0 ? Formatted($", {read.SupersededRows:N0} superseded by a newer row") : "")
            .Append(read.StoppedAtFirstError ? " — stopped at the first bad row (strict): the report covers only the rows before it" : "")
            .Append("</p>");
        AppendReport(html, read.Report);
        // Counted over every rejected row of the read, not only those the report lists.
        AppendRejects(html, read.CountsByReason(), read.Report.Rejected);
        return DisplayFormat.Headers(html.Append("</div>").ToString());
    }
}

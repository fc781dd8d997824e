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
    /// What reading dossier files gave: rows read, accepted, rejected, excluded and superseded (every row accounted for);
    /// when rows were rejected, first a warning that the figures count only the accepted rows, with the main reasons
    /// (and, when most lack a deadline, what to give); the rejected rows of the units and procedures files; the report;
    /// and the rejected rows counted by reason with the first <see cref="MaxRejectsShown"/> of them.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="read"/> is null.</exception>
    public static string ToHtml(this DossierFileReport read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var html = new StringBuilder(Style).Append("<div class=\"reform reform-read\">");
        html.Append(Formatted($"<p><b>{read.RowsRead:N0} rows read</b>: {read.AcceptedRows:N0} accepted, {read.RejectedRows:N0} rejected"))
            .Append(read.ExcludedRows > 0 ? Formatted($", {read.ExcludedRows:N0} excluded (never received)") : "")
            .Append(read.SupersededRows > 0 ? Formatted($", {read.SupersededRows:N0} superseded by a newer row") : "")
            .Append("</p>");
        AppendRejectedWarning(html, read);
        AppendReport(html, read.Report);
        // Counted over every rejected row of the read, not only those the report lists.
        AppendRejects(html, read.CountsByReason(), read.Report.Rejected);
        return DisplayFormat.Headers(html.Append("</div>").ToString());
    }

    // The warning above the report: what share of the rows it leaves out, and why.
    private static void AppendRejectedWarning(StringBuilder html, DossierFileReport read)
    {
        if (read.RejectedRows > 0 || read.StoppedAtFirstError)
        {
            double share = read.RowsRead == 0 ? 0 : 100.0 * read.RejectedRows / read.RowsRead;
            html.Append("<div class=\"warning\">")
                .Append(Formatted($"<p><b>⚠ {read.RejectedRows:N0} of {read.RowsRead:N0} rows rejected ({share:0.00}%)</b>: the figures below count only the {read.AcceptedRows:N0} accepted rows, not the whole data.</p>"))
                .Append(read.StoppedAtFirstError ? "<p>Stopped at the first bad row (strict): the report covers only the rows before it.</p>" : "")
                .Append("<ul>");
            foreach (var reason in read.RejectedByReason.Take(3))
            {
                html.Append(Formatted($"<li>{reason.Rows:N0} row{(reason.Rows == 1 ? "" : "s")}: <code>{Encode(reason.Column)}</code> {Encode(reason.Reason)}</li>"));
            }
            html.Append("</ul>");
            if (read.RejectedByReason.FirstOrDefault(r => r.Column == Dossiers.DossierFields.DueAt && r.Reason.StartsWith("empty, and the procedure", StringComparison.Ordinal)) is { } noDeadline
                && noDeadline.Rows * 5 >= read.RejectedRows)
            {
                html.Append("<p>Rows without <code>due_at</code> take their deadline from their procedure: read the procedures file with the dossiers — ")
                    .Append("<code>DossierDataSet.Open(folder, period)</code> finds <code>procedures.csv</code> in the folder, or <code>new DossierSources(files, units, procedures)</code> names it.</p>");
            }
            html.Append("</div>");
        }
        if (read.ReferenceRejects.Count > 0)
        {
            html.Append("<div class=\"warning\">")
                .Append(Formatted($"<p><b>⚠ {read.ReferenceRejects.Count:N0} rows of the units and procedures files rejected</b>: their units or procedures are unknown to the report.</p><ul>"));
            foreach (var error in read.ReferenceRejects.Take(MaxRejectsShown))
            {
                html.Append("<li>").Append(Encode(error.ToString())).Append("</li>");
            }
            html.Append("</ul></div>");
        }
    }
}

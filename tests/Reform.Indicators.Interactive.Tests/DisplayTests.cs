using AngleSharp.Html.Parser;
using NodaTime;
using Reform.Indicators.Data;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Units;

namespace Reform.Indicators.Interactive.Tests;

/// <summary>Large results stay small in a notebook, and a DataFrame holds the long rows with no value as null.</summary>
public class DisplayTests
{
    private static readonly LocalDateTime Received = new(2022, 3, 1, 8, 0);

    /// <summary>One dossier in each of <paramref name="units"/> units, resolved early; the unit "zz" received one still open (no resolution rate).</summary>
    private static IndicatorReport Report(int units) => DossierIndicators.Report(
        [.. Enumerable.Range(0, units).Select(i => new Dossier($"d{i}", $"u{i:000}", "1.004227", DossierChannel.Online, Received, Received.PlusDays(9), DossierStatus.Completed, Received.PlusDays(2))),
         new Dossier("open", "zz", "1.004227", DossierChannel.Online, Received, Received.PlusDays(9), DossierStatus.Processing, null)],
        ReportingPeriod.Year(2022), GroupBy.Unit);

    [Fact]
    public void Report_LongerThanMaxRows_ListsMaxRowsAndSaysHowManyMore()
    {
        var html = new HtmlParser().ParseDocument(Report(120).ToHtml());
        var rows = html.QuerySelectorAll("div.reform-report > table > tbody > tr");
        Assert.Equal(HtmlViews.MaxRows + 1, rows.Length);
        Assert.StartsWith("… and 71 more groups", rows[^1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void DossierFileReport_SaysRowsReadAcceptedRejected_AndCountsRejectsByReason()
    {
        string csv = string.Join('\n',
            "dossier_id,unit_code,procedure_code,channel,received_at,due_at,finished_at,status,supplement_requests,supplement_requested_at",
            "G1,01,1.000001,online,2022-01-03T08:00,2022-01-10,2022-01-05T10:00,completed,0,",
            "B1,01,1.000001,fax,2022-01-03T08:00,2022-01-10,,processing,0,",
            "B2,01,1.000001,fax,2022-01-03T08:00,2022-01-10,,processing,0,",
            "B3,01,1.000001,online,yesterday,2022-01-10,,processing,0,") + "\n";
        var read = DossierFile.ReportFrom(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)), DataFormat.Csv, ReportingPeriod.Year(2022), GroupBy.National, null, DossierReadOptions.Default, null);
        var html = new HtmlParser().ParseDocument(read.ToHtml());
        Assert.Equal("4 rows read: 1 accepted, 3 rejected", html.QuerySelector("div.reform-read > p")!.TextContent);
        var byReason = html.QuerySelectorAll("table.by-reason tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent).ToArray()).ToList();
        Assert.Equal(read.CountsByReason().Select(r => r.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), byReason.Select(r => r[2]));
        Assert.Equal("channel", byReason[0][0]); // most frequent first
    }

    [Fact]
    public void ToDataFrame_HasTheLongRows_NoValueIsNullNeverZero()
    {
        var report = Report(3);
        var tidy = report.ToTidy();
        var frame = report.ToDataFrame();
        Assert.Equal(tidy.Count, frame.Rows.Count);
        Assert.Equal(["unit", "name", "level", "period", "period_first", "indicator", "numerator", "denominator", "percent"], frame.Columns.Select(c => c.Name));
        for (int i = 0; i < tidy.Count; i++)
        {
            Assert.Equal(tidy[i].Unit, frame["unit"][i]);
            Assert.Equal(tidy[i].Numerator, frame["numerator"][i]);
            Assert.Equal(tidy[i].Denominator, frame["denominator"][i]);
            Assert.Equal(tidy[i].Percent is { } p ? (double)p : null, frame["percent"][i]);
        }
        Assert.Contains(Enumerable.Range(0, tidy.Count), i => frame["percent"][i] is null); // the open dossier's unit has no resolution rate
        Assert.Equal(0, frame["period"].NullCount);
    }
}

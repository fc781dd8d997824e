using AngleSharp.Html.Parser;
using Reform.Indicators.Data;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Interactive.Tests;

/// <summary>Rejected rows are shown above the report as a warning with their share and main reasons, never as one small line.</summary>
public sealed class ReadWarningTests
{
    private static DossierFileReport Read(params string[] rows)
    {
        string csv = string.Join('\n', ["dossier_id,unit_code,procedure_code,channel,received_at,due_at,finished_at,status,supplement_requests,supplement_requested_at", .. rows]) + "\n";
        return DossierFile.ReportFrom(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)), DataFormat.Csv, ReportingPeriod.Year(2022), GroupBy.National, null, DossierReadOptions.Default, null);
    }

    [Fact]
    public void RowsWithoutADeadline_WarnAboveTheReport_WithTheShareAndWhatToGive()
    {
        var read = Read(
            "G1,01,1.000001,online,2022-01-03T08:00,2022-01-10,2022-01-05T10:00,completed,0,",
            "N1,01,1.000001,online,2022-01-03T08:00,,2022-01-05T10:00,completed,0,",
            "N2,01,1.000001,online,2022-01-03T08:00,,2022-01-05T10:00,completed,0,",
            "B1,01,1.000001,fax,2022-01-03T08:00,2022-01-10,,processing,0,");
        var html = new HtmlParser().ParseDocument(read.ToHtml());
        var warning = html.QuerySelector("div.reform-read > div.warning")!;
        Assert.StartsWith("⚠ 3 of 4 rows rejected (75.00%): the figures below count only the 1 accepted rows", warning.TextContent, StringComparison.Ordinal);
        var reasons = warning.QuerySelectorAll("li").Select(li => li.TextContent).ToArray();
        Assert.Equal(2, reasons.Length);
        Assert.Equal("2 rows: due_at empty, and the procedure has no known time limit to compute it from (give due_at or the procedures file)", reasons[0]);
        Assert.StartsWith("1 row: channel ", reasons[1], StringComparison.Ordinal);
        Assert.Contains("DossierDataSet.Open(folder, period)", warning.TextContent, StringComparison.Ordinal);
        // Above the report's table.
        Assert.True(warning.CompareDocumentPosition(html.QuerySelector("div.reform-read > table")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
    }

    [Fact]
    public void NoRejectedRow_NoWarning()
    {
        var read = Read("G1,01,1.000001,online,2022-01-03T08:00,2022-01-10,2022-01-05T10:00,completed,0,");
        Assert.Null(new HtmlParser().ParseDocument(read.ToHtml()).QuerySelector("div.warning"));
    }
}

using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NodaTime;
using Reform.Indicators.Compliance;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Measures;
using Reform.Indicators.Units;

namespace Reform.Indicators.Interactive.Tests;

/// <summary>The notebook HTML of every result type, parsed and checked by structure and text.</summary>
public class HtmlTests
{
    private static IDocument Parse(string html) => new HtmlParser().ParseDocument($"<html><body>{html}</body></html>");

    [Fact]
    public void Rate_ShowsPercentPartsAndInterval()
    {
        var span = Parse(new Rate(9_933, 10_000).ToHtml(withInterval: true)).QuerySelector("span.rate")!;
        Assert.StartsWith("99.33%", span.TextContent, StringComparison.Ordinal);
        Assert.Equal("(9,933/10,000)", span.QuerySelector("small")!.TextContent);
        Assert.Matches(@"^95% CI \[\d+\.\d\d%, \d+\.\d\d%\]$", span.QuerySelector("small.interval")!.TextContent);
    }

    [Fact]
    public void Rate_NoValue_SaysWhyInTitle()
    {
        var span = Parse(new Rate(0, 0).ToHtml()).QuerySelector("span.rate.no-value")!;
        Assert.StartsWith("n/a", span.TextContent, StringComparison.Ordinal);
        Assert.Equal(Rate.ZeroDenominatorReason, span.GetAttribute("title"));
    }

    [Fact]
    public void Delta_ShowsPointsAndRelativeWithDirection()
    {
        var span = Parse(Delta.Between(new Rate(3_530, 10_000), new Rate(5_280, 10_000)).ToHtml()).QuerySelector("span.delta")!;
        Assert.Equal("+17.50 pp (+49.58%)", span.TextContent);
        Assert.Contains("up", span.ClassList);
        var missing = Parse(Delta.Between(default, new Rate(1, 2)).ToHtml()).QuerySelector("span.delta")!;
        Assert.Contains("before", missing.GetAttribute("title"), StringComparison.Ordinal);
    }

    [Fact]
    public void Change_ShowsAbsoluteAndRelative() =>
        Assert.Equal("-29 (-46.03%)", Parse(Change.Between(63, 34).ToHtml()).QuerySelector("span.change")!.TextContent);

    [Fact]
    public void Report_HasOneRowPerGroupWithEncodedNamesAndRejects()
    {
        var received = new LocalDateTime(2022, 3, 1, 8, 0);
        Dossier[] dossiers =
        [
            new("A", "01", "1.004227", DossierChannel.Online, received, received.PlusDays(9), DossierStatus.Completed, received.PlusDays(2)),
            new("B", "79", "1.004227", DossierChannel.Direct, received, received.PlusDays(9), DossierStatus.Completed, received.PlusDays(10)),
        ];
        var report = DossierIndicators.Report(dossiers, ReportingPeriod.Year(2022), GroupBy.Unit, VietnamProvinces.Registry,
            rejected: [new RowError(5, "finished_at", "before received_at", "<2020>")]);
        var document = Parse(report.ToHtml());
        var rows = document.QuerySelectorAll("div.reform-report > table > tbody > tr");
        Assert.Equal(2, rows.Length);
        var first = rows[0].QuerySelectorAll("td").Select(td => td.TextContent).ToArray();
        Assert.Equal(["01", "Hà Nội", "province", "1", "1", "1"], first[..6]);
        Assert.StartsWith("100.00% (1/1)", first[6], StringComparison.Ordinal);
        Assert.StartsWith("0.00% (0/1)", rows[1].QuerySelectorAll("td")[6].TextContent, StringComparison.Ordinal);
        var reject = document.QuerySelector("table.rejected tbody tr")!.QuerySelectorAll("td").Select(td => td.TextContent);
        Assert.Equal(["5", "finished_at", "before received_at", "<2020>"], reject); // the value is encoded, not markup
    }

    /// <summary>Counts of dossiers received in the period and still open, not yet due.</summary>
    private static DossierCounts Open(long online, long direct) => new(
        carriedOver: 0, receivedOnline: online, receivedDirect: direct, receivedPostal: 0, resolvedEarly: 0, resolvedOnTime: 0, resolvedLate: 0,
        withdrawn: 0, stopped: 0, openNotDue: online + direct, openOverdue: 0, handledOnTime: online + direct);

    [Fact]
    public void Comparison_HasThreeRatesWithDeltas()
    {
        var before = Open(online: 3, direct: 7);
        var after = Open(online: 5, direct: 5);
        var document = Parse(new PeriodComparison(ReportingPeriod.Year(2021), before, ReportingPeriod.Year(2022), after).ToHtml());
        Assert.Equal(["rate", "2021", "2022", "change"], document.QuerySelectorAll("thead th").Select(th => th.TextContent));
        var online = document.QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector("td")!.TextContent == "online");
        Assert.Equal("+20.00 pp (+66.67%)", online.QuerySelector("span.delta")!.TextContent);
    }

    [Fact]
    public void Compliance_ShowsStatusGapFailingUnitsAndSource()
    {
        var target = new Target(IndicatorNames.Online, Comparator.AtLeast, 50m, TargetScope.OfLevels(GovernmentLevel.Province), new LocalDate(2025, 12, 31), "Nghị quyết <thử>", "test");
        var result = ComplianceCheck.Check(target, new Dictionary<string, Rate> { ["01"] = new(6, 10), ["24"] = new(4, 10), ["92"] = default });
        var document = Parse(result.ToHtml());
        var root = document.QuerySelector("div.reform-compliance")!;
        // One province fails, so the target is not met, though the pooled value (10/20) sits exactly at 50%.
        Assert.Contains("not-met", root.ClassList);
        Assert.Equal("not met", root.QuerySelector("td.status")!.TextContent);
        Assert.Equal("0.00 pp", root.QuerySelector("td.gap")!.TextContent);
        Assert.Equal(["24"], root.QuerySelectorAll("table.failing tbody tr td:first-child").Select(td => td.TextContent));
        Assert.Equal("no data: 92", root.QuerySelector("p.without-data")!.TextContent);
        Assert.Contains(root.QuerySelectorAll("td"), td => td.TextContent == "Nghị quyết <thử>");
    }
}

using AngleSharp.Html.Parser;
using NodaTime;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Measures;
using Reform.Indicators.Units;

// DisplayFormat.Culture is one setting for the process: the tests that change it must not run beside those that render.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Reform.Indicators.Interactive.Tests;

/// <summary>Vietnamese display conventions: decimal comma, dot between thousands, dd/MM/yyyy, Vietnamese headers; the default unchanged.</summary>
public sealed class DisplayFormatTests : IDisposable
{
    public DisplayFormatTests() => DisplayFormat.Culture = DisplayFormat.Vietnamese;

    public void Dispose() => DisplayFormat.Culture = DisplayFormat.Invariant;

    [Fact]
    public void Rate_Vietnamese_HasADecimalCommaAndDotsBetweenThousands()
    {
        var html = new HtmlParser().ParseDocument(new Rate(9_933, 10_000).ToHtml(withInterval: true));
        Assert.StartsWith("99,33% (9.933/10.000) KTC 95% [99,", html.Body!.TextContent, StringComparison.Ordinal);
        DisplayFormat.Culture = DisplayFormat.Invariant;
        Assert.StartsWith("99.33% (9,933/10,000) 95% CI [99.", new HtmlParser().ParseDocument(new Rate(9_933, 10_000).ToHtml(withInterval: true)).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Delta_Vietnamese_KeepsTheCoreRounding_WithCommas() =>
        Assert.Equal("+17,50 pp (+49,58%)", new HtmlParser().ParseDocument(Delta.Between(new Rate(353, 1_000), new Rate(528, 1_000)).ToHtml()).Body!.TextContent);

    [Fact]
    public void Report_Vietnamese_HeadersAndPeriodDates()
    {
        var received = new LocalDateTime(2022, 3, 1, 8, 0);
        var report = DossierIndicators.Report(
            [new Dossier("A", "01", "1.004227", DossierChannel.Online, received, received.PlusDays(9), DossierStatus.Completed, received.PlusDays(2))],
            ReportingPeriod.Month(2022, 6), GroupBy.Unit, VietnamProvinces.Registry);
        var html = new HtmlParser().ParseDocument(report.ToHtml());
        Assert.Equal(["mã", "tên", "cấp", "tổng số hồ sơ", "tiếp nhận", "đã giải quyết", "giải quyết đúng hạn", "xử lý đúng hạn", "trực tuyến"],
            html.QuerySelectorAll("div.reform-report > table > thead th").Select(th => th.TextContent));
        Assert.StartsWith("2022-06 (01/06/2022–30/06/2022)", html.QuerySelector("div.reform-report > p")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_Vietnamese_LabelValuesWithADecimalComma()
    {
        var groups = new[]
        {
            new IndicatorGroup("01", "Hà Nội", GovernmentLevel.Province, new DossierCounts(
                carriedOver: 0, receivedOnline: 0, receivedDirect: 1_000, receivedPostal: 0, resolvedEarly: 0, resolvedOnTime: 998,
                resolvedLate: 2, withdrawn: 0, stopped: 0, openNotDue: 0, openOverdue: 0, handledOnTime: 998)),
        };
        var plot = Charts.Ranked("t", groups, g => g.OnTimeResolution);
        Assert.Equal("99,80%", plot.GetPlottables().OfType<ScottPlot.Plottables.BarPlot>().Single().Bars.Single().Label);
        Charts.ToPng(plot);
        Assert.All(plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor && t.Label.Length > 0), t => Assert.DoesNotContain(".", t.Label, StringComparison.Ordinal));
    }
}

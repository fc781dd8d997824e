using Reform.Indicators.Indicators;
using Reform.Indicators.Measures;
using Reform.Indicators.Units;
using ScottPlot;

namespace Reform.Indicators.Interactive.Tests;

/// <summary>Charts show the differences: axes fitted to the data, values labelled, missing rates never drawn as 0.</summary>
public class ChartsTests
{
    private static IndicatorGroup Group(string key, string? name, long onTime, long resolved) =>
        new(key, name, GovernmentLevel.Province, new DossierCounts(
            carriedOver: 0, receivedOnline: 0, receivedDirect: resolved, receivedPostal: 0, resolvedEarly: 0, resolvedOnTime: onTime,
            resolvedLate: resolved - onTime, withdrawn: 0, stopped: 0, openNotDue: 0, openOverdue: 0, handledOnTime: onTime));

    /// <summary>Provinces at 98.6–99.8% and one without dossiers (no value).</summary>
    private static IndicatorGroup[] Provinces() =>
    [
        Group("01", "Hà Nội", 9_980, 10_000), Group("79", "Hồ Chí Minh", 9_876, 10_000), Group("31", "Hải Phòng", 1_972, 2_000),
        Group("48", "Đà Nẵng", 493, 500), Group("92", "Cần Thơ", 0, 0),
    ];

    public static TheoryData<double[]> AxisCases() => new()
    {
        Values(98.6, 99.8), Values(99.33), Values(0, 100), Values(100, 100), Values(0), Values(52.8, 35.3, 99.96), Values(0.4, 0.9),
    };

    private static double[] Values(params double[] values) => values;

    [Theory]
    [MemberData(nameof(AxisCases))]
    public void RateAxis_FitsTheData_WithinZeroToHundred_AtLeastAPointWide(double[] values)
    {
        var (min, max) = Charts.RateAxis(values);
        Assert.All(values, v => Assert.InRange(v, min, max));
        Assert.InRange(min, 0, 100);
        Assert.InRange(max, 0, 100);
        Assert.True(max - min >= 1 - 1e-9, $"{min}..{max}");
        // Not a silent 0–100: the axis is no wider than the data plus a margin (or one point).
        double span = values.Max() - values.Min();
        Assert.True(max - min <= Math.Max(1, span * 1.2 + 0.4), $"{min}..{max} for {string.Join(", ", values)}");
    }

    [Fact]
    public void RateAxis_NoValues_IsZeroToHundred() => Assert.Equal((0d, 100d), Charts.RateAxis([]));

    [Fact]
    public void Ranked_HighRates_AxisFitsAndTheAxisTitleSaysWhereItStarts()
    {
        var plot = Charts.Ranked("ranked", Provinces(), g => g.OnTimeResolution);
        var limits = plot.Axes.GetLimits();
        Assert.True(limits.Left > 98 && limits.Left < 98.6, $"axis from {limits.Left}");
        Assert.True(limits.Right >= 99.8 && limits.Right <= 100, $"axis to {limits.Right}");
        Assert.Contains("not 0", plot.Axes.Bottom.Label.Text, StringComparison.Ordinal);
        var bars = plot.GetPlottables().OfType<ScottPlot.Plottables.BarPlot>().SelectMany(b => b.Bars).ToList();
        Assert.Equal(4, bars.Count); // Cần Thơ has no value: no bar, never one at 0
        Assert.DoesNotContain(bars, b => b.Value == 0);
        Assert.Contains(bars, b => b.Label == "99.80%");
        Assert.Contains("1 without a value", plot.Axes.Title.Label.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ranked_TopAndBottom_ShowsThemAndSaysHowManyWereLeftOut()
    {
        var many = Enumerable.Range(0, 20).Select(i => Group($"{i:00}", $"Tỉnh {i}", 900 + i, 1_000)).ToArray();
        var plot = Charts.Ranked("ranked", many, g => g.OnTimeResolution, top: 3, bottom: 2);
        Charts.ToPng(plot); // ticks are generated when the chart is rendered
        var labels = plot.Axes.Left.TickGenerator.Ticks.Select(t => t.Label).ToList();
        Assert.Equal(6, labels.Count);
        Assert.Contains("… 15 more …", labels);
        Assert.Contains("Tỉnh 19", labels); // names, not codes
        Assert.Contains("Tỉnh 0", labels);
    }

    [Fact]
    public void Trend_MissingMonth_IsAGapNotAZero()
    {
        var points = new List<(ReportingPeriod, Rate)>
        {
            (ReportingPeriod.Month(2022, 1), new Rate(990, 1_000)), (ReportingPeriod.Month(2022, 2), default), (ReportingPeriod.Month(2022, 3), new Rate(995, 1_000)),
        };
        var plot = Charts.Trend("trend", new Dictionary<string, IReadOnlyList<(ReportingPeriod, Rate)>> { ["Hà Nội"] = points, ["Huế"] = points });
        var ys = plot.GetPlottables().OfType<ScottPlot.Plottables.Scatter>().SelectMany(s => s.Data.GetScatterPoints()).Select(p => p.Y).ToList();
        Assert.Equal(4, ys.Count); // two lines × two months with a value
        Assert.DoesNotContain(0, ys);
        var limits = plot.Axes.GetLimits();
        Assert.True(limits.Bottom > 98, $"axis from {limits.Bottom}");
    }

    [Fact]
    public void DotPlot_HasAnIntervalPerValuedGroup_FittedToTheIntervals()
    {
        var plot = Charts.DotPlot("dots", Provinces(), g => g.OnTimeResolution);
        var markers = plot.GetPlottables().OfType<ScottPlot.Plottables.Marker>().ToList();
        var intervals = plot.GetPlottables().OfType<ScottPlot.Plottables.LinePlot>().ToList();
        Assert.Equal(4, markers.Count);
        Assert.Equal(4, intervals.Count);
        Assert.DoesNotContain(markers, m => m.Location.X == 0);
        Charts.ToPng(plot); // the limits as rendered
        var limits = plot.Axes.GetLimits();
        Assert.All(intervals, line => Assert.InRange(line.Start.X, limits.Left, limits.Right));
        Assert.All(intervals, line => Assert.InRange(line.End.X, limits.Left, limits.Right));
        Assert.Contains("95% CI", plot.Axes.Bottom.Label.Text, StringComparison.Ordinal);
        Assert.True(Charts.ToPng(plot).AsSpan().StartsWith(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }));
    }

    [Fact]
    public void Funnel_LimitsNarrowWithVolume_AndTheOutlierIsNamed()
    {
        // Pooled 98.8%; Đà Nẵng's 95% on 500 is far below the 99.8% limit, Hải Phòng's 98.6% on 2,000 inside it.
        IndicatorGroup[] groups = [Group("01", "Hà Nội", 9_900, 10_000), Group("79", "Hồ Chí Minh", 9_880, 10_000), Group("31", "Hải Phòng", 1_972, 2_000), Group("48", "Đà Nẵng", 475, 500), Group("92", "Cần Thơ", 0, 0)];
        var plot = Charts.Funnel("funnel", groups, g => g.OnTimeResolution);
        var lower998 = plot.GetPlottables().OfType<ScottPlot.Plottables.Scatter>().Single(s => s.LegendText == "99.8% limits").Data.GetScatterPoints();
        Assert.True(lower998[0].Y < lower998[^1].Y, "the lower limit rises towards the pooled rate as the volume grows");
        Assert.Equal(4, plot.GetPlottables().OfType<ScottPlot.Plottables.Marker>().Count());
        Assert.DoesNotContain(plot.GetPlottables().OfType<ScottPlot.Plottables.Marker>(), m => m.Location.Y == 0);
        var named = plot.GetPlottables().OfType<ScottPlot.Plottables.Text>().Select(t => t.LabelText).ToList();
        Assert.Equal(["Đà Nẵng"], named);
        Assert.True(Charts.ToPng(plot).Length > 1_000);
    }

    [Fact]
    public void Funnel_AxesHoldEveryPointAndTheLimits_AndTheVolumeAxisFitsTheVolumes()
    {
        // Similar volumes (670–800), as the provinces of the sample: the volume axis must not start at 0.
        var groups = Enumerable.Range(0, 20).Select(i => Group($"{i:00}", $"Tỉnh {i}", 665 + (i * 7) - (i % 4), 670 + (i * 7))).ToArray();
        var plot = Charts.Funnel("funnel", groups, g => g.OnTimeResolution);
        Charts.ToPng(plot);
        var limits = plot.Axes.GetLimits();
        var points = plot.GetPlottables().OfType<ScottPlot.Plottables.Marker>().Select(m => m.Location)
            .Concat(plot.GetPlottables().OfType<ScottPlot.Plottables.Scatter>().SelectMany(s => s.Data.GetScatterPoints())).ToList();
        Assert.All(points, p => Assert.InRange(p.X, limits.Left, limits.Right));
        Assert.All(points, p => Assert.InRange(p.Y, limits.Bottom, limits.Top));
        Assert.True(limits.Left > 600, $"volume axis from {limits.Left}");
        Assert.True(limits.Bottom > 90, $"rate axis from {limits.Bottom}");
    }

    [Fact]
    public void BeforeAfter_NoBarForAMissingValue()
    {
        var plot = Charts.BeforeAfter("t", "2024", new Dictionary<string, Rate> { ["24"] = new(1_962, 2_000), ["31"] = default }, "2026", new Dictionary<string, Rate> { ["24"] = new(1_990, 2_000) });
        var bars = plot.GetPlottables().OfType<ScottPlot.Plottables.BarPlot>().SelectMany(b => b.Bars).ToList();
        Assert.Equal(2, bars.Count); // 31 has no value in 2024: no bar drawn, never a 0
        Assert.Equal("svg", System.Xml.Linq.XDocument.Parse(Charts.ToSvg(plot)).Root!.Name.LocalName);
    }

    [Fact]
    public void ToPng_IsAPngOfTheAskedWidth_TallerWithMoreRows_AndRenderingKeepsTheFittedAxis()
    {
        var few = Charts.Ranked("few", Provinces(), g => g.OnTimeResolution);
        var many = Charts.Ranked("many", Enumerable.Range(0, 63).Select(i => Group($"{i:00}", $"Tỉnh {i}", 9_860 + i, 10_000)), g => g.OnTimeResolution);
        var (fewWidth, fewHeight) = PngSize(Charts.ToPng(few));
        var (manyWidth, manyHeight) = PngSize(Charts.ToPng(many, width: 640));
        Assert.Equal((Charts.DefaultWidth, Charts.DefaultHeight), (fewWidth, fewHeight));
        Assert.Equal(640, manyWidth);
        Assert.True(manyHeight >= 63 * 20, $"63 rows in {manyHeight} px"); // room for every name, no overlap
        var limits = many.Axes.GetLimits(); // after rendering: not reset to the data's auto-scale or to 0–100
        Assert.InRange(limits.Left, 98, 98.6);
        Assert.InRange(limits.Right, 99.2, 100);
    }

    [Fact]
    public void Charts_DrawTextInTheEmbeddedFont()
    {
        var plot = Charts.DotPlot("Tỉnh Bà Rịa – Vũng Tàu", Provinces(), g => g.OnTimeResolution);
        Assert.Equal(Charts.FontName, plot.Axes.Title.Label.FontName);
        Assert.Equal(Charts.FontName, plot.Axes.Left.TickLabelStyle.FontName);
        // Resolved from the font file the package carries, not from the machine's fonts.
        Assert.Contains(ScottPlot.Fonts.FontResolvers, r => r is ScottPlot.FontResolvers.FileFontResolver && r.CreateTypeface(Charts.FontName, false, false) is not null);
    }

    /// <summary>The width and height of a PNG image, from its IHDR chunk (bytes 16–23, big-endian).</summary>
    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.True(png.AsSpan().StartsWith(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }), "not a PNG");
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }
}

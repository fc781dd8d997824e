using System.Globalization;
using System.Runtime.CompilerServices;
using Reform.Indicators.Indicators;
using Reform.Indicators.Measures;
using ScottPlot;

namespace Reform.Indicators.Interactive;

/// <summary>
/// Charts of indicator results with ScottPlot, made to show differences: a trend over periods,
/// units ranked, a dot plot with 95% intervals, a funnel plot, and a before/after comparison.
/// Notebooks show them as PNG images (the registered formatter); elsewhere use <see cref="ToPng"/>,
/// <see cref="SavePng"/> or <see cref="ToSvg"/>.
/// </summary>
/// <remarks>
/// <para>Rates are plotted in percent on an axis fitted to the data (<see cref="RateAxis"/>): rates of
/// 98.6–99.8% fill the chart instead of looking like equal full bars on 0–100, and the axis title
/// says where the axis starts when it is not 0. Every value is labelled; units are named (the
/// unit's name, its code when the name is unknown); legends sit outside the plotted data.</para>
/// <para>A rate with no value (nothing to divide by) is left out of the plot — never drawn as 0.</para>
/// <para>Numbers (value labels, the rate axis) follow <see cref="DisplayFormat.Culture"/>
/// (<c>99,33%</c> with <see cref="DisplayFormat.Vietnamese"/>); titles and legends stay as given.</para>
/// <para>Text is drawn in DejaVu Sans, embedded in this package (licence: Fonts/LICENSE-DejaVu.txt),
/// so a chart looks the same on every machine and Vietnamese names render.</para>
/// </remarks>
public static partial class Charts
{
    /// <summary>The default size of images, in pixels.</summary>
    public const int DefaultWidth = 800, DefaultHeight = 450;

    /// <summary>The font every chart uses, embedded in this package.</summary>
    public const string FontName = "DejaVu Sans";

    private static readonly Color Accent = Colors.SteelBlue, Warning = new(0xC0, 0x39, 0x2B), Muted = Colors.Gray;

    static Charts()
    {
        NativeAssets.EnsureSkiaSharp();
        RegisterFont();
    }

    /// <summary>
    /// The value axis of rates in percent: from a little below the lowest value to a little above
    /// the highest, within 0–100, on whole tenths; at least one point wide. All of 0–100 only when
    /// there is no value at all.
    /// </summary>
    /// <param name="percents">The values to show (rates and interval ends), in percent; non-finite values are ignored.</param>
    /// <example>99.33, 98.27, 99.96 → 98.1 to 100.</example>
    public static (double Min, double Max) RateAxis(IEnumerable<double> percents)
    {
        ArgumentNullException.ThrowIfNull(percents);
        var values = percents.Where(double.IsFinite).ToList();
        if (values.Count == 0)
        {
            return (0, 100);
        }
        double low = values.Min(), high = values.Max();
        double pad = Math.Max((high - low) * 0.08, 0.1);
        low = Math.Max(0, Math.Floor((low - pad) * 10) / 10);
        high = Math.Min(100, Math.Ceiling((high + pad) * 10) / 10);
        if (high - low < 1)
        {
            double middle = (high + low) / 2;
            (low, high) = middle - 0.5 < 0 ? (0, 1) : middle + 0.5 > 100 ? (99, 100) : (middle - 0.5, middle + 0.5);
        }
        return (low, high);
    }

    /// <summary>The chart as a PNG image.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="plot"/> is null.</exception>
    public static byte[] ToPng(Plot plot, int width = DefaultWidth, int height = 0)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return plot.GetImageBytes(width, height > 0 ? height : HeightOf(plot), ImageFormat.Png);
    }

    /// <summary>Saves the chart as a PNG image.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void SavePng(Plot plot, string path, int width = DefaultWidth, int height = 0)
    {
        ArgumentNullException.ThrowIfNull(path);
        File.WriteAllBytes(path, ToPng(plot, width, height));
    }

    /// <summary>The chart as an SVG document (text). Its text names the font; viewers without DejaVu Sans substitute their own, so prefer <see cref="ToPng"/> to share a chart.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="plot"/> is null.</exception>
    public static string ToSvg(Plot plot, int width = DefaultWidth, int height = 0)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return plot.GetSvgXml(width, height > 0 ? height : HeightOf(plot));
    }

    /// <summary>The height a chart asks for: charts with a row per unit grow with the rows.</summary>
    internal static int HeightOf(Plot plot) => Heights.TryGetValue(plot, out var height) ? height.Value : DefaultHeight;

    private static readonly ConditionalWeakTable<Plot, StrongBox<int>> Heights = [];

    private static void RowsTall(Plot plot, int rows) => Heights.AddOrUpdate(plot, new StrongBox<int>(Math.Max(DefaultHeight, 120 + (rows * 22))));

    /// <summary>The group's label: its name, else its key.</summary>
    internal static string Label(IndicatorGroup group) => group.Name ?? group.Key;

    internal static string Percent(double value) => value.ToString("0.00", DisplayFormat.Culture) + "%";

    /// <summary>A new plot in the embedded font.</summary>
    internal static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        return plot;
    }

    /// <summary>Title, the value axis fitted to <paramref name="values"/> and named with where it starts.</summary>
    internal static void Finish(Plot plot, string title, string valueName, IEnumerable<double> values, bool horizontal)
    {
        plot.Title(title);
        var (min, max) = RateAxis(values);
        string label = min > 0 ? Formatted($"{valueName}, % (axis from {min:0.0}, not 0)") : $"{valueName}, %";
        if (!ReferenceEquals(DisplayFormat.Culture, CultureInfo.InvariantCulture))
        {
            // The value axis' numbers in the display's conventions (98,5 rather than 98.5).
            IAxis axis = horizontal ? plot.Axes.Bottom : plot.Axes.Left;
            axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("0.##", DisplayFormat.Culture) };
        }
        if (horizontal)
        {
            plot.Axes.SetLimitsX(min, max);
            plot.Axes.Bottom.Label.Text = label;
        }
        else
        {
            plot.Axes.SetLimitsY(min, max);
            plot.Axes.Left.Label.Text = label;
        }
    }

    private static string Formatted(FormattableString text) => DisplayFormat.Format(text);

    private static void RegisterFont()
    {
        string directory = Path.Combine(Path.GetTempPath(), "reform-indicators-fonts", typeof(Charts).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
        Directory.CreateDirectory(directory);
        foreach (var (resource, bold) in new[] { ("DejaVuSans.ttf", false), ("DejaVuSans-Bold.ttf", true) })
        {
            string path = Path.Combine(directory, resource);
            if (!File.Exists(path))
            {
                using var source = typeof(Charts).Assembly.GetManifestResourceStream("Reform.Indicators.Interactive.Fonts." + resource)
                    ?? throw new InvalidOperationException($"The embedded font {resource} is missing from the assembly.");
                string temporary = path + "." + Environment.ProcessId + ".tmp";
                using (var target = File.Create(temporary))
                {
                    source.CopyTo(target);
                }
                File.Move(temporary, path, overwrite: true);
            }
            Fonts.AddFontFile(FontName, path, bold: bold, italic: false);
        }
    }
}

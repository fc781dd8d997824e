using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Reform.Indicators.Scorecards;
using Reform.Indicators.Units;

namespace Reform.Indicators.Cli;

/// <summary>Writes the scorecards of a run as JSON (the shape of docs/scorecard.md, "The command line") or as a table.</summary>
internal static class ScorecardWriter
{
    /// <summary>
    /// The JSON: points, totals and ratios unrounded (what bands and ranks use), each points value
    /// also as <c>pointsDisplay</c>/<c>totalDisplay</c>, rounded to 2 decimals for display only.
    /// </summary>
    public static void WriteJson(ScorecardRun run, Stream stream)
    {
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("period");
            json.WriteString("name", run.Period.Name);
            json.WriteString("first", Date(run.Period.First));
            json.WriteString("last", Date(run.Period.Last));
            json.WriteEndObject();
            var layout = ScorecardOptions.Default.Catalogue.LayoutOn(run.Period.Last);
            json.WriteStartObject("layout");
            json.WriteString("name", layout.Name);
            json.WriteNumber("maxPoints", Exact(layout.MaxPoints));
            json.WriteEndObject();
            json.WriteStartArray("rejected");
            foreach (var (file, error) in run.Rejected)
            {
                json.WriteStartObject();
                json.WriteString("file", file);
                json.WriteNumber("row", error.Row);
                json.WriteString("column", error.Column);
                json.WriteString("reason", error.Reason);
                json.WriteString("value", error.Value);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("units");
            foreach (var unit in run.Units)
            {
                var card = unit.Card;
                json.WriteStartObject();
                json.WriteString("code", card.Unit.Code);
                json.WriteString("name", card.Unit.Name);
                json.WriteString("level", card.Unit.Level.ToName());
                json.WriteNumber("scopeUnits", card.Scope.Count);
                json.WriteNumber("total", Exact(card.Total));
                json.WriteNumber("totalDisplay", Scorecard.Display(card.Total));
                json.WriteNumber("maxPoints", Exact(card.MaxPoints));
                json.WriteNumber("coveredMaxPoints", Exact(unit.CoveredMaxPoints));
                json.WriteNumber("noDataPoints", Exact(unit.NoDataPoints));
                if (unit.TotalOverCovered is { } overCovered)
                {
                    json.WriteNumber("totalOverCovered", Exact(Math.Round(overCovered, IndicatorDefinition.PointsDecimals, MidpointRounding.AwayFromZero)));
                }
                else
                {
                    json.WriteNull("totalOverCovered");
                }
                if (unit.Band is { } band)
                {
                    json.WriteStartObject("band");
                    json.WriteString("name", band.Name);
                    json.WriteString("vietnameseName", band.VietnameseName);
                    json.WriteNumber("minScore", Exact(band.MinScore));
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNull("band"); // withheld: too little of the index has data
                }
                if (card.Rank is { } rank)
                {
                    json.WriteNumber("rank", rank);
                }
                else
                {
                    json.WriteNull("rank");
                }
                json.WriteNumber("peers", card.Peers);
                json.WriteStartArray("groups");
                foreach (var group in card.Groups)
                {
                    json.WriteStartObject();
                    json.WriteString("code", group.Code);
                    json.WriteString("name", group.Group.Name);
                    json.WriteNumber("points", Exact(group.Points));
                    json.WriteNumber("pointsDisplay", Scorecard.Display(group.Points));
                    json.WriteNumber("maxPoints", Exact(group.MaxPoints));
                    json.WriteStartArray("indicators");
                    foreach (var indicator in group.Indicators)
                    {
                        var coverage = run.CoverageOf(indicator.Code).Coverage;
                        json.WriteStartObject();
                        json.WriteString("code", indicator.Code);
                        json.WriteNumber("numerator", Exact(indicator.Input.Numerator));
                        json.WriteNumber("denominator", Exact(indicator.Input.Denominator));
                        if (indicator.Ratio is { } ratio)
                        {
                            json.WriteNumber("ratio", Exact(ratio));
                        }
                        else
                        {
                            json.WriteNull("ratio");
                        }
                        json.WriteNumber("points", Exact(indicator.Points));
                        json.WriteNumber("pointsDisplay", Scorecard.Display(indicator.Points));
                        json.WriteNumber("maxPoints", Exact(indicator.MaxPoints));
                        json.WriteBoolean("applicable", indicator.IsApplicable);
                        json.WriteString("data", coverage switch
                        {
                            DataCoverage.None => "none",
                            DataCoverage.Partial => "partial",
                            _ => "records",
                        });
                        json.WriteString("note", indicator.Input.Note);
                        json.WriteString("rule", indicator.Rule);
                        json.WriteEndObject();
                    }
                    json.WriteEndArray();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }

    /// <summary>
    /// The table. By default a summary: what the data covers, then per level the number of units,
    /// the bands (or that they are withheld) and the highest and lowest units; with
    /// <paramref name="full"/>, every unit's heading line and indicators as well.
    /// </summary>
    public static void WriteTable(ScorecardRun run, Stream stream, bool full = false)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true) { NewLine = "\n" };
        var layout = ScorecardOptions.Default.Catalogue.LayoutOn(run.Period.Last);
        writer.WriteLine(ReformCommand.Invariant(
            $"Decision 766 scorecard, period {run.Period.Name} ({Date(run.Period.First)}..{Date(run.Period.Last)}), layout {layout.Name}; {run.Units.Count:N0} units; {run.Rejected.Count:N0} rejected rows"));
        if (run.Units.Count > 0)
        {
            var first = run.Units[0];
            var missing = first.Card.Indicators.Where(i => run.CoverageOf(i.Code).Coverage == DataCoverage.None).ToArray();
            writer.WriteLine(ReformCommand.Invariant(
                $"Data: the indicators with data are worth {first.CoveredMaxPoints} of {first.Card.MaxPoints} points ({first.Card.Indicators.Count() - missing.Length} of {first.Card.Indicators.Count()} indicators); no data for {string.Join(", ", missing.Select(i => i.Code))} ({first.NoDataPoints} points that could not be earned)."));
            writer.WriteLine(first.Band is null
                ? ReformCommand.Invariant($"Bands withheld: the indicators with data are worth less than {ScorecardCoverage.MinimumCoverage} points.")
                : "Bands are those of the total over 100.");
            writer.WriteLine("Each total is given over 100 (indicators without data count 0) and over the indicators with data (rescaled to 100). Points are rounded for display; bands and ranks use the unrounded totals.");
        }
        foreach (var level in run.Units.GroupBy(u => u.Card.Unit.Level).OrderBy(g => g.Key))
        {
            var units = level.OrderByDescending(u => u.Card.Total).ThenBy(u => u.Card.Unit.Code, StringComparer.Ordinal).ToArray();
            writer.WriteLine();
            string bands = units.All(u => u.Band is null)
                ? "bands withheld"
                : string.Join(", ", units.Where(u => u.Band is not null).GroupBy(u => u.Band!.Name).Select(g => ReformCommand.Invariant($"{g.Key} {g.Count():N0}")));
            writer.WriteLine(ReformCommand.Invariant($"{level.Key.ToName()}: {units.Length:N0} units; {bands}"));
            var shown = units.Length <= 6 ? units : [.. units.Take(3), .. units.TakeLast(3)];
            foreach (var unit in shown)
            {
                writer.WriteLine("  " + Heading(unit));
            }
        }
        if (!full)
        {
            writer.WriteLine();
            writer.WriteLine("Every unit's indicators: add --full (or --format json).");
            return;
        }
        foreach (var unit in run.Units)
        {
            var card = unit.Card;
            writer.WriteLine();
            writer.WriteLine(Heading(unit) + ReformCommand.Invariant($"; scope {card.Scope.Count:N0} units"));
            writer.WriteLine(ReformCommand.Invariant($"  {"code",-6} {"numerator",12} {"denominator",12} {"ratio",8} {"points",7} {"max",4}  note"));
            foreach (var group in card.Groups)
            {
                writer.WriteLine(ReformCommand.Invariant($"  group {group.Code} {group.Group.Name}: {Scorecard.Display(group.Points):0.00}/{group.MaxPoints}"));
                foreach (var indicator in group.Indicators)
                {
                    bool noData = run.CoverageOf(indicator.Code).Coverage == DataCoverage.None;
                    string ratio = indicator.Ratio is { } x ? ReformCommand.Invariant($"{Scorecard.Display(100 * x):0.00}%") : "-";
                    string points = noData ? "no data" : indicator.IsApplicable ? ReformCommand.Invariant($"{Scorecard.Display(indicator.Points):0.00}") : "N/A";
                    writer.WriteLine(ReformCommand.Invariant(
                        $"  {indicator.Code,-6} {Count(indicator.Input.Numerator),12} {Count(indicator.Input.Denominator),12} {ratio,8} {points,7} {indicator.MaxPoints,4}  {indicator.Input.Note}").TrimEnd());
                }
            }
        }
    }

    private static string Heading(CoveredScorecard unit)
    {
        var card = unit.Card;
        string rank = card.Rank is { } r ? ReformCommand.Invariant($"rank {r} of {card.Peers}") : "not ranked";
        string overCovered = unit.TotalOverCovered is { } t ? ReformCommand.Invariant($"{Scorecard.Display(t):0.00}/{card.MaxPoints} over the indicators with data") : "no indicator with data";
        string band = unit.Band is { } b ? ReformCommand.Invariant($"{b.Name} ({b.VietnameseName})") : "band withheld";
        return ReformCommand.Invariant(
            $"{card.Unit.Code} {card.Unit.Name}: {Scorecard.Display(card.Total):0.00}/{card.MaxPoints}, {overCovered}; {band}; {rank}");
    }

    private static string Date(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Count(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>The same value without trailing zeros (16.500 → 16.5), so JSON shows it as computed.</summary>
    private static decimal Exact(decimal value) => value / 1.000000000000000000000000000000000m;
}

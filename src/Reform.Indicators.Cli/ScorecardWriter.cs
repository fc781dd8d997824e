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
            foreach (var card in run.Cards)
            {
                json.WriteStartObject();
                json.WriteString("code", card.Unit.Code);
                json.WriteString("name", card.Unit.Name);
                json.WriteString("level", card.Unit.Level.ToName());
                json.WriteNumber("scopeUnits", card.Scope.Count);
                json.WriteNumber("total", Exact(card.Total));
                json.WriteNumber("totalDisplay", Scorecard.Display(card.Total));
                json.WriteNumber("maxPoints", Exact(card.MaxPoints));
                json.WriteStartObject("band");
                json.WriteString("name", card.Band.Name);
                json.WriteString("vietnameseName", card.Band.VietnameseName);
                json.WriteNumber("minScore", Exact(card.Band.MinScore));
                json.WriteEndObject();
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
                        var (coverage, _) = ScorecardRun.CoverageOf(indicator.Code, run.HasProcedures);
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

    /// <summary>The table: per unit a heading line (total, band, rank), then each group and its indicators; values rounded for display.</summary>
    public static void WriteTable(ScorecardRun run, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true) { NewLine = "\n" };
        var layout = ScorecardOptions.Default.Catalogue.LayoutOn(run.Period.Last);
        writer.WriteLine(ReformCommand.Invariant(
            $"Decision 766 scorecard, period {run.Period.Name} ({Date(run.Period.First)}..{Date(run.Period.Last)}), layout {layout.Name}; {run.Cards.Count:N0} units; {run.Rejected.Count:N0} rejected rows"));
        writer.WriteLine("Points are rounded for display; bands and ranks use the unrounded totals. 'no data': the files hold no records for the indicator, which scores by its zero-denominator policy.");
        foreach (var card in run.Cards)
        {
            writer.WriteLine();
            string rank = card.Rank is { } r ? ReformCommand.Invariant($"rank {r} of {card.Peers} {card.Unit.Level.ToName()} units") : "not ranked";
            writer.WriteLine(ReformCommand.Invariant(
                $"{card.Unit.Code} {card.Unit.Name} ({card.Unit.Level.ToName()}): {Scorecard.Display(card.Total):0.00}/{card.MaxPoints} {card.Band.Name} ({card.Band.VietnameseName}), {rank}; scope {card.Scope.Count:N0} units"));
            writer.WriteLine(ReformCommand.Invariant($"  {"code",-6} {"numerator",12} {"denominator",12} {"ratio",8} {"points",7} {"max",4}  note"));
            foreach (var group in card.Groups)
            {
                writer.WriteLine(ReformCommand.Invariant($"  group {group.Code} {group.Group.Name}: {Scorecard.Display(group.Points):0.00}/{group.MaxPoints}"));
                foreach (var indicator in group.Indicators)
                {
                    string ratio = indicator.Ratio is { } x ? ReformCommand.Invariant($"{Scorecard.Display(100 * x):0.00}%") : "-";
                    string points = indicator.IsApplicable ? ReformCommand.Invariant($"{Scorecard.Display(indicator.Points):0.00}") : "N/A";
                    writer.WriteLine(ReformCommand.Invariant(
                        $"  {indicator.Code,-6} {Count(indicator.Input.Numerator),12} {Count(indicator.Input.Denominator),12} {ratio,8} {points,7} {indicator.MaxPoints,4}  {indicator.Input.Note}").TrimEnd());
                }
            }
        }
    }

    private static string Date(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Count(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>The same value without trailing zeros (16.500 → 16.5), so JSON shows it as computed.</summary>
    private static decimal Exact(decimal value) => value / 1.000000000000000000000000000000000m;
}

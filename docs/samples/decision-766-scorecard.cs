#:project ../../src/Reform.Indicators/Reform.Indicators.csproj

// The Decision 766 scorecard without a notebook: the catalogue, a scorecard from inputs, ranks.
// Run from the repository root:  dotnet run docs/samples/decision-766-scorecard.cs
using Reform.Indicators.Indicators;
using Reform.Indicators.Scorecards;
using Reform.Indicators.Units;

var layout = Decision766.Layout2024;
foreach (var group in layout.Groups)
    Console.WriteLine(group);

var period = ReportingPeriod.Parse("2024-Q1");
var inputs = layout.Groups.SelectMany(g => g.IndicatorCodes).Select((code, i) => (code, input: new IndicatorInput(70 + (i * 7) % 31, 100)))
    .ToDictionary(p => p.code, p => p.input);
var weaker = inputs.ToDictionary(p => p.Key, p => new IndicatorInput(p.Value.Numerator - 5, p.Value.Denominator));
AdministrativeUnit Province(string code) => VietnamProvinces.Registry.Find(code, period.Last)!;

var ranked = ScorecardCalculator.Rank(
[
    ScorecardCalculator.FromInputs(Province("01"), period, ["01"], inputs),
    ScorecardCalculator.FromInputs(Province("79"), period, ["79"], weaker),
    ScorecardCalculator.FromInputs(Province("48"), period, ["48"], inputs),
]);
foreach (var card in ranked)
    Console.WriteLine(card);
foreach (var indicator in ranked[0].Indicators.Take(4))
    Console.WriteLine($"  {indicator}");

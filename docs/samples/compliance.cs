#:project ../../src/Reform.Indicators/Reform.Indicators.csproj

// Compliance against targets without a notebook: Resolution 76/NQ-CP and a per-province target.
// Run from the repository root:  dotnet run docs/samples/compliance.cs
using NodaTime;
using Reform.Indicators.Compliance;
using Reform.Indicators.Measures;
using Reform.Indicators.Units;

foreach (var target in Resolution76Targets.InForceOn(new LocalDate(2026, 1, 1)))
    Console.WriteLine(target);

Console.WriteLine(ComplianceCheck.Check(Resolution76Targets.ProceduresOnline2025, new Rate(19_999, 25_000)));

var everyProvince = new Target(IndicatorNames.Online, Comparator.AtLeast, 50m, TargetScope.OfLevels(GovernmentLevel.Province),
    new LocalDate(2025, 12, 31), "illustrative target", "at least 50% of dossiers online in every province");
var result = ComplianceCheck.Check(everyProvince, new Dictionary<string, Rate>
{
    ["01"] = new(6_200, 10_000), ["79"] = new(5_900, 10_000), ["24"] = new(4_100, 10_000), ["46"] = new(4_950, 10_000), ["92"] = new(0, 0),
});
Console.WriteLine(result);
foreach (var unit in result.FailingUnits)
    Console.WriteLine($"  failing {unit}");
Console.WriteLine($"  no data: {string.Join(", ", result.UnitsWithoutData)}");

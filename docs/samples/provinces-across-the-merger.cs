#:project ../../src/Reform.Indicators/Reform.Indicators.csproj

// A province compared across the 1 July 2025 merger, through the crosswalk, without a notebook.
// Run from the repository root:  dotnet run docs/samples/provinces-across-the-merger.cs
using NodaTime;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Measures;
using Reform.Indicators.Units;

var registry = VietnamProvinces.Registry;
Console.WriteLine($"Provinces on 2024-12-31: {registry.AsOf(new LocalDate(2024, 12, 31)).Count}; on 2025-07-01: {registry.AsOf(new LocalDate(2025, 7, 1)).Count}");
Console.WriteLine($"Code 24 on 2025-06-30: {registry.Find("24", new LocalDate(2025, 6, 30))!.Name}; on 2025-07-01: {registry.Find("24", new LocalDate(2025, 7, 1))!.Name}");
foreach (string newCode in new[] { "24", "79", "31" })
{
    var formedFrom = VietnamProvinces.Crosswalk2025.OldCodesOf(newCode).Select(c => $"{c} {registry.Find(c, new LocalDate(2025, 6, 30))!.Name}");
    Console.WriteLine($"  new {newCode} {registry.Find(newCode, new LocalDate(2025, 7, 1))!.Name} <- {string.Join(" + ", formedFrom)}");
}

// Illustrative dossiers: old Bắc Giang (24) and old Bắc Ninh (27) in 2024, the merged Bắc Ninh (24) in 2026.
static IEnumerable<Dossier> Resolved(string unit, int year, int count, int late)
{
    for (int i = 0; i < count; i++)
    {
        var received = new LocalDate(year, 3, 2).At(new LocalTime(9, 0)).PlusDays(i % 200);
        var due = received.PlusDays(10);
        yield return new Dossier($"{unit}-{year}-{i}", unit, "1.004227", DossierChannel.Online, received, due, DossierStatus.Completed, i < late ? due.PlusHours(1) : received.PlusDays(2));
    }
}
var dossiers = Resolved("24", 2024, 800, 8).Concat(Resolved("27", 2024, 1_200, 30)).Concat(Resolved("24", 2026, 2_000, 10)).ToArray();
var before = VietnamProvinces.Crosswalk2025.Map(DossierIndicators.CountByUnit(dossiers, ReportingPeriod.Year(2024)))["24"];
var byCodeAlone = DossierIndicators.CountByUnit(dossiers, ReportingPeriod.Year(2024))["24"];
var after = DossierIndicators.CountByUnit(dossiers, ReportingPeriod.Year(2026))["24"];
Console.WriteLine($"On-time resolution, Bắc Ninh territory: 2024 {before.OnTimeResolution} -> 2026 {after.OnTimeResolution}: {Delta.Between(before.OnTimeResolution, after.OnTimeResolution)}");
Console.WriteLine($"(by code alone, 2024 would be old Bắc Giang only: {byCodeAlone.OnTimeResolution})");

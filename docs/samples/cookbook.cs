#:project ../../src/Reform.Indicators/Reform.Indicators.csproj
#:project ../../src/Reform.Indicators.Samples/Reform.Indicators.Samples.csproj

// The recipes of docs/cookbook.md, run by CI so that each one keeps working.
// Run from the repository root:  dotnet run docs/samples/cookbook.cs
using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Compliance;
using Reform.Indicators.Indicators;
using Reform.Indicators.Measures;
using Reform.Indicators.Samples;
using Reform.Indicators.Units;

var sample = NationalSample.Create(2022, 100_000);
var dossiers = sample.Dossiers().ToList();

// 1. A province's monthly trend: Hà Nội (01) and every unit below it, month by month.
Console.WriteLine("1. Hà Nội, on-time resolution by month (rollup):");
foreach (var month in Enumerable.Range(1, 12).Select(m => ReportingPeriod.Month(2022, m)))
{
    var hanoi = DossierIndicators.Report(dossiers, month, GroupBy.Rollup, sample.Units)["01"];
    Console.WriteLine($"   {month.Name}  {hanoi?.OnTimeResolution}");
}

// 2. On-time rate by procedure: group the records by procedure, then count each group.
Console.WriteLine("2. The five procedures with the most resolved dossiers:");
var byProcedure = dossiers.GroupBy(d => d.ProcedureCode)
    .Select(g => (Procedure: g.Key, Counts: DossierIndicators.Count(g, sample.Period)))
    .OrderByDescending(p => p.Counts.Resolved).ThenBy(p => p.Procedure, StringComparer.Ordinal).Take(5);
foreach (var (procedure, counts) in byProcedure)
    Console.WriteLine($"   {procedure}  {counts.OnTimeResolution}");

// 3. Which units miss a target: every province-level body at 99.5% on-time resolution or more.
var target = new Target(IndicatorNames.OnTimeResolution, Comparator.AtLeast, 99.5m, TargetScope.OfLevels(GovernmentLevel.Province),
    new LocalDate(2022, 12, 31), "illustrative target", "99.5% of dossiers resolved on time by every province-level body");
var provinces = DossierIndicators.Report(dossiers, sample.Period, GroupBy.Unit, sample.Units).Groups
    .Where(g => g.Level == GovernmentLevel.Province)
    .Select(g => KeyValuePair.Create(g.Key, g.OnTimeResolution));
var result = ComplianceCheck.Check(target, provinces);
Console.WriteLine($"3. {result.Status}: {result.FailingUnits.Count} of 63 provinces miss it; worst: {(result.FailingUnits.Count > 0 ? result.FailingUnits[0] : null)}");

// 4. A custom holiday schedule: a schedule announced after the package shipped, in the CSV
//    format of the official schedules (date,kind,occasion,confidence,source).
var announced = OfficialSchedules.Parse("""
    date,kind,occasion,confidence,source
    2026-09-01,holiday,National Day,source,Example notice of the Ministry of Home Affairs
    2026-09-02,holiday,National Day,source,Example notice of the Ministry of Home Affairs
    2026-08-31,swapped,National Day bridge,source,Example notice of the Ministry of Home Affairs
    2026-09-05,make-up-working-day,Make-up for 31 Aug,source,Example notice of the Ministry of Home Affairs
    """);
var calendar = WorkingCalendar.Vietnam.WithSchedule(announced);
Console.WriteLine($"4. Mon 31 Aug 2026 is a working day: {calendar.IsWorkingDay(new LocalDate(2026, 8, 31))}; Sat 5 Sep: {calendar.IsWorkingDay(new LocalDate(2026, 9, 5))}");
Console.WriteLine($"   3 working days from Fri 28 Aug 2026 09:00: due {calendar.DueDate(new LocalDateTime(2026, 8, 28, 9, 0), TimeLimit.WorkingDays(3)):uuuu-MM-dd}");

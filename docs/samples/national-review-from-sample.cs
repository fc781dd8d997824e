#:project ../../src/Reform.Indicators/Reform.Indicators.csproj
#:project ../../src/Reform.Indicators.Samples/Reform.Indicators.Samples.csproj

// The 2022 national review computed from the library's sample data set, without a notebook.
// Run from the repository root:  dotnet run docs/samples/national-review-from-sample.cs
using NodaTime;
using Reform.Indicators.Columnar;
using Reform.Indicators.Indicators;
using Reform.Indicators.Measures;
using Reform.Indicators.Procedures;
using Reform.Indicators.Regulations;
using Reform.Indicators.Samples;
using Reform.Indicators.Units;

var sample2022 = NationalSample.Create(2022, 200_000);
var sample2021 = NationalSample.Create(2021, 200_000);
var table2022 = sample2022.ToTable();

Console.WriteLine("On-time resolution by level, 2022:");
foreach (var group in ColumnarIndicators.Report(table2022, sample2022.Period, GroupBy.Level, sample2022.Units).Groups)
    Console.WriteLine($"  {group.Key,-9} {group.OnTimeResolution.Percent:0.00}%");

var online2022 = ColumnarIndicators.Report(table2022, sample2022.Period, GroupBy.National).Groups[0].Online;
var online2021 = ColumnarIndicators.Report(sample2021.ToTable(), sample2021.Period, GroupBy.National).Groups[0].Online;
Console.WriteLine($"Online share: {online2021.Percent:0.00}% -> {online2022.Percent:0.00}%, {Delta.Between(online2021, online2022)}");

var hierarchy = sample2022.Units.AsOf(sample2022.Period.Last);
Console.WriteLine($"LGSP connected: ministries {sample2022.Facts.Coverage(KnownUnitFacts.LgspConnected, hierarchy, GovernmentLevel.Ministry)}, provinces {sample2022.Facts.Coverage(KnownUnitFacts.LgspConnected, hierarchy, GovernmentLevel.Province)}");
Console.WriteLine($"Architecture 2.0: ministries {sample2022.Facts.Coverage(KnownUnitFacts.EGovernmentArchitecture20, hierarchy, GovernmentLevel.Ministry)}, provinces {sample2022.Facts.Coverage(KnownUnitFacts.EGovernmentArchitecture20, hierarchy, GovernmentLevel.Province)}");
Console.WriteLine($"Decisions announcing procedure changes: {ProcedureChangeDecisions.CountIn(sample2022.Decisions, sample2022.Period.Dates):N0}");
Console.WriteLine($"Business regulations cut: {BusinessRegulations.CutIn(sample2022.Regulations, sample2022.Period.Dates):N0}");
var eligible2021 = sample2022.Procedures.EligibleFullOnlineShare(new LocalDate(2021, 12, 31));
var eligible2022 = sample2022.Procedures.EligibleFullOnlineShare(sample2022.Period.Last);
Console.WriteLine($"Eligible services fully online: {eligible2022.Percent:0.00}%, {Delta.Between(eligible2021, eligible2022)}");

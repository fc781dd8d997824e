#:project ../../src/Reform.Indicators/Reform.Indicators.csproj

// The measures behind the 2022 national PAR review, computed with Reform.Indicators.
// Run from the repository root:  dotnet run docs/samples/national-review-2022.cs
// Figures: Government PAR steering committee review of 2022 (3 Feb 2023).

using Reform.Indicators.Measures;

var lgspMinistries = new Rate(22, 22);      // ministries with an LGSP connected to the national platform
var lgspProvinces = new Rate(63, 63);       // provinces with an LGSP connected
var architectureMinistries = new Rate(19, 22); // e-government architecture per framework 2.0
var architectureProvinces = new Rate(62, 63);

Console.WriteLine($"LGSP connected, ministries:      {lgspMinistries}");
Console.WriteLine($"LGSP connected, provinces:       {lgspProvinces}");
Console.WriteLine($"Architecture 2.0, ministries:    {architectureMinistries}");
Console.WriteLine($"Architecture 2.0, provinces:     {architectureProvinces}");
Console.WriteLine($"Architecture 2.0, both pooled:   {architectureMinistries + architectureProvinces}");

// Online share of dossiers: 35.30% in 2021, 52.80% in 2022 (shares of 10,000 here).
var online2021 = new Rate(3_530, 10_000);
var online2022 = new Rate(5_280, 10_000);
Console.WriteLine($"Online share 2021 -> 2022:       {online2021.Percent}% -> {online2022.Percent}%: {Delta.Between(online2021, online2022)}");

// Eligible services offered fully online: 96% in 2021, 100% in 2022 ("+4 points").
Console.WriteLine($"Eligible services fully online:  {Delta.Between(new Rate(96, 100), new Rate(100, 100))}");

// A count changes by absolute and relative amounts: the 2025 reform of administrative units.
Console.WriteLine($"Provinces, 2024 -> 1 Jul 2025:   {Change.Between(63, 34)}");
Console.WriteLine($"Communes, 2024 -> 1 Jul 2025:    {Change.Between(10_035, 3_321)}");

// A rate's uncertainty is a Wilson score interval: small units get wide intervals.
Console.WriteLine($"A small commune, 9/10 on time:   {new Rate(9, 10)}, {new Rate(9, 10).WilsonInterval()}");

#:project ../../src/Reform.Indicators/Reform.Indicators.csproj

// The README's quick start, run by CI so that the README never lies.
using Reform.Indicators.Measures;

var ministries = new Rate(19, 22);           // ministries with an e-government architecture 2.0
Console.WriteLine(ministries);               // 86.36% (19/22)
Console.WriteLine(ministries.WilsonInterval()); // 95% CI [66.67%, 95.25%]

var online2021 = new Rate(3_530, 10_000);
var online2022 = new Rate(5_280, 10_000);
Console.WriteLine(Delta.Between(online2021, online2022)); // +17.50 pp (+49.58%)
Console.WriteLine(online2021 + online2022);  // pooled, a ratio of sums: 44.05% (8,810/20,000)

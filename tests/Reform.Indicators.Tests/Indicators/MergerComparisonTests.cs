using NodaTime;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Measures;
using Reform.Indicators.Units;

namespace Reform.Indicators.Tests.Indicators;

/// <summary>
/// Comparing a province across the 1 July 2025 merger goes through the crosswalk, never by code:
/// code 24 was Bắc Giang and is the merged Bắc Ninh (old 24 Bắc Giang + old 27 Bắc Ninh).
/// </summary>
public class MergerComparisonTests
{
    private static IEnumerable<Dossier> Resolved(string unit, int year, int count, int late, int online)
    {
        for (int i = 0; i < count; i++)
        {
            var received = new LocalDate(year, 3, 2).At(new LocalTime(9, 0)).PlusDays(i % 200);
            var due = received.PlusDays(10);
            yield return new Dossier($"{unit}-{year}-{i}", unit, "1.004227", i < online ? DossierChannel.Online : DossierChannel.Direct,
                received, due, DossierStatus.Completed, i < late ? due.PlusHours(1) : received.PlusDays(2));
        }
    }

    [Fact]
    public void BacNinh_2024OldProvincesThroughCrosswalk_Vs2026NewProvince()
    {
        var dossiers = Resolved("24", 2024, 800, 8, 400)             // old Bắc Giang
            .Concat(Resolved("27", 2024, 1_200, 30, 420))            // old Bắc Ninh
            .Concat(Resolved("24", 2026, 2_000, 10, 1_300))          // merged Bắc Ninh
            .ToArray();
        var registry = VietnamProvinces.Registry;

        var year2024 = ReportingPeriod.Year(2024);
        var old = DossierIndicators.CountByUnit(dossiers, year2024);
        Assert.Equal("Bắc Giang", registry.Find("24", year2024.Last)!.Name);
        Assert.Equal(["24", "27"], VietnamProvinces.Crosswalk2025.OldCodesOf("24"));

        // 2024 seen through the crosswalk: the territory of today's Bắc Ninh.
        var asNew = VietnamProvinces.Crosswalk2025.Map(old);
        var before = asNew["24"];
        Assert.Equal(old["24"] + old["27"], before);
        Assert.Equal(new Rate(1_962, 2_000), before.OnTimeResolution);

        var year2026 = ReportingPeriod.Year(2026);
        var report = DossierIndicators.Report(dossiers, year2026, GroupBy.Unit, registry);
        var after = report["24"]!;
        Assert.Equal("Bắc Ninh", after.Name);
        Assert.Equal(new Rate(1_990, 2_000), after.OnTimeResolution);

        var change = Delta.Between(before.OnTimeResolution, after.OnTimeResolution);
        Assert.Equal("+1.40 pp (+1.43%)", change.ToString());
        Assert.Equal("+24.00 pp (+58.54%)", Delta.Between(before.Online, after.Online).ToString()); // 41.00% -> 65.00%

        // Joining by code alone would compare old Bắc Giang with the merged province: a different territory.
        Assert.NotEqual(before, old["24"]);
    }
}

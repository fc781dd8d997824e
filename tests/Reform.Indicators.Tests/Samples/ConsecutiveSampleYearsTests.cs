using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Samples;
using Reform.Indicators.Units;

namespace Reform.Indicators.Tests.Samples;

/// <summary>
/// Consecutive yearly samples (same count and seed) form one data set, and units' figures change
/// between years while the national and per-level figures stay the published ones.
/// </summary>
public class ConsecutiveSampleYearsTests
{
    private static readonly Lazy<(NationalSample Sample, Dossier[] Dossiers)[]> Years2021And2022 = new(() =>
        [.. new[] { 2021, 2022 }.Select(year =>
        {
            var sample = NationalSample.Create(year, 200_000);
            return (sample, sample.Dossiers().ToArray());
        })]);

    private static bool OpenAtEndOf(Dossier d, int year) => d.FinishedAt is not { } finished || finished.Year > year;

    [Property(MaxTest = 25)]
    public void CarriedOverDossiers_AreThePreviousYearsOpenDossiers_FieldForField(PositiveInt seed, byte size, byte yearOffset)
    {
        int year = 2017 + (yearOffset % 8); // 2017..2024: the previous year is in range too
        int count = 500 + (size * 20);
        var previous = NationalSample.Create(year - 1, count, seed.Get).Dossiers().ToArray();
        var next = NationalSample.Create(year, count, seed.Get).Dossiers().ToArray();

        // Received in the previous year and open at its end = carried over into the next one, the same records.
        var leaving = previous.Where(d => d.ReceivedAt.Year == year - 1 && OpenAtEndOf(d, year - 1)).ToArray();
        var carried = next.Where(d => d.ReceivedAt.Year == year - 1).ToArray();
        Assert.NotEmpty(carried);
        Assert.Equal(leaving, carried);
        Assert.All(carried, d => Assert.StartsWith(FormattableString.Invariant($"HS{year - 1}"), d.Id, StringComparison.Ordinal));

        // Read together, each dossier once: the repeated ids are exactly the carried ones.
        var union = previous.Concat(next).DistinctBy(d => d.Id).ToArray();
        Assert.Equal(previous.Length + next.Length - carried.Length, union.Length);
        // Nothing of the next year's file changes the previous year's report, nor what the next year received and resolved.
        var previousPeriod = ReportingPeriod.Year(year - 1);
        Assert.Equal(DossierIndicators.Count(previous, previousPeriod), DossierIndicators.Count(union, previousPeriod));
        var nextPeriod = ReportingPeriod.Year(year);
        var alone = DossierIndicators.Count(next, nextPeriod);
        var together = DossierIndicators.Count(union, nextPeriod);
        Assert.Equal(alone.Received, together.Received);
        Assert.Equal(alone.Resolved, together.Resolved);
        Assert.Equal(alone.OnTimeResolution, together.OnTimeResolution);
        Assert.Equal(alone.Online, together.Online);
    }

    [Fact]
    public void Years2021And2022_ReadTogether_CountEachDossierOnce_AndKeepThePublishedFigures()
    {
        var (sample2021, dossiers2021) = Years2021And2022.Value[0];
        var (sample2022, dossiers2022) = Years2021And2022.Value[1];
        var union = dossiers2021.Concat(dossiers2022).DistinctBy(d => d.Id).ToArray();
        int carried = dossiers2022.Count(d => d.ReceivedAt.Year == 2021);
        Assert.InRange(carried, 13_000, 15_000); // 7% of 200,000
        Assert.Equal(400_000 - carried, union.Length);

        var report = DossierIndicators.Report(union, sample2022.Period, GroupBy.Level, sample2022.Units);
        Assert.Equal([99.96m, 99.33m, 98.27m, 99.56m], report.Groups.Select(g => g.OnTimeResolution.Percent));
        Assert.Equal(52.80m, DossierIndicators.Count(union, sample2022.Period).Online.Percent);
        Assert.Equal(35.30m, DossierIndicators.Count(union, sample2021.Period).Online.Percent);
    }

    [Fact]
    public void Provinces_2021To2022_RatesChange_WhileTheProvinceLevelStaysExact()
    {
        var (sample2021, dossiers2021) = Years2021And2022.Value[0];
        var (sample2022, dossiers2022) = Years2021And2022.Value[1];
        var provinces2021 = ProvinceGroups(dossiers2021, sample2021);
        var provinces2022 = ProvinceGroups(dossiers2022, sample2022);
        Assert.Equal(63, provinces2021.Count);
        Assert.Equal(63, provinces2022.Count);

        // Every province's counts differ between the years, on-time and online rates both.
        int changedOnTime = provinces2022.Count(p => provinces2021[p.Key].OnTimeResolution != p.Value.OnTimeResolution);
        int changedOnline = provinces2022.Count(p => provinces2021[p.Key].Online != p.Value.Online);
        Assert.True(changedOnTime >= 60, $"{changedOnTime} of 63 provinces changed their on-time resolution");
        Assert.True(changedOnline >= 60, $"{changedOnline} of 63 provinces changed their online share");
        double meanChange = provinces2022.Average(p => Math.Abs((double)(p.Value.OnTimeResolution.Percent!.Value - provinces2021[p.Key].OnTimeResolution.Percent!.Value)));
        Assert.True(meanChange > 0.1, $"mean change {meanChange:F3} pp");
        // Provinces differ from each other by more than the rounding: rates spread around the level's 99.33%.
        var rates = provinces2022.Values.Select(g => g.OnTimeResolution.Percent!.Value).ToArray();
        Assert.True(rates.Max() - rates.Min() > 1m, $"{rates.Min()}..{rates.Max()}");
    }

    private static Dictionary<string, IndicatorGroup> ProvinceGroups(Dossier[] dossiers, NationalSample sample) =>
        DossierIndicators.Report(dossiers, sample.Period, GroupBy.Unit, sample.Units).Groups
            .Where(g => sample.Units.Find(g.Key, sample.Period.Last)?.Level == GovernmentLevel.Province)
            .ToDictionary(g => g.Key, StringComparer.Ordinal);
}

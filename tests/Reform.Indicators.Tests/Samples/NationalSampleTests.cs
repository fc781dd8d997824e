using System.Globalization;
using NodaTime;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Measures;
using Reform.Indicators.Procedures;
using Reform.Indicators.Regulations;
using Reform.Indicators.Samples;
using Reform.Indicators.Tests.TestData;
using Reform.Indicators.Units;

namespace Reform.Indicators.Tests.Samples;

public class NationalSampleTests
{
    private static decimal PublishedValue(string indicator, string scope) => NationalReview2022.Value(indicator, scope);

    private static readonly Lazy<(NationalSample Sample, Dossier[] Dossiers)> Sample2022 = new(() =>
    {
        var sample = NationalSample.Create(2022, 200_000);
        return (sample, sample.Dossiers().ToArray());
    });

    [Fact]
    public void Dossiers_SameSeed_SameData_OtherSeed_OtherData()
    {
        var a = NationalSample.Create(2022, 3_000, seed: 5).Dossiers().ToArray();
        var b = NationalSample.Create(2022, 3_000, seed: 5).Dossiers().ToArray();
        var c = NationalSample.Create(2022, 3_000, seed: 6).Dossiers().ToArray();
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        // A longer sample starts with the shorter one.
        Assert.Equal(a, NationalSample.Create(2022, 5_000, seed: 5).Dossiers().Take(3_000));
    }

    [Fact]
    public void Dossiers_CoverEveryChannelStatusAndEdge()
    {
        var (sample, dossiers) = Sample2022.Value;
        Assert.Equal(sample.DossierCount, dossiers.Length);
        Assert.Equal(dossiers.Length, dossiers.Select(d => d.Id).Distinct().Count());
        Assert.All(Enum.GetValues<DossierChannel>(), c => Assert.Contains(dossiers, d => d.Channel == c));
        Assert.All(Enum.GetValues<DossierStatus>(), s => Assert.Contains(dossiers, d => d.Status == s));
        Assert.All(Enumerable.Range(0, 4), n => Assert.Contains(dossiers, d => d.SupplementRequests == n));
        Assert.Contains(dossiers, d => !d.DueGiven);
        Assert.Contains(dossiers, d => d.ReceivedAt.Year == 2021 && d.FinishedAt?.Year == 2022);
        Assert.Contains(dossiers, d => d.ReceivedAt.Year == 2022 && d.FinishedAt?.Year == 2023);
        var counts = DossierIndicators.Count(dossiers, sample.Period);
        Assert.True(counts.CarriedOver > 0 && counts.OpenOverdue > 0 && counts.OpenNotDue > 0 && counts.Withdrawn > 0 && counts.Stopped > 0, counts.ToString());
        // Deadlines of dossiers without an appointment come from the procedure and the calendar.
        var dueDates = sample.Procedures.DueDates(Reform.Indicators.Calendars.WorkingCalendar.Vietnam);
        Assert.All(dossiers.Where(d => !d.DueGiven).Take(2_000), d => Assert.Equal(d.Due, dueDates(d.ProcedureCode, d.ReceivedAt)));
        var units = sample.Units.AsOf(sample.Period.Last);
        Assert.All(dossiers.Take(2_000), d => Assert.True(units.Contains(d.UnitCode)));
    }

    [Fact]
    public void Report2022_ByLevel_ReproducesThePublishedOnTimeRates()
    {
        var (sample, dossiers) = Sample2022.Value;
        var report = DossierIndicators.Report(dossiers, sample.Period, GroupBy.Level, sample.Units);
        Assert.Equal(["ministry", "province", "district", "commune"], report.Groups.Select(g => g.Key));
        Assert.Equal(PublishedValue("on_time_resolution_rate", "ministries"), report["ministry"]!.OnTimeResolution.Percent);
        Assert.Equal(PublishedValue("on_time_resolution_rate", "province level"), report["province"]!.OnTimeResolution.Percent);
        Assert.Equal(PublishedValue("on_time_resolution_rate", "district level"), report["district"]!.OnTimeResolution.Percent);
        Assert.Equal(PublishedValue("on_time_resolution_rate", "commune level"), report["commune"]!.OnTimeResolution.Percent);
    }

    [Theory]
    [InlineData(1, 100_000)]
    [InlineData(424_242, 137_913)]
    public void Report_AnySeedAndCount_ReproducesEveryRate(int seed, int count)
    {
        var sample2022 = NationalSample.Create(2022, count, seed);
        var report = sample2022.Report(GroupBy.Level);
        decimal?[] expected = [99.96m, 99.33m, 98.27m, 99.56m];
        Assert.Equal(expected, report.Groups.Select(g => g.OnTimeResolution.Percent));
        var online2022 = DossierIndicators.Count(sample2022.Dossiers(), sample2022.Period).Online;
        var sample2021 = NationalSample.Create(2021, count, seed);
        var online2021 = DossierIndicators.Count(sample2021.Dossiers(), sample2021.Period).Online;
        Assert.Equal(52.80m, online2022.Percent);
        Assert.Equal(35.30m, online2021.Percent);
        Assert.Equal(17.50, Math.Round(Delta.Between(online2021, online2022).PercentagePoints!.Value, 2));
    }

    [Fact]
    public void ReferenceData_ReproduceThePublishedCounts()
    {
        var sample = NationalSample.Create(2022, 0);
        var hierarchy = sample.Units.AsOf(sample.Period.Last);
        Assert.Equal(22, hierarchy.OfLevel(GovernmentLevel.Ministry).Count);
        Assert.Equal(63, hierarchy.OfLevel(GovernmentLevel.Province).Count);
        Assert.Equal(705, hierarchy.OfLevel(GovernmentLevel.District).Count);
        Assert.Equal(10_599, hierarchy.OfLevel(GovernmentLevel.Commune).Count);
        Assert.Empty(sample.Units.AsOf(new LocalDate(2025, 7, 1)).OfLevel(GovernmentLevel.District));
        Assert.True(sample.Procedures.Count >= 1_000);
        Assert.Equal((long)PublishedValue("procedure_change_decisions", "national"), ProcedureChangeDecisions.CountIn(sample.Decisions, sample.Period.Dates));
        Assert.Equal((long)PublishedValue("business_regulations_cut", "national"), BusinessRegulations.CutIn(sample.Regulations, sample.Period.Dates));
        Assert.Equal(new Rate(22, 22), sample.Facts.Coverage(KnownUnitFacts.LgspConnected, hierarchy, GovernmentLevel.Ministry));
        Assert.Equal(new Rate(63, 63), sample.Facts.Coverage(KnownUnitFacts.LgspConnected, hierarchy, GovernmentLevel.Province));
        Assert.Equal(new Rate(19, 22), sample.Facts.Coverage(KnownUnitFacts.EGovernmentArchitecture20, hierarchy, GovernmentLevel.Ministry));
        Assert.Equal(new Rate(62, 63), sample.Facts.Coverage(KnownUnitFacts.EGovernmentArchitecture20, hierarchy, GovernmentLevel.Province));
        Assert.Equal(100.00m, sample.Procedures.EligibleFullOnlineShare(new LocalDate(2022, 12, 31)).Percent);
        Assert.Equal(96.00m, sample.Procedures.EligibleFullOnlineShare(new LocalDate(2021, 12, 31)).Percent);
    }

    [Fact]
    public void Create_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NationalSample.Create(2030, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => NationalSample.Create(2022, -1));
    }
}

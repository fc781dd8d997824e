using System.Globalization;
using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Measures;
using Reform.Indicators.Procedures;
using Reform.Indicators.Regulations;
using Reform.Indicators.Tests.TestData;
using Reform.Indicators.Units;

namespace Reform.Indicators.Tests.Indicators;

/// <summary>
/// A small nation of records built so that its counts are those behind the 2022 national review
/// (TestData/national-review-2022.csv); the library must reproduce every published figure from
/// the records, through the same path a user takes: raw rows, validation with deadlines computed
/// from procedures, grouping by level over the dated hierarchy.
/// </summary>
public class NationalReview2022Tests
{
    private static readonly ReportingPeriod Year2021 = ReportingPeriod.Year(2021);
    private static readonly ReportingPeriod Year2022 = ReportingPeriod.Year(2022);

    private static decimal PublishedValue(string indicator, string scope) => NationalReview2022.Value(indicator, scope);

    private static readonly LocalDate LastDayBeforeReform = VietnamProvinces.ReformDate.PlusDays(-1);

    private static readonly string[] Ministries = [.. Enumerable.Range(1, 22).Select(i => $"G{i:00}")];

    /// <summary>22 ministries, the 63 provinces of 2022, a district and a commune under each province (until the 2025 reform).</summary>
    private static UnitRegistry Nation()
    {
        var units = new List<AdministrativeUnit>(VietnamProvinces.Before2025Reform);
        units.AddRange(Ministries.Select(code => new AdministrativeUnit(code, $"Bộ {code}", GovernmentLevel.Ministry, null, null, null)));
        var provinces = VietnamProvinces.Registry.AsOf(new LocalDate(2022, 12, 31)).Units;
        foreach (var (province, i) in provinces.Select((p, i) => (p, i)))
        {
            string district = (100 + i).ToString("000", CultureInfo.InvariantCulture);
            units.Add(new AdministrativeUnit(district, $"Huyện {district}", GovernmentLevel.District, province.Code, null, LastDayBeforeReform));
            string commune = (10_000 + i).ToString("00000", CultureInfo.InvariantCulture);
            units.Add(new AdministrativeUnit(commune, $"Xã {commune}", GovernmentLevel.Commune, district, null, LastDayBeforeReform));
        }
        return new UnitRegistry(units);
    }

    private static readonly ProcedureCatalogue Procedures = new([new AdministrativeProcedure("1.000001", "Thủ tục mẫu", TimeLimit.WorkingDays(10))]);

    /// <summary>
    /// Raw rows for one level: <paramref name="resolved"/> dossiers resolved in the year, the
    /// first <paramref name="late"/> of them late, the first <paramref name="online"/> submitted
    /// online. Deadlines come from the procedure's 10 working days (crossing Tết for January receipts).
    /// </summary>
    private static IEnumerable<DossierRow> Rows(int year, string[] unitCodes, string prefix, int resolved, int late, int online)
    {
        var calendar = WorkingCalendar.Vietnam;
        for (int i = 0; i < resolved; i++)
        {
            var received = new LocalDate(year, 1, 3).PlusDays(i % 330).At(new LocalTime(8 + (i % 9), 0));
            var due = calendar.DueDate(received, TimeLimit.WorkingDays(10));
            var finished = i < late ? due.Date.PlusDays(1).At(new LocalTime(9, 0)) : received.PlusHours(26);
            yield return new DossierRow
            {
                Row = i + 2,
                DossierId = $"{prefix}-{year}-{i}",
                UnitCode = unitCodes[i % unitCodes.Length],
                ProcedureCode = "1.000001",
                Channel = i < online ? "2" : (i % 2 == 0 ? "1" : "3"),
                ReceivedAt = received.ToString("uuuu-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
                DueAt = i % 2 == 0 ? "" : VietnamTime.EndOf(due.Date).ToString("dd'/'MM'/'uuuu", CultureInfo.InvariantCulture),
                FinishedAt = finished.ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture),
                Status = i % 50 == 0 ? "refused" : "completed",
            };
        }
    }

    private static ValidationReport<Dossier> Dossiers(UnitRegistry nation)
    {
        var hierarchy = nation.AsOf(Year2022.Last);
        string[] Codes(GovernmentLevel level) => [.. hierarchy.OfLevel(level).Select(u => u.Code)];
        var rows = Rows(2022, Codes(GovernmentLevel.Ministry), "M", 10_000, 4, 5_280)        // 99.96%
            .Concat(Rows(2022, Codes(GovernmentLevel.Province), "P", 10_000, 67, 5_280))     // 99.33%
            .Concat(Rows(2022, Codes(GovernmentLevel.District), "D", 10_000, 173, 5_280))    // 98.27%
            .Concat(Rows(2022, Codes(GovernmentLevel.Commune), "C", 10_000, 44, 5_280))      // 99.56%
            .Concat(Rows(2021, Codes(GovernmentLevel.Province), "P", 10_000, 100, 3_530));   // 2021: 35.30% online
        var validator = new DossierValidator(Procedures.DueDates(WorkingCalendar.Vietnam), nation.Units.Select(u => u.Code).ToHashSet());
        return validator.ValidateAll(rows);
    }

    [Fact]
    public void OnTimeResolutionByLevel_ReproducesThePublishedRates()
    {
        var nation = Nation();
        var dossiers = Dossiers(nation);
        Assert.True(dossiers.IsValid, string.Join("\n", dossiers.Errors.Take(5)));
        var report = DossierIndicators.Report(dossiers.Accepted, Year2022, GroupBy.Level, nation);
        Assert.Equal(["ministry", "province", "district", "commune"], report.Groups.Select(g => g.Key));
        Assert.Equal(PublishedValue("on_time_resolution_rate", "ministries"), report["ministry"]!.OnTimeResolution.Percent);
        Assert.Equal(PublishedValue("on_time_resolution_rate", "province level"), report["province"]!.OnTimeResolution.Percent);
        Assert.Equal(PublishedValue("on_time_resolution_rate", "district level"), report["district"]!.OnTimeResolution.Percent);
        Assert.Equal(PublishedValue("on_time_resolution_rate", "commune level"), report["commune"]!.OnTimeResolution.Percent);
    }

    [Fact]
    public void OnlineShare_ReproducesThePublishedShareAndItsDeltaInPoints()
    {
        var dossiers = Dossiers(Nation()).Accepted;
        var online2022 = DossierIndicators.Count(dossiers, Year2022).Online;
        var online2021 = DossierIndicators.Count(dossiers, Year2021).Online;
        Assert.Equal(PublishedValue("online_dossier_share", "national"), online2022.Percent);
        Assert.Equal(35.30m, online2021.Percent);
        var delta = Delta.Between(online2021, online2022);
        Assert.Equal((double)NationalReview2022.Change("online_dossier_share", "national"), Math.Round(delta.PercentagePoints!.Value, 2));
        Assert.Equal("+17.50 pp (+49.58%)", delta.ToString());
    }

    [Fact]
    public void Compare_2021To2022_GivesEveryDelta()
    {
        var comparison = DossierIndicators.Compare(Dossiers(Nation()).Accepted, Year2021, Year2022);
        Assert.Equal("+17.50 pp (+49.58%)", comparison.Online.ToString());
        Assert.Equal(comparison.Online, comparison.DeltaOf(c => c.Online));
        Assert.Equal("+30,000 (+300.00%)", comparison.ChangeOf(c => c.Received).ToString()); // 10,000 -> 40,000 received
        Assert.StartsWith("2021 -> 2022: on-time resolution", comparison.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rollup_ProvinceContainsItsDistrictAndCommune()
    {
        var nation = Nation();
        var report = DossierIndicators.Report(Dossiers(nation).Accepted, Year2022, GroupBy.Rollup, nation);
        var hanoi = report["01"]!;
        var district = report[nation.AsOf(Year2022.Last).Children("01").Single(u => u.Level == GovernmentLevel.District).Code]!;
        Assert.Equal("Hà Nội", hanoi.Name);
        Assert.True(hanoi.Counts.InScope > district.Counts.InScope);
        var national = DossierIndicators.Count(Dossiers(nation).Accepted, Year2022);
        Assert.Equal(national, report.Groups.Where(g => g.Level is GovernmentLevel.Ministry or GovernmentLevel.Province).Aggregate(default(DossierCounts), (s, g) => s + g.Counts));
    }

    [Fact]
    public void Coverage_LgspAndArchitecture_ReproduceThePublishedCounts()
    {
        var hierarchy = Nation().AsOf(Year2022.Last);
        var since = new LocalDate(2021, 6, 30);
        var provinces = hierarchy.OfLevel(GovernmentLevel.Province).Select(u => u.Code).ToArray();
        var facts = new UnitFacts(
            Ministries.Concat(provinces).Select(code => new UnitFact(code, KnownUnitFacts.LgspConnected, since))
            .Concat(Ministries.Take(19).Concat(provinces.Skip(1)).Select(code => new UnitFact(code, KnownUnitFacts.EGovernmentArchitecture20, since))));
        foreach (var (indicator, scope, level) in new[]
        {
            ("lgsp_connected", "ministries", GovernmentLevel.Ministry), ("lgsp_connected", "provinces", GovernmentLevel.Province),
            ("egov_architecture_2_0", "ministries", GovernmentLevel.Ministry), ("egov_architecture_2_0", "provinces", GovernmentLevel.Province),
        })
        {
            string fact = indicator == "lgsp_connected" ? KnownUnitFacts.LgspConnected : KnownUnitFacts.EGovernmentArchitecture20;
            var coverage = facts.Coverage(fact, hierarchy, level);
            var row = NationalReview2022.Rows[(indicator, scope)];
            Assert.Equal(new Rate(long.Parse(row[2], CultureInfo.InvariantCulture), long.Parse(row[3], CultureInfo.InvariantCulture)), coverage);
        }
    }

    [Fact]
    public void DecisionsAndRegulationsCut_ReproduceThePublishedCounts()
    {
        var decisions = Enumerable.Range(0, 2_358 + 200).Select(i => new ProcedureChangeDecision(
            $"{i}/QĐ", i < 200 ? new LocalDate(2021, 1, 1).PlusDays(i) : new LocalDate(2022, 1, 1).PlusDays((i - 200) % 365), Ministries[i % 22],
            [new ProcedureChange($"1.{i:000000}", (ProcedureChangeKind)(i % 4))]));
        Assert.Equal((long)PublishedValue("procedure_change_decisions", "national"), ProcedureChangeDecisions.CountIn(decisions.ToArray(), Year2022.Dates));

        var regulations = Enumerable.Range(0, 5_000).Select(i => new BusinessRegulation(
            $"R{i}", $"Quy định {i}", Ministries[i % 22], "Thương mại", new LocalDate(2015, 1, 1), 1_000_000m,
            i < 1_041 ? [new RegulationChange(new LocalDate(2022, 1, 1).PlusDays(i % 365), RegulationChangeKind.Cut, $"QĐ {i}")]
            : i < 1_300 ? [new RegulationChange(new LocalDate(2021, 3, 1), RegulationChangeKind.Cut, $"QĐ {i}")]
            : []));
        Assert.Equal((long)PublishedValue("business_regulations_cut", "national"), BusinessRegulations.CutIn(regulations.ToArray(), Year2022.Dates));
    }

    [Fact]
    public void EligibleServicesFullOnline_Is100PercentPlus4Points()
    {
        // 50 eligible procedures: 48 fully online by the end of 2021 (96%), all 50 in 2022.
        var catalogue = new ProcedureCatalogue(Enumerable.Range(0, 60).Select(i => new AdministrativeProcedure(
            $"2.{i:000000}", $"Thủ tục {i}", TimeLimit.WorkingDays(5), fullOnlineEligible: i < 50,
            onlineLevels: [(new LocalDate(2020, 1, 1), OnlineServiceLevel.Partial), (new LocalDate(i < 48 ? 2021 : 2022, 6, 1), OnlineServiceLevel.Full)])));
        var share2021 = catalogue.EligibleFullOnlineShare(Year2021.Last);
        var share2022 = catalogue.EligibleFullOnlineShare(Year2022.Last);
        Assert.Equal(PublishedValue("eligible_services_full_online", "national"), share2022.Percent);
        Assert.Equal((double)NationalReview2022.Change("eligible_services_full_online", "national"), Delta.Between(share2021, share2022).PercentagePoints!.Value, 10);
    }
}

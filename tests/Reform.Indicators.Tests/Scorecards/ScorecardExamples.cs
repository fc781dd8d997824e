using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Petitions;
using Reform.Indicators.Procedures;
using Reform.Indicators.Scorecards;
using Reform.Indicators.Units;

namespace Reform.Indicators.Tests.Scorecards;

/// <summary>A small unit set scored by hand (the worked example of docs/scorecard.md), and the rules one by one.</summary>
public class ScorecardExamples
{
    private static readonly UnitHierarchy Units = new UnitRegistry(
    [
        new AdministrativeUnit("BTP", "Bộ Tư pháp", GovernmentLevel.Ministry, null),
        new AdministrativeUnit("01", "Hà Nội", GovernmentLevel.Province, null),
        new AdministrativeUnit("00004", "Trúc Bạch", GovernmentLevel.Commune, "01"),
    ]).AsOf(new LocalDate(2024, 3, 31));

    private static readonly ReportingPeriod Q1 = ReportingPeriod.Quarter(2024, 1);

    private static LocalDateTime At(int month, int day, int hour = 9) => new(2024, month, day, hour, 0);

    private static LocalDateTime EndOf(int month, int day) => VietnamTime.EndOf(new LocalDate(2024, month, day));

    /// <summary>The worked example: 4 dossiers, 2 procedures, 2 publications, 2 petitions.</summary>
    internal static ScorecardData WorkedExample() => new ScorecardData(
    [
        new Dossier("D1", "01", "P1", DossierChannel.Online, At(1, 10), EndOf(1, 20), DossierStatus.Completed, At(1, 15)) { ResultElectronic = true },
        new Dossier("D2", "01", "P1", DossierChannel.Direct, At(1, 11), EndOf(1, 18), DossierStatus.Completed, At(1, 25)),
        new Dossier("D3", "00004", "P1", DossierChannel.Online, At(2, 1), EndOf(2, 5), DossierStatus.Processing),
        new Dossier("D4", "00004", "P1", DossierChannel.Direct, At(3, 1), EndOf(4, 30), DossierStatus.Processing),
    ])
    {
        DossierDetails =
        [
            new DossierDetails("D1", SyncedToNationalPortal: true, DigitisedComponents: true, ReusedData: true, PopulationData: true, PaidOnline: OnlinePaymentGateway.NationalPortal),
            new DossierDetails("D2", SyncedToNationalPortal: true),
            new DossierDetails("D3", SyncedToNationalPortal: true, Feedback: true),
        ],
        Procedures = new ProcedureCatalogue(
        [
            new AdministrativeProcedure("P1", "Đăng ký khai sinh", new TimeLimit(5, TimeLimitUnit.WorkingDays), [GovernmentLevel.Province, GovernmentLevel.Commune], null, [(new LocalDate(2023, 1, 1), OnlineServiceLevel.Full)]),
            new AdministrativeProcedure("P2", "Chứng thực", new TimeLimit(2, TimeLimitUnit.WorkingDays), [GovernmentLevel.Commune]),
        ]),
        ProcedureDetails =
        [
            new ProcedureDetails("P1", new LocalDate(2023, 1, 1), ProcedureComponents.All, RequiresWrittenResult: true, FeeBearing: true, FeesIntegratedForOnlinePayment: true, ForIndividuals: true),
            new ProcedureDetails("P2", new LocalDate(2023, 1, 1), ProcedureComponents.All & ~ProcedureComponents.Subjects),
        ],
        Publications =
        [
            // Legal basis effective Tue 20 Feb 2024; a province needs 5 working days before it. Tết 2024 is 8-14 Feb, so
            // the 5th working day before is Tue 6 Feb (19, 16, 15, 7, 6), not 13 Feb as weekends alone would give.
            new ProcedurePublication("1/QĐ-UBND", "P1", "01", new LocalDate(2024, 2, 6), new LocalDate(2024, 2, 20), new LocalDate(2024, 2, 16)),
            new ProcedurePublication("2/QĐ-UBND", "P2", "01", new LocalDate(2024, 2, 7), new LocalDate(2024, 2, 20)),
        ],
        Petitions =
        [
            new Petition("PA1", "00004", At(3, 4, 8), Classified: true, HandledAt: At(3, 12), PublishedAt: At(3, 13), Likes: 2),
            new Petition("PA2", "01", At(3, 1, 8)),
        ],
    };

    [Fact]
    public void Score_WorkedExample_ProvinceMatchesTheHandComputation()
    {
        var cards = ScorecardCalculator.Score(WorkedExample(), Units, Q1);
        var province = cards.Single(c => c.Unit.Code == "01");
        (string Code, decimal Numerator, decimal Denominator, decimal Points)[] expected =
        [
            ("1.1", 1, 2, 3m), ("1.2", 1, 2, 2m), ("1.3", 1, 2, 1m), ("1.4", 3, 4, 4.5m),
            ("2.1", 2, 4, 10m),
            ("3.1", 1, 2, 1.25m), ("3.2", 1, 1, 4m), ("3.3", 1, 4, 3m),
            ("3.5", 1, 1, 2m), ("3.5b", 1, 1, 2m), ("3.6", 1, 4, 1.5m),
            ("4.1", 1, 2, 3m), ("4.2", 1, 4, 1m), ("4.3", 1, 4, 0.625m), ("4.4", 0, 4, 0m), ("4.5a", 1, 1, 2m), ("4.5b", 1, 4, 0.5m), ("4.6", 0, 0, 0m),
            ("5.1", 1, 2, 0m), ("5.2", 1, 2, 3m), ("5.3", 1, 2, 3m), ("5.4", 1, 4, 1.666666666667m),
        ];
        foreach (var (code, numerator, denominator, points) in expected)
        {
            var score = province.Indicator(code);
            Assert.True((numerator, denominator, points) == (score.Input.Numerator, score.Input.Denominator, score.Points), $"{code}: {score}");
        }
        Assert.Equal([10.5m, 10m, 8.25m, 5.5m, 7.125m, 7.666666666667m], province.Groups.Select(g => g.Points));
        Assert.Equal(["1", "2", "3a", "3b", "4", "5"], province.Groups.Select(g => g.Code));
        Assert.Equal(49.041666666667m, province.Total);
        Assert.Equal(49.04m, Scorecard.Display(province.Total));
        Assert.Equal("Weak", province.Band.Name);
        Assert.Equal(["01", "00004"], province.Scope);
        Assert.False(province.Indicator("4.6").IsApplicable);
    }

    [Fact]
    public void Score_WorkedExample_CommuneCountsOnlyItsOwnRecords()
    {
        var commune = ScorecardCalculator.Score(WorkedExample(), Units, Q1).Single(c => c.Unit.Code == "00004");
        Assert.Equal(["00004"], commune.Scope);
        Assert.Equal((1m, 2m), (commune.Indicator("1.4").Input.Numerator, commune.Indicator("1.4").Input.Denominator));
        Assert.Equal((0m, 2m), (commune.Indicator("5.4").Input.Numerator, commune.Indicator("5.4").Input.Denominator)); // 2 − 1 overdue − 1 feedback
        Assert.Equal(6m, commune.Indicator("5.2").Points);
        Assert.False(commune.Indicator("1.2").IsApplicable);
        Assert.Equal(33.25m, commune.Total); // 4 + 10 + 5.25 + 2 + 0 + 12
        Assert.Equal((1, 1), (commune.Rank, commune.Peers));
    }

    [Fact]
    public void Layouts_5GroupsFromAugust2022_6GroupsFrom2024_Both100Points()
    {
        var catalogue = Decision766.Catalogue;
        Assert.Equal([18m, 20m, 22m, 22m, 18m], catalogue.LayoutOn(new LocalDate(2022, 8, 1)).Groups.Select(g => g.MaxPoints));
        Assert.Same(Decision766.Layout2022, catalogue.LayoutOn(new LocalDate(2023, 12, 31)));
        Assert.Equal([18m, 20m, 12m, 10m, 22m, 18m], catalogue.LayoutOn(new LocalDate(2024, 1, 1)).Groups.Select(g => g.MaxPoints));
        Assert.All(catalogue.Layouts, l => Assert.Equal(100m, l.MaxPoints));
        Assert.Throws<ArgumentOutOfRangeException>(() => catalogue.LayoutOn(new LocalDate(2022, 7, 31)));
    }

    [Fact]
    public void Layout_GroupMaximumNotTheSumOfItsIndicators_IsRejected()
    {
        var indicator = Decision766.Indicator("2.1");
        var error = Assert.Throws<ArgumentException>(() => new ScorecardLayout("mine", new LocalDate(2025, 1, 1), [new ScoreGroup("2", "Progress", 25m, ["2.1"])], [indicator], "test", SourceConfidence.Unconfirmed));
        Assert.Contains("group 2 has maximum 25 but its indicators add up to 20", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3.1", 8, 10, 2)]       // 80% of procedures online: full points
    [InlineData("3.1", 4, 10, 1)]       // 40% with the 80% threshold: half of the maximum
    [InlineData("3.3", 1, 2, 6)]        // 50% online dossiers: full points
    [InlineData("3.3", 1, 4, 3)]
    [InlineData("5.4", 9, 10, 6)]       // 90% satisfaction: full points
    [InlineData("5.4", 45, 100, 3)]
    [InlineData("2.1", 99, 100, 19.8)]  // linear
    [InlineData("4.3", 2, 5, 1)]        // 40% reuse, 80% threshold
    public void Score_Thresholds(string code, int numerator, int denominator, double points) =>
        Assert.Equal((decimal)points, Decision766.Indicator(code).Score(new IndicatorInput(numerator, denominator)).Points);

    [Theory]
    [InlineData("5.2", 6, true)]   // no petitions: full points (portal)
    [InlineData("5.3", 6, true)]
    [InlineData("5.4", 0, true)]   // no dossiers: 0 points
    [InlineData("1.4", 0, true)]   // no dossiers and no prior year: 0
    [InlineData("1.1", 0, false)]  // N/A
    [InlineData("4.6", 0, false)]
    public void Score_ZeroDenominator_FollowsThePolicy(string code, int points, bool applicable)
    {
        var score = Decision766.Indicator(code).Score(default);
        Assert.Equal((points, applicable), ((int)score.Points, score.IsApplicable));
    }

    [Fact]
    public void Score_NotApplicableRescaled_LeavesTheMaximum()
    {
        var inputs = Decision766.Indicators.Where(i => i.Code != "4.6").ToDictionary(i => i.Code, _ => new IndicatorInput(1, 1));
        Assert.Equal(98m, Decision766.Layout2024.Score(inputs).Total);
        var (groups, total) = Decision766.Layout2024.Score(inputs, NotApplicableHandling.Rescale);
        Assert.Equal(100m, total);
        Assert.Equal(22m, groups.Single(g => g.Code == "4").Points);
    }

    [Theory]
    [InlineData(100, "Excellent")]
    [InlineData(90, "Excellent")]
    [InlineData(89.999, "Good")]
    [InlineData(80, "Good")]
    [InlineData(79.995, "Fair")]   // would display as 80.00, still Fair: bands use the unrounded total
    [InlineData(70, "Fair")]
    [InlineData(69.99, "Average")]
    [InlineData(50, "Average")]
    [InlineData(49.99, "Weak")]
    [InlineData(0, "Weak")]
    public void Bands_Boundaries(double total, string band) => Assert.Equal(band, Decision766.Bands.For((decimal)total).Name);

    [Fact]
    public void Publication_OnTime_CountsWorkingDaysAcrossTet()
    {
        var card = ScorecardCalculator.Score(WorkedExample(), Units, Q1, unitCodes: ["01"]).Single();
        // 6 Feb is on time (5th working day before 20 Feb across Tết); 7 Feb is late, although 5 weekdays lie between it and 20 Feb.
        Assert.Equal((1m, 2m), (card.Indicator("1.1").Input.Numerator, card.Indicator("1.1").Input.Denominator));
        Assert.Equal(new LocalDate(2024, 2, 6), WorkingCalendar.Vietnam.AddWorkingDays(new LocalDate(2024, 2, 20), -5));
    }

    [Fact]
    public void Publication_Ministry_Needs20WorkingDays()
    {
        // Effective Fri 15 Mar 2024: 20 working days before is Fri 16 Feb (Mar 14-11, 8-4, 1; Feb 29-26, 23-19, 16).
        var data = new ScorecardData([])
        {
            Publications =
            [
                new ProcedurePublication("1/QĐ-BTP", "P1", "BTP", new LocalDate(2024, 2, 16), new LocalDate(2024, 3, 15)),
                new ProcedurePublication("2/QĐ-BTP", "P2", "BTP", new LocalDate(2024, 2, 19), new LocalDate(2024, 3, 15)),
                new ProcedurePublication("3/QĐ-BTP", "P2", "BTP", new LocalDate(2024, 1, 2), new LocalDate(2024, 3, 15)),
            ],
        };
        var input = ScorecardCalculator.Inputs(data, Units, "BTP", Q1)["1.1"];
        // P1 on time; P2 in two decisions, one late: the procedure counts once, as late.
        Assert.Equal((1m, 2m), (input.Numerator, input.Denominator));
    }

    [Fact]
    public void Sync_NoDossiersInAMonth_FallsBackOnLastYearDividedBy12()
    {
        var options = ScorecardOptions.Default with { PriorYearReceived = new Dictionary<string, long> { ["01"] = 1_200 } };
        var input = ScorecardCalculator.Inputs(new ScorecardData([]), Units, "01", ReportingPeriod.Month(2024, 5), options)["1.4"];
        Assert.Equal((0m, 100m), (input.Numerator, input.Denominator));
        Assert.Contains("÷ 12", input.Note, StringComparison.Ordinal);
        Assert.Equal(0m, Decision766.Indicator("1.4").Score(input).Points);
    }

    [Fact]
    public void Petition_RefusedOnTheThirdWorkingDay_IsLate()
    {
        var received = new LocalDateTime(2024, 2, 7, 9, 0); // Wed before Tết: the 2nd working day after is Fri 16 Feb
        var onTime = new Petition("A", "01", received, RefusedAt: new LocalDateTime(2024, 2, 16, 10, 0));
        var late = new Petition("B", "01", received, RefusedAt: new LocalDateTime(2024, 2, 19, 10, 0));
        var asOf = new LocalDate(2024, 3, 31);
        Assert.True(ScorecardCalculator.PetitionOnTime(onTime, asOf, WorkingCalendar.Vietnam, PetitionDeadlines.Decision766));
        Assert.False(ScorecardCalculator.PetitionOnTime(late, asOf, WorkingCalendar.Vietnam, PetitionDeadlines.Decision766));
    }

    [Fact]
    public void Rank_TiesShareARank_AndRoundingDoesNotMerge()
    {
        var inputsA = Decision766.Indicators.ToDictionary(i => i.Code, _ => new IndicatorInput(1, 1));
        var inputsC = new Dictionary<string, IndicatorInput>(inputsA) { ["2.1"] = new IndicatorInput(99_999, 100_000) };
        var inputsD = new Dictionary<string, IndicatorInput>(inputsA) { ["2.1"] = new IndicatorInput(99_998, 100_000) };
        AdministrativeUnit Province(string code) => new(code, "P" + code, GovernmentLevel.Province, null);
        var cards = ScorecardCalculator.Rank(
        [
            ScorecardCalculator.FromInputs(Province("04"), Q1, ["04"], inputsD),
            ScorecardCalculator.FromInputs(Province("02"), Q1, ["02"], inputsA),
            ScorecardCalculator.FromInputs(Province("03"), Q1, ["03"], inputsC),
            ScorecardCalculator.FromInputs(Province("01"), Q1, ["01"], inputsA),
        ]);
        Assert.Equal(["01:1", "02:1", "03:3", "04:4"], cards.Select(c => $"{c.Unit.Code}:{c.Rank}"));
        // 99.9998 and 99.9996 both display as 100.00, yet rank apart.
        Assert.Equal(Scorecard.Display(cards[2].Total), Scorecard.Display(cards[3].Total));
    }
}

using NodaTime;
using Reform.Indicators.Measures;
using Reform.Indicators.Regulations;

namespace Reform.Indicators.Tests.Regulations;

public class BusinessRegulationsTests
{
    private static readonly DateInterval Year2022 = new(new LocalDate(2022, 1, 1), new LocalDate(2022, 12, 31));
    private static readonly LocalDate Resolution76 = new(2021, 7, 15);

    private static BusinessRegulation Regulation(string code, LocalDate? inForceFrom = null, decimal? cost = null, params RegulationChange[] changes) =>
        new(code, $"Quy định {code}", "BCT", "trade", inForceFrom, cost, changes);

    private static RegulationChange Cut(int year, int month, int day) =>
        new(new LocalDate(year, month, day), RegulationChangeKind.Cut, $"QĐ cut {year}-{month}-{day}");

    private static RegulationChange Simplified(int year, int month, int day, decimal? costAfter = null) =>
        new(new LocalDate(year, month, day), RegulationChangeKind.Simplified, $"QĐ simplify {year}-{month}-{day}", costAfter);

    /// <summary>
    /// 4,000 regulations in force on the baseline: 1,041 cut in 2022 (the 2022 review's figure),
    /// 200 simplified in 2022, 300 cut in 2021 or 2023; plus 50 regulations issued in 2022.
    /// </summary>
    private static List<BusinessRegulation> Nation()
    {
        var regulations = new List<BusinessRegulation>();
        int n = 0;
        string Next() => $"BR-{++n:00000}";
        var rng = new Random(2022);
        for (int i = 0; i < 1041; i++)
        {
            var day = Year2022.Start.PlusDays(rng.Next(365));
            regulations.Add(Regulation(Next(), null, null, Cut(day.Year, day.Month, day.Day)));
        }
        for (int i = 0; i < 200; i++)
        {
            regulations.Add(Regulation(Next(), null, null, Simplified(2022, 1 + (i % 12), 10)));
        }
        for (int i = 0; i < 300; i++)
        {
            regulations.Add(Regulation(Next(), null, null, i % 2 == 0 ? Cut(2021, 12, 31) : Cut(2023, 1, 1)));
        }
        for (int i = 0; i < 4000 - 1541; i++)
        {
            regulations.Add(Regulation(Next()));
        }
        for (int i = 0; i < 50; i++)
        {
            regulations.Add(Regulation(Next(), new LocalDate(2022, 3, 1), null, Simplified(2022, 9, 1)));
        }
        return regulations;
    }

    [Fact]
    public void CutIn_2022_CountsTheReviewFigure()
    {
        var nation = Nation();
        Assert.Equal(1041, BusinessRegulations.CutIn(nation, Year2022));
        Assert.Equal(250, BusinessRegulations.SimplifiedIn(nation, Year2022));
        Assert.Equal(1041 + 150, BusinessRegulations.CutIn(nation, new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2023, 1, 1))));
    }

    [Fact]
    public void Shares_AgainstTheResolution76Baseline()
    {
        var nation = Nation();
        Assert.Equal(4000, BusinessRegulations.InForceOn(nation, Resolution76));
        var cut = BusinessRegulations.ShareCut(nation, Resolution76, Year2022);
        Assert.Equal(new Rate(1041, 4000), cut);
        Assert.Equal(26.03m, cut.Percent); // 26.025 rounded half away from zero
        // The regulations issued in 2022 and simplified are not in the baseline.
        Assert.Equal(new Rate(1241, 4000), BusinessRegulations.ShareCutOrSimplified(nation, Resolution76, Year2022));
    }

    [Fact]
    public void SimplifiedThenCut_CountsInBothPeriods()
    {
        var regulation = Regulation("A", null, 1_000m, Simplified(2022, 3, 1, 600m), Cut(2023, 6, 1));
        var year2023 = new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31));
        Assert.Equal(1, BusinessRegulations.SimplifiedIn([regulation], Year2022));
        Assert.Equal(0, BusinessRegulations.CutIn([regulation], Year2022));
        Assert.Equal(1, BusinessRegulations.CutIn([regulation], year2023));
        Assert.Equal(RegulationState.InForce, regulation.StateOn(new LocalDate(2022, 2, 28)));
        Assert.Equal(RegulationState.Simplified, regulation.StateOn(new LocalDate(2022, 3, 1)));
        Assert.Equal(RegulationState.Simplified, regulation.StateOn(new LocalDate(2023, 5, 31)));
        Assert.Equal(RegulationState.Cut, regulation.StateOn(new LocalDate(2023, 6, 1)));
        Assert.Equal([1_000m, 600m, 0m], new[] { new LocalDate(2022, 2, 28), new LocalDate(2022, 3, 1), new LocalDate(2023, 6, 1) }.Select(d => regulation.ComplianceCostOn(d)!.Value));
    }

    [Fact]
    public void SimplifiedAndCutOnTheSameDay_IsOrderedSimplificationFirst()
    {
        var regulation = Regulation("A", null, null, Cut(2022, 5, 1), Simplified(2022, 5, 1));
        Assert.Equal(RegulationChangeKind.Simplified, regulation.Changes[0].Kind);
        Assert.Equal(new LocalDate(2022, 5, 1), regulation.CutDate);
        Assert.False(regulation.IsInForceOn(new LocalDate(2022, 5, 1)));
        Assert.True(regulation.IsInForceOn(new LocalDate(2022, 4, 30)));
    }

    [Fact]
    public void CutTwice_IsRejectedNamingTheRegulation()
    {
        var error = Assert.Throws<ArgumentException>(() => Regulation("BR-7", null, null, Cut(2022, 1, 5), Cut(2022, 2, 5)));
        Assert.Contains("Regulation BR-7 is cut on 2022-01-05, then changed again (2022-02-05 Cut", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangeBeforeComingIntoForce_IsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => Regulation("BR-8", new LocalDate(2022, 6, 1), null, Cut(2022, 5, 31)));
        Assert.Contains("Regulation BR-8 has a change (2022-05-31 Cut", error.Message, StringComparison.Ordinal);
        Assert.Contains("before it comes into force on 2022-06-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CutWithACostAbove0_IsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new RegulationChange(new LocalDate(2022, 1, 1), RegulationChangeKind.Cut, "QĐ 1", 5m));
        Assert.Contains("QĐ 1 cuts the regulation, so its cost after is 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SameCodeTwice_IsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => BusinessRegulations.CutIn([Regulation("A"), Regulation("A")], Year2022));
        Assert.Contains("Regulation A is given more than once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EventsOutsideThePeriod_DoNotCount()
    {
        var regulations = new[] { Regulation("A", null, null, Cut(2021, 12, 31)), Regulation("B", null, null, Cut(2023, 1, 1)), Regulation("C", null, null, Cut(2022, 12, 31)) };
        Assert.Equal(1, BusinessRegulations.CutIn(regulations, Year2022));
        Assert.Equal(0, BusinessRegulations.CutIn([], Year2022));
        Assert.Equal(new Rate(0, 0), BusinessRegulations.ShareCut([], Resolution76, Year2022));
    }

    [Fact]
    public void CostReduction_SumsTheBaselineSet_AndCountsThoseWithoutACost()
    {
        var regulations = new[]
        {
            Regulation("A", null, 1_000_000m, Simplified(2022, 3, 1, 600_000m)),
            Regulation("B", null, 500_000m, Cut(2023, 6, 1)),
            Regulation("C", null, 250_000m, Cut(2026, 1, 1)),        // cut after the comparison date
            Regulation("D", null, null, Cut(2022, 1, 1)),            // no cost estimated
            Regulation("E", new LocalDate(2022, 1, 1), 9_000_000m),  // new: not in the baseline
        };
        var reduction = BusinessRegulations.CostReduction(regulations, Resolution76, new LocalDate(2025, 12, 31));
        Assert.Equal(1_750_000m, reduction.Baseline);
        Assert.Equal(850_000m, reduction.Current);
        Assert.Equal(900_000m, reduction.Reduction);
        Assert.Equal(51.43m, reduction.RelativeReductionPercent); // 900,000 / 1,750,000 = 51.428...%
        Assert.Equal((3L, 1L), (reduction.RegulationsCounted, reduction.RegulationsWithoutCost));
        Assert.Equal("900,000 VND/year (51.43%) over 3 regulations, 1 without a cost", reduction.ToString());
    }

    [Fact]
    public void CostReduction_ComparisonBeforeBaseline_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => BusinessRegulations.CostReduction([], new LocalDate(2025, 1, 1), new LocalDate(2024, 1, 1)));
        Assert.Contains("The comparison date 2024-01-01 is before the baseline date 2025-01-01", error.Message, StringComparison.Ordinal);
        Assert.Null(BusinessRegulations.CostReduction([], Resolution76, Resolution76).RelativeReduction);
    }
}

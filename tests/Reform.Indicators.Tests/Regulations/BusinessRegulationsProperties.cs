using FsCheck.Xunit;
using NodaTime;
using Reform.Indicators.Regulations;

namespace Reform.Indicators.Tests.Regulations;

public class BusinessRegulationsProperties
{
    [Property]
    public void CutIn_SplittingThePeriod_AddsUp(RegulationsSample sample)
    {
        var period = sample.Period;
        var firstPart = new DateInterval(period.Start, period.Start.PlusDays(sample.Split));
        long whole = BusinessRegulations.CutIn(sample.Regulations, period);
        long parts = BusinessRegulations.CutIn(sample.Regulations, firstPart);
        if (firstPart.End < period.End)
        {
            parts += BusinessRegulations.CutIn(sample.Regulations, new DateInterval(firstPart.End.PlusDays(1), period.End));
        }
        Assert.Equal(whole, parts);
        Assert.Equal(sample.Regulations.Count(r => r.CutDate is { } d && period.Start <= d && d <= period.End), whole);
    }

    [Property]
    public void Shares_AreOverTheBaselineSet_AndCutIsASubsetOfCutOrSimplified(RegulationsSample sample)
    {
        var cut = BusinessRegulations.ShareCut(sample.Regulations, sample.Baseline, sample.Period);
        var cutOrSimplified = BusinessRegulations.ShareCutOrSimplified(sample.Regulations, sample.Baseline, sample.Period);
        long inForce = BusinessRegulations.InForceOn(sample.Regulations, sample.Baseline);
        Assert.Equal(inForce, cut.Denominator);
        Assert.Equal(inForce, cutOrSimplified.Denominator);
        Assert.True(cut.Numerator <= cutOrSimplified.Numerator);
        Assert.True(cutOrSimplified.Numerator <= cutOrSimplified.Denominator);
        Assert.True(cut.Numerator <= BusinessRegulations.CutIn(sample.Regulations, sample.Period));
    }

    [Property]
    public void CostReduction_WithFallingCosts_IsBetweenZeroAndTheBaseline(RegulationsSample sample)
    {
        var comparison = sample.Period.End;
        var baseline = sample.Baseline <= comparison ? sample.Baseline : comparison;
        var reduction = BusinessRegulations.CostReduction(sample.Regulations, baseline, comparison);
        Assert.InRange(reduction.Reduction, 0, reduction.Baseline);
        Assert.Equal(BusinessRegulations.InForceOn(sample.Regulations, baseline), reduction.RegulationsCounted + reduction.RegulationsWithoutCost);
        Assert.Equal(0, BusinessRegulations.CostReduction(sample.Regulations, baseline, baseline).Reduction);
    }

    [Property]
    public void StateOn_AgreesWithIsInForceOn(RegulationsSample sample) =>
        Assert.All(sample.Regulations, r =>
        {
            foreach (var day in new[] { sample.Baseline, sample.Period.Start, sample.Period.End })
            {
                var state = r.StateOn(day);
                Assert.Equal(r.IsInForceOn(day), state is RegulationState.InForce or RegulationState.Simplified);
                if (state == RegulationState.Cut && r.ComplianceCost is not null)
                {
                    Assert.Equal(0m, r.ComplianceCostOn(day));
                }
            }
        });
}

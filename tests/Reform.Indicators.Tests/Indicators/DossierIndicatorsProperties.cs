using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Tests.Indicators;

/// <summary>The laws of the counts (docs/specification.md §4), on random realistic dossiers.</summary>
public class DossierIndicatorsProperties
{
    [Property]
    public void Counts_IdentitiesHoldForEveryUnit(Dossier[] dossiers, ReportingPeriod period)
    {
        foreach (var counts in DossierIndicators.CountByUnit(dossiers, period).Values.Append(DossierIndicators.Count(dossiers, period)))
        {
            Assert.Equal(counts.InScope, counts.Resolved + counts.Withdrawn + counts.Stopped + counts.OpenNotDue + counts.OpenOverdue);
            Assert.Equal(counts.InScope, counts.CarriedOver + counts.Received);
            Assert.Equal(counts.Received, counts.ReceivedOnline + counts.ReceivedDirect + counts.ReceivedPostal);
            Assert.Equal(counts.Resolved, counts.ResolvedEarly + counts.ResolvedOnTime + counts.ResolvedLate);
            Assert.InRange(counts.HandledOnTime, 0, counts.InScope);
        }
    }

    [Property]
    public Property Counts_DoNotDependOnInputOrder(Dossier[] dossiers, ReportingPeriod period) =>
        Prop.ForAll(Gen.Shuffle(dossiers).ToArbitrary(), shuffled =>
            DossierIndicators.Count(shuffled, period) == DossierIndicators.Count(dossiers, period)
            && DossierIndicators.CountByUnit(shuffled, period).SequenceEqual(DossierIndicators.CountByUnit(dossiers, period)));

    [Property]
    public Property Counts_OfAnySplitMergeToTheWhole(Dossier[] dossiers, ReportingPeriod period) =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 3), dossiers.Length).ToArbitrary(), parts =>
        {
            var merged = Enumerable.Range(0, 4)
                .Select(part => DossierIndicators.Count(dossiers.Where((_, i) => parts[i] == part), period))
                .Aggregate(default(DossierCounts), (a, b) => a + b);
            return merged == DossierIndicators.Count(dossiers, period);
        });

    [Property]
    public bool Counts_NationalEqualsSumOverUnits(Dossier[] dossiers, ReportingPeriod period) =>
        DossierIndicators.CountByUnit(dossiers, period).Values.Aggregate(default(DossierCounts), DossierCounts.Add)
        == DossierIndicators.Count(dossiers, period);

    [Property]
    public bool Add_IsAssociativeAndCommutativeWithZero(Dossier[] a, Dossier[] b, Dossier[] c, ReportingPeriod period)
    {
        var (x, y, z) = (DossierIndicators.Count(a, period), DossierIndicators.Count(b, period), DossierIndicators.Count(c, period));
        return (x + y) + z == x + (y + z) && x + y == y + x && x + default(DossierCounts) == x;
    }

    [Property]
    public bool Classify_OpenOnlyWhenNotFinishedInPeriod(Dossier[] dossiers, ReportingPeriod period) =>
        dossiers.All(d =>
        {
            var c = DossierClassifier.Classify(d, period);
            bool finishedInPeriod = d.FinishedAt is { } f && period.Contains(f);
            return !c.InScope
                || (c.Outcome == DossierOutcome.Open) != finishedInPeriod
                && (c.Outcome == DossierOutcome.Open) == (c.Timeliness is Timeliness.NotYetDue or Timeliness.Overdue);
        });

    [Property]
    public bool Classify_MultipleRequestsPolicy_OnlyEverMakesThingsWorse(Dossier[] dossiers, ReportingPeriod period)
    {
        var strict = DossierIndicators.Count(dossiers, period);
        var lenient = DossierIndicators.Count(dossiers, period, new ClassificationPolicy { MultipleSupplementRequestsAreLate = false });
        return strict.HandledOnTime <= lenient.HandledOnTime
            && strict.ResolvedLate >= lenient.ResolvedLate
            && strict.InScope == lenient.InScope;
    }
}

using FsCheck;
using FsCheck.Xunit;
using Reform.Indicators.Indicators;
using Reform.Indicators.Scorecards;
using Reform.Indicators.Scorecards.Indicators;

namespace Reform.Indicators.Tests.Scorecards;

/// <summary>The laws of the Decision 766 indicator objects: tallies merge, and each reads exactly the data it declares.</summary>
public class ScorecardIndicatorProperties
{
    private static IEnumerable<ScorecardOptions> OptionVariants(string unit, int priorYear) =>
    [
        ScorecardSample.Options,
        ScorecardSample.Options with
        {
            MultiplyOnlineShareBySyncRate = true,
            PriorYearReceived = new Dictionary<string, long> { [unit] = priorYear },
        },
    ];

    [Property(MaxTest = 150)]
    public void Tallies_OfASplitOfTheRecords_MergeToTheTallyOfThemAll(ScorecardSample sample, ReportingPeriod period, PositiveInt priorYear, int seed)
    {
        foreach (var unit in ScorecardSample.Hierarchy.Units.Select(u => u.Code))
        {
            foreach (var options in OptionVariants(unit, priorYear.Get))
            {
                var scope = new ScorecardRecords(sample.Data, period, options)
                    .For(ScorecardSample.Hierarchy, unit, ScorecardCalculator.Scope(ScorecardSample.Hierarchy, unit, options));
                var random = new Random(seed);
                var dossiers = scope.Dossiers().Select(d => (d, random.Next(2) == 0)).ToArray();
                var publications = scope.Publications().Select(p => (p, random.Next(2) == 0)).ToArray();
                var petitions = scope.Petitions().Select(p => (p, random.Next(2) == 0)).ToArray();
                foreach (var indicator in Decision766Indicators.All)
                {
                    var whole = indicator.Start(scope);
                    scope.TallyAll([whole]);
                    var left = indicator.Start(scope);
                    var right = indicator.Start(scope);
                    foreach (var (d, toLeft) in dossiers)
                    {
                        (toLeft ? left : right).Add(d);
                    }
                    foreach (var (p, toLeft) in publications)
                    {
                        (toLeft ? left : right).Add(p);
                    }
                    foreach (var (p, toLeft) in petitions)
                    {
                        (toLeft ? left : right).Add(p);
                    }
                    left.Merge(right);
                    Assert.True(whole.Finish() == left.Finish(), $"{unit} {indicator.Code}: whole {whole.Finish()}, merged halves {left.Finish()}");
                }
            }
        }
    }

    [Property(MaxTest = 150)]
    public void Inputs_ReadOnlyTheDeclaredData_AndAMissingRequiredPartIsNoData(ScorecardSample sample, ReportingPeriod period, byte removedBits)
    {
        var removed = (ScorecardDataPart)(removedBits & 63);
        var data = ScorecardDataParts.Without(sample.Data, removed);
        var held = HeldData.Of(data);
        foreach (var unit in ScorecardSample.Hierarchy.Units.Select(u => u.Code))
        {
            var full = ScorecardCalculator.Inputs(sample.Data, ScorecardSample.Hierarchy, unit, period, ScorecardSample.Options);
            var partial = ScorecardCalculator.Inputs(data, ScorecardSample.Hierarchy, unit, period, ScorecardSample.Options);
            foreach (var indicator in Decision766Indicators.All)
            {
                var input = partial.GetValueOrDefault(indicator.Code);
                Assert.Equal(indicator.IsComputed, partial.ContainsKey(indicator.Code));
                if ((indicator.Reads & removed) == 0)
                {
                    // Removing data it does not declare changes nothing: the declaration is complete.
                    Assert.True(full.GetValueOrDefault(indicator.Code) == input, $"{unit} {indicator.Code} changed without {removed}, which it does not read");
                }
                var missing = indicator.Needs.Where(n => n.Required && (removed.HasFlag(n.Part) || !held.Meets(n))).ToArray();
                if (missing.Length > 0)
                {
                    // Without a part it requires, nothing can be credited, and the declaration says "no data".
                    Assert.True(input.Numerator == 0, $"{unit} {indicator.Code}: {input} without {string.Join(", ", missing.Select(n => n.What))}");
                    if (missing.Any(n => !held.Meets(n)))
                    {
                        Assert.Equal(DataCoverage.None, indicator.CoverageIn(held, ScorecardSample.Options));
                    }
                }
                else if (indicator.IsComputed)
                {
                    Assert.NotEqual(DataCoverage.None, indicator.CoverageIn(held, ScorecardSample.Options));
                }
            }
        }
    }

    [Fact]
    public void EveryIndicator_OfTheLayouts_IsOneObject_InDisplayOrder()
    {
        Assert.Equal(Decision766.Indicators.Select(i => i.Code), Decision766Indicators.All.Select(i => i.Code));
        Assert.Equal(Decision766Indicators.All.Count, Decision766Indicators.All.Select(i => i.Code).Distinct().Count());
        foreach (var layout in Decision766.Catalogue.Layouts)
        {
            Assert.Equal(Decision766Indicators.All.Select(i => i.Definition), layout.Indicators);
        }
        Assert.Equal(["4.6"], Decision766Indicators.All.Where(i => !i.IsComputed).Select(i => i.Code));
    }
}

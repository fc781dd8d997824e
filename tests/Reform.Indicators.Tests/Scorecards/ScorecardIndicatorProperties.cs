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

    [Property(MaxTest = 200)]
    public void Inputs_AreThoseOfTheStringKeyedMethod(ScorecardSample sample, ReportingPeriod period, PositiveInt priorYear)
    {
        foreach (var unit in ScorecardSample.Hierarchy.Units.Select(u => u.Code))
        {
            foreach (var options in OptionVariants(unit, priorYear.Get))
            {
                var legacy = ScorecardCalculator.LegacyInputs(sample.Data, ScorecardSample.Hierarchy, unit, period, options);
                var objects = ScorecardCalculator.Inputs(sample.Data, ScorecardSample.Hierarchy, unit, period, options);
                Assert.Equal(legacy.Keys.Order(StringComparer.Ordinal), objects.Keys.Order(StringComparer.Ordinal));
                foreach (var (code, input) in legacy)
                {
                    Assert.True(input == objects[code], $"{unit} {code}: {input} (string-keyed) != {objects[code]} (objects)");
                }
            }
        }
    }
}

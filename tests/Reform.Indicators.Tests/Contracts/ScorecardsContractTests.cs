using FsCheck.Xunit;
using Reform.Indicators.Scorecards;

namespace Reform.Indicators.Tests.Contracts;

/// <summary>The shared value-type laws applied to the scorecard's value types.</summary>
public class ScorecardsContractTests
{
    [Property]
    public void IndicatorInput_Equality(IndicatorInput x, IndicatorInput y, bool copy) =>
        ValueContract.Equality(x, copy ? new IndicatorInput(x.Numerator, x.Denominator, x.Note) : y, (a, b) => a == b, (a, b) => a != b);
}

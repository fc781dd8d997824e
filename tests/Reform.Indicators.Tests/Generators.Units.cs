using FsCheck;
using FsCheck.Fluent;
using Reform.Indicators.Tests.Units;

namespace Reform.Indicators.Tests;

public static partial class Generators
{
    /// <summary>
    /// Random realistic unit sets across a reorganisation (<see cref="UnitsSample"/>), built from
    /// a tape of random numbers; the tape's length grows with the size, so early tests are small.
    /// </summary>
    public static Arbitrary<UnitsSample> UnitsSample() => Arb.From(
        Gen.Sized(size => Gen.ArrayOf(Gen.Choose(0, 9_999), 8 + size)).Select(Tests.Units.UnitsSample.Build));
}

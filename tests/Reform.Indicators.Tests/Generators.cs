using FsCheck;
using FsCheck.Fluent;
using Reform.Indicators.Measures;

[assembly: FsCheck.Xunit.Properties(Arbitrary = new[] { typeof(Reform.Indicators.Tests.Generators) }, MaxTest = 300)]

namespace Reform.Indicators.Tests;

/// <summary>
/// The one place where the test project's generators live (one partial file per folder:
/// Generators.Calendars.cs, ...); registered for every property of
/// the assembly. Values are valid by construction (no filtering), and cover the edges: empty
/// denominators, tiny units with a handful of dossiers, and national totals.
/// </summary>
public static partial class Generators
{
    /// <summary>Counts from 0 to about 2^51: small ones often (equal values, ties), huge ones too.</summary>
    public static Gen<long> Count { get; } = Gen.Frequency(
        (4, Gen.Choose(0, 12).Select(i => (long)i)),
        (3, Gen.Choose(0, 1_000_000).Select(i => (long)i)),
        (2, from high in Gen.Choose(0, 1 << 20)
            from low in Gen.Choose(0, int.MaxValue)
            select ((long)high << 31) | (uint)low));

    /// <summary>A share: 0 ≤ numerator ≤ denominator, including 0/0, 0/D and D/D.</summary>
    public static Arbitrary<Rate> Rate() => Arb.From(
        from denominator in Count
         from numerator in Gen.Frequency(
             (1, Gen.Constant(0L)),
             (1, Gen.Constant(denominator)),
             (6, Gen.Choose(0, int.MaxValue).Select(k => (long)((Int128)denominator * k / int.MaxValue))))
        select new Rate(numerator, denominator),
        Shrink);

    /// <summary>A change between two counts.</summary>
    public static Arbitrary<Change> Change() =>
        (from before in Count from after in Count select global::Reform.Indicators.Measures.Change.Between(before, after)).ToArbitrary();

    /// <summary>A change between two rates.</summary>
    public static Arbitrary<Delta> Delta() =>
        (from before in Rate().Generator from after in Rate().Generator select global::Reform.Indicators.Measures.Delta.Between(before, after)).ToArbitrary();

    private static IEnumerable<Rate> Shrink(Rate rate)
    {
        if (rate.Denominator == 0)
        {
            yield break;
        }
        yield return default;
        long denominator = rate.Denominator / 2;
        yield return new Rate(Math.Min(rate.Numerator, denominator), denominator);
        if (rate.Numerator > 0)
        {
            yield return new Rate(rate.Numerator / 2, rate.Denominator);
        }
    }
}

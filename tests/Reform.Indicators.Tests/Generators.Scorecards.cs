using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Petitions;
using Reform.Indicators.Procedures;
using Reform.Indicators.Scorecards;
using Reform.Indicators.Tests.Scorecards;
using Reform.Indicators.Units;

namespace Reform.Indicators.Tests;

public static partial class Generators
{
    /// <summary>Procedure codes of <see cref="ScorecardSample"/>'s catalogue.</summary>
    public static IReadOnlyList<string> ScorecardProcedureCodes { get; } = ["1.004227", "2.000815", "1.001193", "3.000160"];

    /// <summary>Unit codes of <see cref="ScorecardSample"/>: a ministry, its branch, two provinces, districts, communes.</summary>
    public static IReadOnlyList<string> ScorecardUnitCodes { get; } = ["BTP", "BTP-01", "01", "001", "002", "00004", "00007", "00010", "79", "00020"];

    /// <summary>An indicator input: numerator and denominator from 0 to 1,000 (numerator may exceed the denominator, as with a fallback), often 0.</summary>
    public static Arbitrary<IndicatorInput> IndicatorInput() => Arb.From(
        from denominator in Gen.Frequency((1, Gen.Constant(0)), (5, Gen.Choose(1, 1_000)))
        from numerator in Gen.Frequency((8, Gen.Choose(0, denominator)), (1, Gen.Choose(0, 1_200)))
        from fraction in Gen.Elements(0m, 0.5m, 0.25m)
        select new IndicatorInput(numerator, denominator + (denominator > 0 ? fraction : 0)));

    /// <summary>Random records over a fixed small hierarchy: dossiers with details, procedures with details, publications, petitions.</summary>
    public static Arbitrary<ScorecardSample> ScorecardSample() => Arb.From(
        from dossiers in Dossiers().Generator
        from placement in Gen.ArrayOf(Gen.Choose(0, 9_999), 64)
        from flags in Gen.ArrayOf(Gen.Choose(0, 1 << 12), 64)
        from procedureFlags in Gen.ArrayOf(Gen.Choose(0, 1 << 10), ScorecardProcedureCodes.Count)
        from publicationCount in Gen.Choose(0, 12)
        from publicationDays in Gen.ArrayOf(Gen.Choose(0, 540), publicationCount)
        from petitionMinutes in Gen.ArrayOf(Gen.Choose(0, 540 * 24 * 60), 30)
        select Tests.Scorecards.ScorecardSample.Build(dossiers, placement, flags, procedureFlags, publicationDays, petitionMinutes));
}

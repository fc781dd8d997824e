using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Reform.Indicators.Procedures;
using Reform.Indicators.Tests.Procedures;

namespace Reform.Indicators.Tests;

public static partial class Generators
{
    /// <summary>A procedure-change decision with a given number: 1–6 distinct procedures, any kinds, dated 2021–2025.</summary>
    public static Gen<ProcedureChangeDecision> ProcedureChangeDecision(int number) =>
        from date in ProgrammeDay
        from issuer in Gen.Elements("BTP", "BCT", "01", "79", "24")
        from procedures in Gen.Choose(1, 6)
        from kinds in Gen.ListOf(Gen.Elements(Enum.GetValues<ProcedureChangeKind>()), procedures)
        select new ProcedureChangeDecision(
            $"{number}/QĐ-{issuer}", date, issuer,
            kinds.Select((kind, i) => new ProcedureChange($"{1 + (i % 2)}.{number * 10 + i:000000}", kind)));

    /// <summary>Decisions with distinct numbers, a period and a split point inside it.</summary>
    public static Arbitrary<DecisionsSample> DecisionsSample() => Arb.From(
        from count in Gen.Sized(size => Gen.Choose(0, size))
        from decisions in Gen.CollectToArray(Enumerable.Range(1, count), ProcedureChangeDecision)
        from first in ProgrammeDay
        from length in Gen.Choose(0, 800)
        from split in Gen.Choose(0, 800)
        select new DecisionsSample(decisions, new DateInterval(first, first.PlusDays(length)), Math.Min(split, length)));

    /// <summary>Counts by kind, from 0 to a million each.</summary>
    public static Arbitrary<ProcedureChangeCounts> ProcedureChangeCounts() => Arb.From(
        from counts in Gen.ListOf(Gen.Choose(0, 1_000_000), 4)
        select new ProcedureChangeCounts(counts[0], counts[1], counts[2], counts[3]));
}

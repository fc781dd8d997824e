using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Reform.Indicators.Regulations;
using Reform.Indicators.Tests.Regulations;

namespace Reform.Indicators.Tests;

public static partial class Generators
{
    private static readonly LocalDate ReformProgrammeStart = new(2021, 1, 1);

    /// <summary>A day from 2021 to 2025 (the Resolution 76/NQ-CP programme's first five years).</summary>
    public static Gen<LocalDate> ProgrammeDay { get; } = Gen.Choose(0, (5 * 365) + 1).Select(d => ReformProgrammeStart.PlusDays(d));

    /// <summary>One regulation (code given): some new, some simplified (costs falling), some cut, some without a cost.</summary>
    public static Gen<BusinessRegulation> Regulation(string code) =>
        from inForceFrom in Gen.Frequency((3, Gen.Constant((LocalDate?)null)), (1, ProgrammeDay.Select(d => (LocalDate?)d)))
        from cost in Gen.Frequency((1, Gen.Constant((decimal?)null)), (4, Gen.Choose(0, 50_000).Select(c => (decimal?)(c * 1_000m))))
        from offsets in Gen.ListOf(Gen.Choose(0, 1200), 3)
        from simplifications in Gen.Choose(0, 2)
        from isCut in Gen.Elements(true, false)
        from savings in Gen.Choose(1, 9)
        select Build(code, inForceFrom, cost, offsets, simplifications, isCut, savings);

    /// <summary>A set of regulations with distinct codes.</summary>
    public static Arbitrary<RegulationsSample> RegulationsSample() => Arb.From(
        from count in Gen.Sized(size => Gen.Choose(0, size))
        from regulations in Gen.CollectToArray(Enumerable.Range(1, count), i => Regulation($"BR-{i:0000}"))
        from baseline in ProgrammeDay
        from first in ProgrammeDay
        from length in Gen.Choose(0, 800)
        from split in Gen.Choose(0, 800)
        select new RegulationsSample(regulations, baseline, new DateInterval(first, first.PlusDays(length)), Math.Min(split, length)));

    private static BusinessRegulation Build(
        string code, LocalDate? inForceFrom, decimal? cost, IReadOnlyList<int> offsets, int simplifications, bool isCut, int savings)
    {
        var start = inForceFrom ?? ReformProgrammeStart;
        var dates = offsets.Select(o => start.PlusDays(o)).Order().ToArray();
        var changes = new List<RegulationChange>();
        decimal? current = cost;
        for (int i = 0; i < simplifications; i++)
        {
            current = current is { } c ? Math.Round(c * savings / 10m, 0) : null;
            changes.Add(new RegulationChange(dates[i], RegulationChangeKind.Simplified, $"QĐ {code}/{i}", i == 0 ? null : current));
        }
        if (isCut)
        {
            changes.Add(new RegulationChange(dates[2], RegulationChangeKind.Cut, $"QĐ {code}/cut"));
        }
        return new BusinessRegulation(code, $"Quy định {code}", "BCT", "trade", inForceFrom, cost, changes);
    }
}

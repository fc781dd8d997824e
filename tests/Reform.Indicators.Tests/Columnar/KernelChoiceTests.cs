using System.Runtime.Intrinsics.X86;
using NodaTime;
using Reform.Indicators.Columnar;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Kernels = Reform.Indicators.Columnar.ColumnarIndicators.Kernels;

namespace Reform.Indicators.Tests.Columnar;

/// <summary>
/// Which kernel a count uses. Every kernel gives the same counts (<see cref="KernelEdgeProperties"/>,
/// <see cref="VectorKernelProperties"/>), so a count that silently fell back to a narrower one would pass
/// every other test, only slower: these pin the choice — the widest kernel the processor has, up to the
/// one asked, and the 16-bit or permuted period look-ups only where the periods allow them.
/// </summary>
public class KernelChoiceTests
{
    // The kernels are internal: a test's parameter takes their number.
    public static TheoryData<int> EveryKernel => [.. Enum.GetValues<Kernels>().Select(k => (int)k)];

    private static readonly ReportingPeriod[] Months2022 = [.. Enumerable.Range(1, 12).Select(m => ReportingPeriod.Month(2022, m))];

    // The widest kernel this processor has, stated here from the instruction sets each one needs.
    private static Kernels Widest =>
        Avx512F.IsSupported && Avx512BW.IsSupported && Avx512Vbmi.IsSupported && Avx512Vbmi2.IsSupported ? Kernels.Vector512Words
        : Avx512F.IsSupported && Avx512BW.IsSupported && Avx512Vbmi.IsSupported ? Kernels.Vector512Vbmi
        : Avx512F.IsSupported && Avx512BW.IsSupported ? Kernels.Vector512
        : Avx2.IsSupported ? Kernels.Vector256
        : Kernels.Scalar;

    // 500 dossiers of 7 units in 2022; with optional facts, every fifth names the unit that received it
    // (its own or another) and says whether its result was electronic.
    private static DossierTable Table(bool sorted, bool optionalFacts = false)
    {
        var dossiers = Enumerable.Range(0, 500).Select(i =>
        {
            var received = new LocalDate(2022, 1, 1).PlusDays(i % 365).At(new LocalTime(9, 0));
            var dossier = new Dossier($"D{i}", $"U{i % 7}", "1.004227", (DossierChannel)(i % 3), received, received.PlusDays(10),
                DossierStatus.Completed, received.PlusDays(i % 20));
            return optionalFacts && i % 5 == 0 ? dossier with { ReceivingUnitCode = $"U{i % 3}", ResultElectronic = i % 2 == 0 } : dossier;
        });
        var table = DossierTable.From(dossiers);
        if (sorted)
        {
            table.SortByUnit();
        }
        return table;
    }

    // The name the count's choice should give for a sorted table, asking for kernels up to asked.
    private static string Expected(Kernels asked, bool periodsFitWords, bool periodsFitBlocks)
    {
        var kernel = (Kernels)Math.Min((int)asked, (int)Widest);
        string periods = periodsFitBlocks ? "BlockPeriods" : "GatheredPeriods";
        return kernel switch
        {
            Kernels.Vector512Words when periodsFitWords => "UnitKernelWords",
            Kernels.Vector512Words or Kernels.Vector512Vbmi => $"UnitKernel512<{periods}, PermutedFlags>",
            Kernels.Vector512 => $"UnitKernel512<{periods}, GatheredFlags>",
            Kernels.Vector256 => "VectorKernel",
            _ => "CountSorted",
        };
    }

    [Theory]
    [MemberData(nameof(EveryKernel))]
    public void SortedTable_TheMonthsOfAYear_UseTheWidestKernelUpToTheOneAsked(int asked)
    {
        var kernel = (Kernels)asked;
        Assert.Equal([Expected(kernel, periodsFitWords: true, periodsFitBlocks: true)], ColumnarIndicators.UnitKernelNames(Table(sorted: true), Months2022, kernel));
    }

    [Fact]
    public void Count_ByDefault_AsksForEveryKernel()
    {
        // Count(table, periods) asks for WidestKernels: the widest there is, so the processor's widest is used.
        Assert.Equal(ColumnarIndicators.WidestKernels, Enum.GetValues<Kernels>().Max());
        Assert.Equal([Expected(Widest, true, true)], ColumnarIndicators.UnitKernelNames(Table(sorted: true), Months2022, ColumnarIndicators.WidestKernels));
    }

    [Theory]
    [MemberData(nameof(EveryKernel))]
    public void SortedTable_WeeksOrTwoYears_LookTheirPeriodsUpByGathering(int asked)
    {
        // Periods of 7 days change twice within a 16-day block; a run of 730 days is longer than the
        // 512 days the permuted look-up holds: both gather, and neither fits the 16-bit kernel.
        var kernel = (Kernels)asked;
        var monday = new LocalDate(2022, 1, 3);
        ReportingPeriod[] weeks = [.. Enumerable.Range(0, 8).Select(w => ReportingPeriod.Between(monday.PlusWeeks(w), monday.PlusWeeks(w).PlusDays(6)))];
        ReportingPeriod[] twoYears = [ReportingPeriod.Between(new LocalDate(2021, 1, 1), new LocalDate(2022, 12, 31))];
        string expected = Expected(kernel, periodsFitWords: false, periodsFitBlocks: false);
        Assert.Equal([expected], ColumnarIndicators.UnitKernelNames(Table(sorted: true), weeks, kernel));
        Assert.Equal([expected], ColumnarIndicators.UnitKernelNames(Table(sorted: true), twoYears, kernel));
    }

    [Fact]
    public void SortedTable_WithOptionalFacts_CountsThemInTheSameKernel()
    {
        var table = Table(sorted: true, optionalFacts: true);
        Assert.NotEqual(0UL, table.ExtrasSeen); // the vector kernels count them in groups of their own
        Assert.Equal([Expected(Kernels.Vector512Words, true, true)], ColumnarIndicators.UnitKernelNames(table, Months2022, Kernels.Vector512Words));
    }

    [Fact]
    public void AYearAndItsMonths_AreTwoRuns_EachCountedTheSameWay()
    {
        // A year and its months overlap: two runs (the months, then the year), each counted the same way;
        // the year's table (367 days, one period) fits the 16-bit kernel too.
        ReportingPeriod[] yearAndMonths = [ReportingPeriod.Year(2022), .. Months2022];
        Assert.Equal(["CountScattered", "CountScattered"], ColumnarIndicators.UnitKernelNames(Table(sorted: false), yearAndMonths, Kernels.Vector512Words));
        string sorted = Expected(Kernels.Vector512Words, true, true);
        Assert.Equal([sorted, sorted], ColumnarIndicators.UnitKernelNames(Table(sorted: true), yearAndMonths, Kernels.Vector512Words));
    }
}

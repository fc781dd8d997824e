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
    private static readonly ReportingPeriod[] Months2022 = [.. Enumerable.Range(1, 12).Select(m => ReportingPeriod.Month(2022, m))];

    // The widest kernel this processor has, stated here from the instruction sets each one needs.
    private static Kernels Widest =>
        Avx512F.IsSupported && Avx512BW.IsSupported && Avx512Vbmi.IsSupported && Avx512Vbmi2.IsSupported ? Kernels.Vector512Words
        : Avx512F.IsSupported && Avx512BW.IsSupported && Avx512Vbmi.IsSupported ? Kernels.Vector512Vbmi
        : Avx512F.IsSupported && Avx512BW.IsSupported ? Kernels.Vector512
        : Avx2.IsSupported ? Kernels.Vector256
        : Kernels.Scalar;

    private static DossierTable Table(bool sorted)
    {
        var dossiers = Enumerable.Range(0, 500).Select(i =>
        {
            var received = new LocalDate(2022, 1, 1).PlusDays(i % 365).At(new LocalTime(9, 0));
            return new Dossier($"D{i}", $"U{i % 7}", "1.004227", (DossierChannel)(i % 3), received, received.PlusDays(10),
                DossierStatus.Completed, received.PlusDays(i % 20));
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
    [InlineData((int)Kernels.Vector512Words)]
    [InlineData((int)Kernels.Vector512Vbmi)]
    [InlineData((int)Kernels.Vector512)]
    [InlineData((int)Kernels.Vector256)]
    [InlineData((int)Kernels.Scalar)]
    public void SortedTable_TheMonthsOfAYear_UseTheWidestKernelUpToTheOneAsked(int asked)
    {
        // The kernels are internal: a test's parameter takes their number.
        var kernel = (Kernels)asked;
        Assert.Equal([Expected(kernel, periodsFitWords: true, periodsFitBlocks: true)], ColumnarIndicators.UnitKernelNames(Table(sorted: true), Months2022, kernel));
    }

    [Fact]
    public void SortedTable_ByDefault_UsesTheWidestKernelTheProcessorHas()
    {
        // Count(table, periods) asks for the widest there is.
        Assert.Equal([Expected(Kernels.Vector512Words, true, true)], ColumnarIndicators.UnitKernelNames(Table(sorted: true), Months2022, Kernels.Vector512Words));
        Assert.Equal(Kernels.Vector512Words, Enum.GetValues<Kernels>().Max());
    }

    [Fact]
    public void SortedTable_WeeksOrTwoYears_LookTheirPeriodsUpByGathering()
    {
        // Periods of 7 days change twice within a 16-day block; a run of 730 days is longer than the
        // 512 days the permuted look-up holds: both gather, and neither fits the 16-bit kernel.
        var monday = new LocalDate(2022, 1, 3);
        ReportingPeriod[] weeks = [.. Enumerable.Range(0, 8).Select(w => ReportingPeriod.Between(monday.PlusWeeks(w), monday.PlusWeeks(w).PlusDays(6)))];
        ReportingPeriod[] twoYears = [ReportingPeriod.Between(new LocalDate(2021, 1, 1), new LocalDate(2022, 12, 31))];
        string expected = Expected(Kernels.Vector512Words, periodsFitWords: false, periodsFitBlocks: false);
        Assert.Equal([expected], ColumnarIndicators.UnitKernelNames(Table(sorted: true), weeks, Kernels.Vector512Words));
        Assert.Equal([expected], ColumnarIndicators.UnitKernelNames(Table(sorted: true), twoYears, Kernels.Vector512Words));
    }

    [Fact]
    public void TableNotSorted_IsCountedScattered_AndARunEach()
    {
        // A year and its months overlap: two runs, each counted the same way.
        ReportingPeriod[] yearAndMonths = [ReportingPeriod.Year(2022), .. Months2022];
        Assert.Equal(["CountScattered", "CountScattered"], ColumnarIndicators.UnitKernelNames(Table(sorted: false), yearAndMonths, Kernels.Vector512Words));
        Assert.Equal(2, ColumnarIndicators.UnitKernelNames(Table(sorted: true), yearAndMonths, Kernels.Vector512Words).Length);
    }
}

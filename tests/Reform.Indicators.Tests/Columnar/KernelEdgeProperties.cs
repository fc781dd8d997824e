using FsCheck.Xunit;
using NodaTime;
using Reform.Indicators.Columnar;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Tests.Columnar;

/// <summary>
/// The kernels at the edges the generators of <see cref="ColumnarProperties"/> do not reach, each count
/// equal to the simple path's (<see cref="DossierIndicators.CountByUnit"/>): days 65,536 or more from the
/// run and far before it (the 16-bit kernel's saturation), runs in 1900 and 9000, period tables around
/// the 512-day limit, periods of 8 days aligned to the 16-day blocks, one unit of more than 65,536 rows,
/// and a result large enough that its pages are faulted in by one thread while another writes cells.
/// </summary>
public class KernelEdgeProperties
{
    private static readonly DossierStatus[] Statuses = Enum.GetValues<DossierStatus>();
    private static readonly ReportingPeriod[] Months2022 = [.. Enumerable.Range(1, 12).Select(m => ReportingPeriod.Month(2022, m))];

    // Days of a dossier: near the run, or 65,536 days or more from it (16-bit saturation), or far before.
    private static LocalDateTime Day(Random rng, LocalDate runStart, int runDays)
    {
        int pick = rng.Next(6);
        int offset = pick switch
        {
            0 => -70_000 - rng.Next(1000),
            1 => 70_000 + rng.Next(1000),
            2 => 65_530 + rng.Next(12),
            3 => -rng.Next(40),
            _ => rng.Next(runDays + 40),
        };
        var date = runStart.PlusDays(offset);
        return date.At(new LocalTime(rng.Next(24), rng.Next(60)));
    }

    private static Dossier[] Make(int seed, int count, LocalDate runStart, int runDays, int units)
    {
        var rng = new Random(seed);
        var list = new List<Dossier>();
        for (int i = 0; i < count; i++)
        {
            var received = Day(rng, runStart, runDays);
            var status = Statuses[rng.Next(Statuses.Length)];
            var due = received.PlusDays(rng.Next(3) == 0 ? rng.Next(70_000) : rng.Next(60));
            LocalDateTime? finished = status.IsFinal() ? received.PlusDays(rng.Next(3) == 0 ? rng.Next(70_000) : rng.Next(60)) : null;
            LocalDateTime? requested = status == DossierStatus.AwaitingSupplement ? received.PlusDays(rng.Next(100)) : null;
            list.Add(new Dossier($"D{i}", $"U{i % units}", "1.004227", (DossierChannel)rng.Next(3), received, due, status, finished,
                status == DossierStatus.AwaitingSupplement ? 1 : 0, requested));
        }
        return [.. list.OrderBy(d => d.UnitCode, StringComparer.Ordinal)];
    }

    [Property(MaxTest = 60)]
    public void FarDays_NegativeAndNearLimitRuns_EveryKernel_EqualsTheSimplePath(int seed, byte shape, byte kernel)
    {
        // Runs of 17- or 18-day periods whose table is 493–540 days (around the 512-day limit), in 1900, 2022 or 9000.
        int year = (shape % 3) switch { 0 => 1900, 1 => 2022, _ => 9000 };
        int days = 17 + (shape % 2), count = 29 + ((shape / 2) % 2);
        var start = new LocalDate(year, 1, 1);
        ReportingPeriod[] periods = [.. Enumerable.Range(0, count).Select(k => ReportingPeriod.Between(start.PlusDays(k * days), start.PlusDays(((k + 1) * days) - 1)))];
        var all = Make(seed, 300 + (seed & 511), start, days * count, 1 + (shape % 5));
        var table = DossierTable.From(all);
        table.SortByUnit();
        var counts = ColumnarIndicators.Count(table, periods, null, 1 + (shape % 2), 7, (ColumnarIndicators.Kernels)(kernel % 5));
        AssertEqualsTheSimplePath(all, periods, counts);
    }

    [Property(MaxTest = 3)]
    public void OneUnitOfMoreThan65536Rows_Words_EqualsTheSimplePath(int seed)
    {
        var start = new LocalDate(2022, 1, 1);
        var all = Make(seed, 70_001, start, 365, 1);
        var table = DossierTable.From(all);
        var counts = ColumnarIndicators.Count(table, Months2022, null, 2, 7, ColumnarIndicators.Kernels.Vector512Words);
        AssertEqualsTheSimplePath(all, Months2022, counts);
    }

    [Property(MaxTest = 40)]
    public void EightDayPeriodsAlignedToBlocks_EveryKernel_EqualsTheSimplePath(int seed, byte shape, byte kernel)
    {
        // A first period of 15 days, then 8-day periods: one change inside each 16-day block and one at its
        // start, so PeriodBlocks accepts the table and m reaches 61 (stride 62).
        var start = new LocalDate(2022, 1, 1);
        int count = 1 + (shape % 61);
        var list = new List<ReportingPeriod> { ReportingPeriod.Between(start, start.PlusDays(14)) };
        for (int k = 0; k < count; k++)
        {
            list.Add(ReportingPeriod.Between(start.PlusDays(15 + (8 * k)), start.PlusDays(15 + (8 * k) + 7)));
        }
        var periods = list.ToArray();
        Assert.NotNull(ColumnarIndicators.BlockWords(ColumnarIndicators.PeriodBlocks(SlotTableOf(periods), 1)));
        var all = Make(seed, 200 + (seed & 511), start, 15 + (8 * count), 1 + (shape % 5));
        var table = DossierTable.From(all);
        table.SortByUnit();
        var counts = ColumnarIndicators.Count(table, periods, null, 1 + (shape % 2), 7, (ColumnarIndicators.Kernels)(kernel % 5));
        AssertEqualsTheSimplePath(all, periods, counts);
    }

    private static void AssertEqualsTheSimplePath(Dossier[] all, ReportingPeriod[] periods, PartialCounts counts)
    {
        foreach (var period in periods)
        {
            Assert.Equal(DossierIndicators.CountByUnit(all, period), counts.ByUnit(period));
        }
    }

    private static int[] SlotTableOf(ReportingPeriod[] periods)
    {
        var table = new List<int> { -1 };
        for (int k = 0; k < periods.Length; k++)
        {
            table.AddRange(Enumerable.Repeat(k, NodaTime.Period.DaysBetween(periods[k].First, periods[k].Last) + 1));
        }
        table.Add(periods.Length);
        return [.. table];
    }

    [Property(MaxTest = 20)]
    public void LargeResult_SortedVector_TwoThreads_EqualsTheSimplePath(int seed)
    {
        // 20,000 units × 12 months of cells (28 MB): the pinned, advised result, faulted in by part -1
        // while another thread counts and writes cells.
        var start = new LocalDate(2022, 1, 1);
        var all = Make(seed, 40_000, start, 365, 20_000);
        var table = DossierTable.From(all);
        table.SortByUnit();
        var counts = ColumnarIndicators.Count(table, Months2022, null, 2, 1, ColumnarIndicators.Kernels.Vector512Words);
        AssertEqualsTheSimplePath(all, Months2022, counts);
    }
}

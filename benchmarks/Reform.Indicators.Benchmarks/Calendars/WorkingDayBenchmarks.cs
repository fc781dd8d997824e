using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using Reform.Indicators.Calendars;

namespace Reform.Indicators.Benchmarks.Calendars;

/// <summary>
/// Working-day arithmetic on <see cref="WorkingCalendar.Vietnam"/>: the precomputed tables
/// against a day-by-day loop over <see cref="WorkingCalendar.IsWorkingDay"/> (what a calendar
/// without tables does). Each invocation runs a batch of <see cref="Batch"/> calls on random
/// dates and random counts of up to 60 working days (a long statutory limit); the figures are
/// per call. <see cref="Dates"/> picks the dates: anywhere in 1900–2100 (the worst case: every
/// call reads a different part of the tables) or in 2020–2026 (dossiers of recent years).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class WorkingDayBenchmarks
{
    private const int Batch = 1024;

    private readonly WorkingCalendar calendar = WorkingCalendar.Vietnam;
    private LocalDate[] dates = [];
    private LocalDate[] ends = [];
    private int[] counts = [];

    /// <summary>The range of the random dates.</summary>
    [Params("1901-2099", "2020-2026")]
    public string Dates { get; set; } = "1901-2099";

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240504);
        int firstYear = int.Parse(Dates[..4], System.Globalization.CultureInfo.InvariantCulture);
        int lastYear = int.Parse(Dates[5..], System.Globalization.CultureInfo.InvariantCulture);
        var first = new LocalDate(firstYear, 1, 1);
        int span = Period.DaysBetween(first, new LocalDate(lastYear, 12, 31));
        dates = new LocalDate[Batch];
        ends = new LocalDate[Batch];
        counts = new int[Batch];
        for (int i = 0; i < Batch; i++)
        {
            dates[i] = first.PlusDays(random.Next(span));
            counts[i] = random.Next(1, 61);
            ends[i] = dates[i].PlusDays(random.Next(0, 90));
        }
        calendar.IsWorkingDay(first); // build the tables outside the measurement
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    [BenchmarkCategory("AddWorkingDays")]
    public int AddWorkingDays_Loop()
    {
        int sum = 0;
        for (int i = 0; i < Batch; i++)
        {
            var d = dates[i];
            for (int left = counts[i]; left > 0;)
            {
                d = d.PlusDays(1);
                if (calendar.IsWorkingDay(d))
                {
                    left--;
                }
            }
            sum += d.Day;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    [BenchmarkCategory("AddWorkingDays")]
    public int AddWorkingDays_Tables()
    {
        int sum = 0;
        for (int i = 0; i < Batch; i++)
        {
            sum += calendar.AddWorkingDays(dates[i], counts[i]).Day;
        }
        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    [BenchmarkCategory("WorkingDaysBetween")]
    public int WorkingDaysBetween_Loop()
    {
        int sum = 0;
        for (int i = 0; i < Batch; i++)
        {
            for (var d = dates[i].PlusDays(1); d <= ends[i]; d = d.PlusDays(1))
            {
                sum += calendar.IsWorkingDay(d) ? 1 : 0;
            }
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    [BenchmarkCategory("WorkingDaysBetween")]
    public int WorkingDaysBetween_Tables()
    {
        int sum = 0;
        for (int i = 0; i < Batch; i++)
        {
            sum += calendar.WorkingDaysBetween(dates[i], ends[i]);
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    [BenchmarkCategory("IsWorkingDay")]
    public int IsWorkingDay_Tables()
    {
        int sum = 0;
        for (int i = 0; i < Batch; i++)
        {
            sum += calendar.IsWorkingDay(dates[i]) ? 1 : 0;
        }
        return sum;
    }

    /// <summary>Creating the Vietnam-like calendar and building its tables: the one-off cost of the first query.</summary>
    [Benchmark]
    [BenchmarkCategory("Build")]
    public bool BuildTables() =>
        WorkingCalendar.Vietnam.WithWorkingWeek(IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday)
            .IsWorkingDay(new LocalDate(2024, 5, 4));
}

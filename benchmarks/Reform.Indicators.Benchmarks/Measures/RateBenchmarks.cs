using BenchmarkDotNet.Attributes;
using Reform.Indicators.Measures;

namespace Reform.Indicators.Benchmarks.Measures;

/// <summary>
/// Exact rounded percents (128-bit integers) against the obvious <see cref="decimal"/> division
/// with <see cref="Math.Round(decimal, int, MidpointRounding)"/>; both give the same answers.
/// </summary>
[MemoryDiagnoser]
public class RateBenchmarks
{
    private const int N = 10_000;
    private Rate[] rates = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20_220_203);
        rates = new Rate[N];
        for (int i = 0; i < rates.Length; i++)
        {
            long denominator = random.NextInt64(1, 10_000_000);
            rates[i] = new Rate(random.NextInt64(0, denominator + 1), denominator);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public decimal DecimalDivisionAndRound()
    {
        decimal sum = 0;
        foreach (var rate in rates)
        {
            sum += Math.Round(100m * rate.Numerator / rate.Denominator, 2, MidpointRounding.AwayFromZero);
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public decimal ExactPercent()
    {
        decimal sum = 0;
        foreach (var rate in rates)
        {
            sum += rate.Percent!.Value;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public Rate Pool() => Rate.Pool(rates);
}

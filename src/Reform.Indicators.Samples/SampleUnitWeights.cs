using System.Collections.Concurrent;

namespace Reform.Indicators.Samples;

/// <summary>
/// How likely each unit of the national sample is to be the unit of a dossier, by level, in a given
/// year and seed: the same for every unit when a dossier is neither online nor late; leaning towards
/// the units with the year's higher online propensity for an online dossier, and towards those with
/// the year's higher late propensity for a late one. So per-unit online shares and on-time rates
/// differ between units and between years, while the flags themselves (assigned by quota) and so the
/// national and per-level figures stay exact: choosing a dossier's unit never changes its level.
/// </summary>
/// <remarks>
/// A unit's propensity is <c>exp(0.7·a + 0.5·b)</c> with <c>a</c> drawn once per unit (a lasting
/// tendency) and <c>b</c> drawn per unit and year (the year's change), both standard normal from the
/// seed: consecutive years are related, not equal.
/// </remarks>
internal sealed class SampleUnitWeights
{
    private const double Lasting = 0.7;
    private const double Yearly = 0.5;

    private static readonly ConcurrentDictionary<(int Seed, int Year), SampleUnitWeights> Cache = new();

    // [level][online ? 1 : 0, late ? 2 : 0] -> cumulative weights over the level's units.
    private readonly double[][][] cumulative;

    private SampleUnitWeights(int seed, int year)
    {
        var units = SampleUnits.Instance;
        cumulative = new double[4][][];
        for (int level = 0; level < 4; level++)
        {
            int start = units.LevelStart[level];
            int count = units.ByLevel[level].Length;
            var tables = new double[4][];
            for (int combination = 0; combination < 4; combination++)
            {
                var table = new double[count];
                double sum = 0;
                for (int u = 0; u < count; u++)
                {
                    double weight = 1;
                    if ((combination & 1) != 0)
                    {
                        weight *= Propensity(seed, year, start + u, 1);
                    }
                    if ((combination & 2) != 0)
                    {
                        weight *= Propensity(seed, year, start + u, 2);
                    }
                    sum += weight;
                    table[u] = sum;
                }
                tables[combination] = table;
            }
            cumulative[level] = tables;
        }
    }

    /// <summary>The weights of <paramref name="year"/> under <paramref name="seed"/> (built once, then shared).</summary>
    public static SampleUnitWeights For(int seed, int year) => Cache.GetOrAdd((seed, year), key => new SampleUnitWeights(key.Seed, key.Year));

    /// <summary>A unit of <paramref name="level"/> (an index into <see cref="SampleUnits.Codes"/>) for a dossier with these flags.</summary>
    public int Draw(ref SampleRandom rng, int level, bool online, bool late)
    {
        var table = cumulative[level][(online ? 1 : 0) | (late ? 2 : 0)];
        double target = rng.NextDouble() * table[^1];
        int found = Array.BinarySearch(table, target);
        int position = found >= 0 ? found + 1 : ~found;
        return SampleUnits.Instance.LevelStart[level] + Math.Min(position, table.Length - 1);
    }

    // exp(0.7·a + 0.5·b): a per unit and kind, b per unit, kind and year.
    private static double Propensity(int seed, int year, int unit, int kind) =>
        Math.Exp((Lasting * Normal(seed, unit, kind)) + (Yearly * Normal(seed, unit, (year * 4) + kind)));

    // A standard normal number from the seed, the unit and a stream (Box–Muller).
    private static double Normal(int seed, int unit, int stream)
    {
        var rng = new SampleRandom(seed, unit, 1_000_000 + stream);
        double u1 = 1.0 - rng.NextDouble();
        double u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}

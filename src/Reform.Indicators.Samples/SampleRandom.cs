using System.Runtime.CompilerServices;

namespace Reform.Indicators.Samples;

/// <summary>
/// A small counter-based random generator (SplitMix64): the numbers for a dossier depend only on
/// the seed, the dossier's index and a stream number, so any dossier can be generated on its own,
/// in any order and on any thread, and the data set is the same every time.
/// </summary>
internal struct SampleRandom
{
    private ulong state;

    public SampleRandom(int seed, long index, int stream)
    {
        state = Mix(Mix((ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ (ulong)stream) ^ (ulong)index);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    /// <summary>Uniform in [0, 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, <paramref name="exclusiveMax"/>); 0 when the bound is 0 or less.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Next(int exclusiveMax) => exclusiveMax <= 0 ? 0 : (int)((NextUInt64() >> 32) * (ulong)exclusiveMax >> 32);

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="max"/>] (both included).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Between(long min, long max) => max <= min ? min : min + (long)((NextUInt64() >> 1) % (ulong)(max - min + 1));
}

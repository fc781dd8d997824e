namespace Reform.Indicators.Data;

/// <summary>
/// Ids waiting, in row order, to be checked against an <see cref="IdSet"/> together
/// (<see cref="IdSet.AddBatch"/>): each id's UTF-8 bytes (copied, so the reader's buffers can be
/// reused) and its hash.
/// </summary>
/// <remarks>Memory grows with the ids held; the owner empties it with <see cref="Clear"/> once <see cref="Bytes"/> or <see cref="Count"/> reaches its bound.</remarks>
internal sealed class IdBatch
{
    private ulong[] hashes = new ulong[1024];
    private int[] ends = new int[1024];               // where each id's bytes end in text
    private byte[] text = new byte[16 << 10];

    /// <summary>The ids held.</summary>
    public int Count { get; private set; }

    /// <summary>The bytes of the ids held.</summary>
    public int Bytes => Count == 0 ? 0 : ends[Count - 1];

    /// <summary>Adds an id (UTF-8) of hash <paramref name="hash"/> (<see cref="IdSet.Hash(ReadOnlySpan{byte})"/>) after the others.</summary>
    public void Add(ReadOnlySpan<byte> id, ulong hash)
    {
        int n = Count, start = Bytes;
        if (n == hashes.Length)
        {
            Array.Resize(ref hashes, 2 * n);
            Array.Resize(ref ends, 2 * n);
        }
        if (start + id.Length > text.Length)
        {
            Array.Resize(ref text, Math.Max(2 * text.Length, start + id.Length));
        }
        id.CopyTo(text.AsSpan(start));
        hashes[n] = hash;
        ends[n] = start + id.Length;
        Count = n + 1;
    }

    /// <summary>The hashes of the ids held, in order.</summary>
    public ReadOnlySpan<ulong> Hashes => hashes.AsSpan(0, Count);

    /// <summary>The bytes of id <paramref name="i"/>.</summary>
    public ReadOnlySpan<byte> Id(int i)
    {
        int start = i == 0 ? 0 : ends[i - 1];
        return text.AsSpan(start, ends[i] - start);
    }

    /// <summary>Empties the batch (its buffers are kept).</summary>
    public void Clear() => Count = 0;
}

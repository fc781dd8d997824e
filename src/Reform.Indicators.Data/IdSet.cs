using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Reform.Indicators.Data;

/// <summary>
/// The dossier ids seen in a file, to reject repeats: a set of strings kept as characters in large
/// shared blocks rather than one <see cref="string"/> object each, so that millions of ids cost no
/// allocation per row and little work for the garbage collector.
/// </summary>
/// <remarks>
/// Open addressing with linear probing over a power-of-two table of slots, each holding the id's
/// 32-bit hash and its entry number; entries locate the characters in the blocks. Hashes are
/// <see cref="string.GetHashCode(ReadOnlySpan{char})"/> (randomised per process, so a crafted file
/// cannot make every id collide). Not thread-safe.
/// </remarks>
internal sealed class IdSet
{
    private const int BlockBits = 20;                 // 1 Mi characters (2 MiB) a block
    private const int BlockSize = 1 << BlockBits;
    private const int LengthBits = 13;                // ids are at most FileSchema.MaxFieldLength (4,096) characters

    private readonly List<char[]> blocks = [];
    private int used = BlockSize;                     // characters used in the last block (none yet: full)
    private long[] entries = new long[1024];          // (block << BlockBits | offset) << LengthBits | length
    private ulong[] slots = new ulong[2048];          // hash << 32 | entry + 1; 0 = empty
    private int count;

    static IdSet() => System.Diagnostics.Debug.Assert(FileSchema.MaxFieldLength < (1 << LengthBits), "an id's length fits its bits");

    /// <summary>The number of ids.</summary>
    public int Count => count;

    /// <summary>The hash of an id, for <see cref="Prefetch"/> and <see cref="Add(ReadOnlySpan{char}, uint)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Hash(ReadOnlySpan<char> id) => (uint)string.GetHashCode(id);

    /// <summary>
    /// Asks the processor to fetch the slot where an id of this hash is looked up, so that a reader
    /// can parse the rest of the row while it comes from memory (the table is larger than the caches).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void Prefetch(uint hash)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref slots[(int)(hash & (uint)(slots.Length - 1))]));
        }
    }

    /// <summary>Makes room for <paramref name="ids"/> ids in all (at most 2<sup>26</sup> are made room for at once).</summary>
    public void EnsureCapacity(long ids)
    {
        long wanted = Math.Min(ids, 1L << 26);
        if (wanted > entries.Length)
        {
            Array.Resize(ref entries, (int)wanted);
        }
        // At most three quarters of the slots are used (as in Add).
        long size = slots.Length;
        while (wanted > size - (size >> 2))
        {
            size *= 2;
        }
        if (size > slots.Length)
        {
            if (count == 0)
            {
                slots = LargePages.Allocate<ulong>(checked((int)size));
            }
            while (slots.Length < size)
            {
                Grow();
            }
        }
    }

    /// <summary>Adds an id; false when it is already in the set.</summary>
    public bool Add(ReadOnlySpan<char> id) => Add(id, Hash(id));

    /// <summary>Adds an id of hash <paramref name="hash"/> (<see cref="Hash"/>); false when it is already in the set.</summary>
    public bool Add(ReadOnlySpan<char> id, uint hash)
    {
        if (id.Length >= 1 << LengthBits)
        {
            throw new ArgumentException($"An id of {id.Length:N0} characters is longer than this set keeps.", nameof(id));
        }
        int mask = slots.Length - 1;
        int slot = (int)(hash & (uint)mask);
        while (true)
        {
            ulong s = slots[slot];
            if (s == 0)
            {
                break;
            }
            if ((uint)(s >> 32) == hash && Equals((int)(uint)s - 1, id))
            {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        if (count == entries.Length)
        {
            Array.Resize(ref entries, checked(entries.Length * 2));
        }
        entries[count] = Store(id);
        slots[slot] = ((ulong)hash << 32) | (uint)(count + 1);
        count++;
        if (count > slots.Length - (slots.Length >> 2))
        {
            Grow();
        }
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Equals(int entry, ReadOnlySpan<char> id)
    {
        long e = entries[entry];
        int length = (int)(e & ((1 << LengthBits) - 1));
        long location = e >> LengthBits;
        return length == id.Length && blocks[(int)(location >> BlockBits)].AsSpan((int)(location & (BlockSize - 1)), length).SequenceEqual(id);
    }

    private long Store(ReadOnlySpan<char> id)
    {
        if (used + id.Length > BlockSize)
        {
            blocks.Add(new char[BlockSize]);
            used = 0;
        }
        id.CopyTo(blocks[^1].AsSpan(used));
        long location = ((long)(blocks.Count - 1) << BlockBits) | (uint)used;
        used += id.Length;
        return (location << LengthBits) | (uint)id.Length;
    }

    private void Grow()
    {
        var old = slots;
        slots = LargePages.Allocate<ulong>(checked(old.Length * 2));
        int mask = slots.Length - 1;
        foreach (ulong s in old)
        {
            if (s == 0)
            {
                continue;
            }
            int slot = (int)((uint)(s >> 32) & (uint)mask);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }
            slots[slot] = s;
        }
    }
}

using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using System.Text;

namespace Reform.Indicators.Data;

/// <summary>
/// The dossier ids seen in a file, to reject repeats: a set of ids kept as UTF-8 in large shared
/// blocks rather than one <see cref="string"/> object each, so that millions of ids cost no
/// allocation per row, one byte per character of a typical (ASCII) id, and little work for the
/// garbage collector.
/// </summary>
/// <remarks>
/// <para>Open addressing with linear probing over a power-of-two table of slots, each holding the
/// id's 32-bit hash and its entry number; entries locate the bytes in the blocks. The slots of a
/// large set lie on 2 MiB pages where the system allows (<see cref="LargePages"/>).</para>
/// <para>An id is the same whether it comes as characters (CSV, the record path) or as the UTF-8
/// bytes of a Parquet file: both are hashed and stored as UTF-8. Characters that are not valid
/// UTF-16 (a lone surrogate) become U+FFFD, as they would in any UTF-8 file; the readers give no
/// such text (they decode with replacement). The hash is seeded per process (so a crafted file
/// cannot make every id collide). Not thread-safe.</para>
/// </remarks>
internal sealed class IdSet
{
    private const int BlockBits = 21;                 // 2 MiB a block
    private const int BlockSize = 1 << BlockBits;
    private const int LengthBits = 14;                // ids are at most FileSchema.MaxFieldLength (4,096) characters: 12,288 bytes

    /// <summary>The most UTF-8 bytes an id of <see cref="FileSchema.MaxFieldLength"/> characters has.</summary>
    public const int MaxBytes = FileSchema.MaxFieldLength * 3;

    private static readonly ulong Seed = (ulong)Random.Shared.NextInt64() | 1;

    private readonly List<byte[]> blocks = [];
    private int used = BlockSize;                     // bytes used in the last block (none yet: full)
    private long[] entries = new long[1024];          // (block << BlockBits | offset) << LengthBits | length
    private ulong[] slots = new ulong[2048];          // hash << 32 | entry + 1; 0 = empty
    private byte[] scratch = new byte[256];           // an id given as characters, as UTF-8
    private int count;

    static IdSet() => System.Diagnostics.Debug.Assert(MaxBytes < (1 << LengthBits), "an id's length fits its bits");

    /// <summary>The number of ids.</summary>
    public int Count => count;

    /// <summary>The hash of an id given as UTF-8, for <see cref="Prefetch"/> and <see cref="Add(ReadOnlySpan{byte}, uint)"/>.</summary>
    /// <remarks>
    /// Sixteen bytes at a time folded by a 64 × 64 → 128-bit multiplication (the high and low
    /// halves combined), the last sixteen (or the few there are) with the length, from a seed drawn
    /// per process.
    /// </remarks>
    public static uint Hash(ReadOnlySpan<byte> id)
    {
        int n = id.Length;
        ref byte p = ref MemoryMarshal.GetReference(id);
        ulong h = Seed, a, b;
        if (n <= 16)
        {
            if (n >= 8)
            {
                a = Read64(ref p, 0);
                b = Read64(ref p, n - 8);
            }
            else if (n >= 4)
            {
                a = Read32(ref p, 0);
                b = Read32(ref p, n - 4);
            }
            else
            {
                // None to three bytes: the first, the middle and the last hold them all.
                a = n == 0 ? 0 : p | ((ulong)Unsafe.Add(ref p, n >> 1) << 8) | ((ulong)Unsafe.Add(ref p, n - 1) << 16);
                b = 0;
            }
        }
        else
        {
            int i = 0;
            for (; i + 16 < n; i += 16)
            {
                h = Fold(Read64(ref p, i) ^ 0xA0761D6478BD642FUL, Read64(ref p, i + 8) ^ h);
            }
            // The last sixteen bytes (overlapping the ones folded when the length is not a multiple of 16).
            a = Read64(ref p, n - 16);
            b = Read64(ref p, n - 8);
        }
        h = Fold(a ^ 0xE7037ED1A0B428DBUL, b ^ h);
        return (uint)Fold(h ^ 0x8EBC6AF09C88C6E3UL, (ulong)n ^ 0x589965CC75374CC3UL);

        static ulong Read64(ref byte p, int at) => BinaryPrimitives.ReadUInt64LittleEndian(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref p, at), 8));

        static ulong Read32(ref byte p, int at) => BinaryPrimitives.ReadUInt32LittleEndian(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref p, at), 4));

        static ulong Fold(ulong x, ulong y)
        {
            ulong high = Math.BigMul(x, y, out ulong low);
            return high ^ low;
        }
    }

    /// <summary>The hash of an id given as characters (<see cref="Hash(ReadOnlySpan{byte})"/> of its UTF-8).</summary>
    public static uint Hash(ReadOnlySpan<char> id)
    {
        Span<byte> utf8 = id.Length <= 128 ? stackalloc byte[id.Length * 3] : new byte[Encoding.UTF8.GetMaxByteCount(id.Length)];
        return Hash(utf8[..Encoding.UTF8.GetBytes(id, utf8)]);
    }

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

    /// <summary>Adds an id given as characters; false when it is already in the set.</summary>
    public bool Add(ReadOnlySpan<char> id) => Add(id, Hash(id));

    /// <summary>Adds an id given as characters, of hash <paramref name="hash"/> (<see cref="Hash(ReadOnlySpan{char})"/>); false when it is already in the set.</summary>
    public bool Add(ReadOnlySpan<char> id, uint hash)
    {
        int most = Encoding.UTF8.GetMaxByteCount(id.Length);
        if (most > scratch.Length)
        {
            scratch = new byte[Math.Max(most, scratch.Length * 2)];
        }
        return Add(scratch.AsSpan(0, Encoding.UTF8.GetBytes(id, scratch)), hash);
    }

    /// <summary>Adds an id given as UTF-8, of hash <paramref name="hash"/> (<see cref="Hash(ReadOnlySpan{byte})"/>); false when it is already in the set.</summary>
    public bool Add(ReadOnlySpan<byte> id, uint hash)
    {
        if (id.Length >= 1 << LengthBits)
        {
            throw new ArgumentException($"An id of {id.Length:N0} bytes is longer than this set keeps.", nameof(id));
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
    private bool Equals(int entry, ReadOnlySpan<byte> id)
    {
        long e = entries[entry];
        int length = (int)(e & ((1 << LengthBits) - 1));
        long location = e >> LengthBits;
        return length == id.Length && blocks[(int)(location >> BlockBits)].AsSpan((int)(location & (BlockSize - 1)), length).SequenceEqual(id);
    }

    private long Store(ReadOnlySpan<byte> id)
    {
        if (used + id.Length > BlockSize)
        {
            blocks.Add(GC.AllocateUninitializedArray<byte>(BlockSize));
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

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
/// <para>Open addressing with linear probing over a power-of-two table of 64-bit slots: the low bits
/// of an id's 64-bit hash choose the slot, and the slot holds 24 other bits of the hash beside where
/// the id's bytes are (40 bits: the blocks' byte offset of a two-byte length and the bytes). A
/// look-up touches one slot (and its neighbours) and compares bytes only when those 24 bits match,
/// so a new id costs one access at random and a repeat two. Growing re-hashes the ids from the
/// blocks in order.</para>
/// <para>An id is the same whether it comes as characters (CSV, the record path) or as the UTF-8
/// bytes of a Parquet file: both are hashed and stored as UTF-8. Characters that are not valid
/// UTF-16 (a lone surrogate) become U+FFFD, as they would in any UTF-8 file; the readers give no
/// such text (they decode with replacement). The hash is seeded per process (so a crafted file
/// cannot make every id collide). Not thread-safe.</para>
/// <para>The slots are a <see cref="SlotTable"/> and the bytes blocks of <see cref="LargePageMemory"/>
/// (native memory on large pages, where the system gives them): dispose of the set when done.</para>
/// </remarks>
internal sealed unsafe class IdSet : IDisposable
{
    private const int BlockBits = 22;                 // 4 MiB a block
    private const int BlockSize = 1 << BlockBits;
    private const int LocationBits = 40;              // a slot: tag << 40 | (location + 1); 0 = empty
    private const ulong LocationMask = (1UL << LocationBits) - 1;
    private const int BatchPrefetchDistance = 16;

    /// <summary>The most UTF-8 bytes an id of <see cref="FileSchema.MaxFieldLength"/> characters has.</summary>
    public const int MaxBytes = FileSchema.MaxFieldLength * 3;

    private static readonly ulong Seed = (ulong)Random.Shared.NextInt64() | 1;

    private readonly List<LargePageMemory> blocks = [];  // those of the set, then any staging uses beyond them
    private readonly List<int> ends = [];             // the bytes used in each full block of the set
    private int last = -1;                            // the set's last block (none yet)
    private int used = BlockSize;                     // bytes used in it (none yet: full)
    private int stageBlock, stageUsed;                // where the next id staged goes
    private SlotTable slots = new(2048);
    private readonly long reserveLimit;
    private byte[] scratch = new byte[256];           // an id given as characters, as UTF-8
    private int count;
    private ulong[] stagedAt = new ulong[1024];       // where each staged id's bytes are, in the order staged
    private ulong[] stagedHashes = new ulong[1024];
    private int staged, stagedAdded;                  // ids staged; of those, added (AddStaged) so far
    private long stagedBytes;

    static IdSet() => System.Diagnostics.Debug.Assert(MaxBytes + 2 <= ushort.MaxValue && MaxBytes + 2 < BlockSize, "a length fits two bytes; an id fits a block");

    /// <summary>The number of ids.</summary>
    public int Count => count;

    /// <summary>The hash of an id given as UTF-8, for <see cref="Prefetch"/> and <see cref="Add(ReadOnlySpan{byte}, ulong)"/>.</summary>
    /// <remarks>
    /// Sixteen bytes at a time folded by a 64 × 64 → 128-bit multiplication (the high and low
    /// halves combined), the last sixteen (or the few there are) with the length, from a seed drawn
    /// per process.
    /// </remarks>
    public static ulong Hash(ReadOnlySpan<byte> id)
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
        return Fold(h ^ 0x8EBC6AF09C88C6E3UL, (ulong)n ^ 0x589965CC75374CC3UL);

        static ulong Read64(ref byte p, int at) => BinaryPrimitives.ReadUInt64LittleEndian(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref p, at), 8));

        static ulong Read32(ref byte p, int at) => BinaryPrimitives.ReadUInt32LittleEndian(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref p, at), 4));

        static ulong Fold(ulong x, ulong y)
        {
            ulong high = Math.BigMul(x, y, out ulong low);
            return high ^ low;
        }
    }

    /// <summary>The hash of an id given as characters (<see cref="Hash(ReadOnlySpan{byte})"/> of its UTF-8).</summary>
    public static ulong Hash(ReadOnlySpan<char> id)
    {
        if (id.Length <= 128)
        {
            Span<byte> utf8 = stackalloc byte[id.Length * 3];
            return Hash(utf8[..Encoding.UTF8.GetBytes(id, utf8)]);
        }
        byte[] rented = System.Buffers.ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(id.Length));
        ulong hash = Hash(rented.AsSpan(0, Encoding.UTF8.GetBytes(id, rented)));
        System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        return hash;
    }

    /// <summary>
    /// Asks the processor to fetch the slot where an id of this hash is looked up, so that a reader
    /// can parse the rest of the row while it comes from memory (the table is larger than the caches).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void Prefetch(ulong hash)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(slots.Slots + ((int)hash & (slots.Length - 1)));
        }
    }

    /// <summary>
    /// Makes room for <paramref name="ids"/> ids in all, but for at most <see cref="ReserveLimit"/>
    /// (2<sup>26</sup>) beyond those the set holds, so a file that overstates its rows reserves at most
    /// 2<sup>26</sup> ids' slots more than its real ids need (and the table, which only doubles, once as
    /// large again as those ids need: at most 2<sup>27</sup> slots, 1 GiB, for an empty set).
    /// </summary>
    public void EnsureCapacity(long ids)
    {
        long wanted = Math.Min(ids, count + reserveLimit);
        // At most three quarters of the slots are used (as in Add).
        long size = slots.Length;
        while (wanted > size - (size >> 2))
        {
            size *= 2;
        }
        if (size > slots.Length)
        {
            Rebuild(checked((int)size));
        }
    }

    /// <summary>Adds an id given as characters; false when it is already in the set.</summary>
    public bool Add(ReadOnlySpan<char> id) => Add(id, Hash(id));

    /// <summary>Adds an id given as characters, of hash <paramref name="hash"/> (<see cref="Hash(ReadOnlySpan{char})"/>); false when it is already in the set.</summary>
    public bool Add(ReadOnlySpan<char> id, ulong hash)
    {
        int most = Encoding.UTF8.GetMaxByteCount(id.Length);
        if (most > scratch.Length)
        {
            scratch = new byte[Math.Max(most, scratch.Length * 2)];
        }
        return Add(scratch.AsSpan(0, Encoding.UTF8.GetBytes(id, scratch)), hash);
    }

    /// <summary>Adds an id given as UTF-8, of hash <paramref name="hash"/> (<see cref="Hash(ReadOnlySpan{byte})"/>); false when it is already in the set.</summary>
    public bool Add(ReadOnlySpan<byte> id, ulong hash)
    {
        CheckLength(id);
        bool added = Insert(id, hash);
        GrowWhenFull();
        return added;
    }

    /// <summary>The blocks of 4 MiB the set's ids and the staged ones take (for tests of memory).</summary>
    internal int Blocks => blocks.Count;

    /// <summary>How many times the slots were made anew, every id hashed again (for tests of growth).</summary>
    internal int Rebuilds { get; private set; }

    /// <summary>The number of slots (for tests of memory).</summary>
    internal int Slots => slots.Length;

    /// <summary>The most ids <see cref="EnsureCapacity"/> makes room for beyond those held.</summary>
    public const long ReserveLimit = 1L << 26;

    /// <summary>An empty set.</summary>
    public IdSet()
        : this(ReserveLimit)
    {
    }

    /// <summary>An empty set that makes room for at most <paramref name="reserveLimit"/> ids beyond those it holds at once (tests use a small limit).</summary>
    internal IdSet(long reserveLimit) => this.reserveLimit = reserveLimit;

    /// <summary>The ids staged (<see cref="Stage"/>) and not yet cleared.</summary>
    public int StagedCount => staged;

    /// <summary>The bytes of the ids staged and not yet cleared.</summary>
    public long StagedBytes => stagedBytes;

    /// <summary>
    /// Stages an id given as UTF-8, of hash <paramref name="hash"/>, to be added with the others staged
    /// by <see cref="AddStaged"/>: its bytes are written after the set's ids, as the row comes.
    /// </summary>
    /// <exception cref="InvalidOperationException"><see cref="AddStaged"/> has run on the ids staged before (on all of them, or on some when it failed) and they are not cleared (<see cref="ClearStaged"/>).</exception>
    public void Stage(ReadOnlySpan<byte> id, ulong hash)
    {
        CheckLength(id);
        if (stagedAdded > 0)
        {
            throw new InvalidOperationException(stagedAdded < staged
                ? $"{stagedAdded:N0} of the {staged:N0} ids staged before are added (AddStaged stopped there): add the rest, then clear them, before staging more."
                : "The ids staged before are added but not cleared: clear them before staging more.");
        }
        if (staged == stagedAt.Length)
        {
            Array.Resize(ref stagedAt, 2 * staged);
            Array.Resize(ref stagedHashes, 2 * staged);
        }
        if (staged == 0)
        {
            // Staged ids go after the set's, where the set's next ones will go.
            (stageBlock, stageUsed) = (last, used);
        }
        stagedAt[staged] = Write(id, ref stageBlock, ref stageUsed);
        stagedHashes[staged] = hash;
        staged++;
        stagedBytes += id.Length;
    }

    /// <summary>The bytes of staged id <paramref name="i"/> (until <see cref="ClearStaged"/>).</summary>
    public ReadOnlySpan<byte> StagedId(int i)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)i, (uint)staged, nameof(i));
        return Stored(stagedAt[i]);
    }

    /// <summary>
    /// Adds the staged ids as <see cref="Add(ReadOnlySpan{byte}, ulong)"/> would, one after the other in
    /// the order staged: <paramref name="added"/>[i] is false when staged id i is in the set already or
    /// repeats an earlier staged id. They stay readable (<see cref="StagedId"/>) until
    /// <see cref="ClearStaged"/>, which must come before the next id is staged or added. When it fails
    /// (no memory for the table or a block), calling it again goes on from the id where it stopped.
    /// </summary>
    /// <remarks>
    /// Faster than a look-up per row among a row's other work: this loop does little but look up and
    /// write slots, so the slots fetched ahead (<see cref="BatchPrefetchDistance"/> ids) are many at a
    /// time in flight. The ids were staged after the set's; a new one is moved down to the end of the
    /// set's (over the repeats staged before it), a repeat is dropped and reads as the id it repeats, so
    /// the set keeps each id once however many rows repeat it, and staging needs at most the bytes of
    /// one window of ids beyond the set's. The table grows as <see cref="Add(ReadOnlySpan{byte}, ulong)"/>
    /// grows it, once the ids actually added fill three quarters of it.
    /// </remarks>
    public void AddStaged(Span<bool> added)
    {
        int n = staged;
        ArgumentOutOfRangeException.ThrowIfLessThan(added.Length, n, nameof(added));
        var hashes = stagedHashes;
        var at = stagedAt;
        // From where an earlier call stopped, if one failed (growing the table found no memory).
        for (int i = stagedAdded; i < n; i++)
        {
            if (i + BatchPrefetchDistance < n)
            {
                Prefetch(hashes[i + BatchPrefetchDistance]);
            }
            var id = Stored(at[i]);
            if (Find(id, hashes[i], out int slot))
            {
                // A repeat: not kept; it reads as the id it repeats.
                at[i] = (slots.Slots[slot] & LocationMask) - 1;
                added[i] = false;
                stagedAdded = i + 1;
            }
            else
            {
                // Moved down to the end of the set's ids, over the repeats staged before it.
                ulong location = Store(id);
                slots.Slots[slot] = Tag(hashes[i]) | (location + 1);
                at[i] = location;
                count++;
                added[i] = true;
                stagedAdded = i + 1;
                GrowWhenFull();
            }
        }
    }

    /// <summary>Forgets the ids staged (added or not), so that others may be staged.</summary>
    public void ClearStaged()
    {
        if (stagedAdded < staged)
        {
            throw new InvalidOperationException("The ids staged are not added yet.");
        }
        staged = 0;
        stagedAdded = 0;
        stagedBytes = 0;
    }

    /// <summary>Doubles the table once the ids fill three quarters of it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void GrowWhenFull()
    {
        if (count > slots.Length - (slots.Length >> 2))
        {
            Rebuild(checked(slots.Length * 2));
        }
    }

    private static void CheckLength(ReadOnlySpan<byte> id)
    {
        if (id.Length > MaxBytes)
        {
            throw new ArgumentException($"An id of {id.Length:N0} bytes is longer than this set keeps.", nameof(id));
        }
    }

    /// <summary>Adds an id of hash <paramref name="hash"/> to the slots, when new; false when it is there already. The caller grows the table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Insert(ReadOnlySpan<byte> id, ulong hash)
    {
        if (staged > stagedAdded)
        {
            // The staged ids are written where the set's next id goes: storing one now would overwrite them.
            throw new InvalidOperationException("Ids are staged and not added yet.");
        }
        if (Find(id, hash, out int slot))
        {
            return false;
        }
        slots.Slots[slot] = Tag(hash) | (Store(id) + 1);
        count++;
        return true;
    }

    /// <summary>Whether the id is in the set; when not, the empty slot where it goes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Find(ReadOnlySpan<byte> id, ulong hash, out int slot)
    {
        ulong tag = Tag(hash);
        ulong* table = slots.Slots;
        int mask = slots.Length - 1;
        slot = (int)hash & mask;
        while (true)
        {
            ulong s = table[slot];
            if (s == 0)
            {
                return false;
            }
            if ((s & ~LocationMask) == tag && Stored((s & LocationMask) - 1).SequenceEqual(id))
            {
                return true;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// <summary>The 24 bits of a hash a slot keeps, in place: the top ones, which never choose the slot (at most 2<sup>31</sup> slots).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Tag(ulong hash) => hash & ~LocationMask;

    /// <summary>The bytes of the id stored at <paramref name="location"/> (its length + 1 in the two bytes before).</summary>
    private ReadOnlySpan<byte> Stored(ulong location) => Stored(Block(blocks[(int)(location >> BlockBits)]), (int)(location & (BlockSize - 1)));

    /// <summary>The bytes of the id stored at offset <paramref name="at"/> of <paramref name="block"/>.</summary>
    private static ReadOnlySpan<byte> Stored(ReadOnlySpan<byte> block, int at) => block.Slice(at + 2, BinaryPrimitives.ReadUInt16LittleEndian(block[at..]) - 1);

    /// <summary>A block's bytes.</summary>
    private static Span<byte> Block(LargePageMemory block) => new(block.Start, BlockSize);

    /// <summary>Stores an id after the set's ids, as its length + 1 (two bytes) and its bytes; where.</summary>
    /// <remarks>The id's bytes may be staged ones at or after that place (they are moved down).</remarks>
    private ulong Store(ReadOnlySpan<byte> id)
    {
        int b = last, u = used;
        ulong location = Write(id, ref b, ref u);
        if (b != last)
        {
            if (last >= 0)
            {
                ends.Add(used);
            }
            last = b;
        }
        used = u;
        return location;
    }

    /// <summary>
    /// Writes an id as its length + 1 (two bytes) and its bytes at offset <paramref name="at"/> of block
    /// <paramref name="block"/>, or at the start of the next block (a new one, or one staging used) when it
    /// does not fit; where. On failure (no memory for a block) the place is as it was.
    /// </summary>
    private ulong Write(ReadOnlySpan<byte> id, ref int block, ref int at)
    {
        if (at + 2 + id.Length > BlockSize)
        {
            int next = block + 1;
            if (next == blocks.Count)
            {
                if ((ulong)(next + 1) << BlockBits > LocationMask)
                {
                    throw new InvalidOperationException("The id set is full (a terabyte of ids).");
                }
                blocks.Add(new LargePageMemory(BlockSize, zeroed: false));
            }
            block = next;
            at = 0;
        }
        var bytes = Block(blocks[block]);
        // A staged id already in its place (no repeat staged before it) is not written again.
        if (!Unsafe.AreSame(ref MemoryMarshal.GetReference(id), ref MemoryMarshal.GetReference(bytes[(at + 2)..])))
        {
            // The length first: when the id is a staged one moved down, its bytes start past where this writes.
            BinaryPrimitives.WriteUInt16LittleEndian(bytes[at..], (ushort)(id.Length + 1));
            id.CopyTo(bytes[(at + 2)..]);
        }
        ulong location = ((ulong)block << BlockBits) | (uint)at;
        at += 2 + id.Length;
        return location;
    }

    /// <summary>A table of <paramref name="size"/> slots with every id, hashed again from the set's blocks in order (not the staged ids).</summary>
    private void Rebuild(int size)
    {
        var rebuilt = new SlotTable(size);
        ulong* table = rebuilt.Slots;
        int mask = size - 1;
        for (int b = 0; b <= last; b++)
        {
            var block = Block(blocks[b]);
            int end = b < last ? ends[b] : used;
            for (int at = 0; at < end;)
            {
                var id = Stored(block, at);
                ulong hash = Hash(id);
                int slot = (int)hash & mask;
                while (table[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }
                table[slot] = Tag(hash) | ((((ulong)b << BlockBits) | (uint)at) + 1);
                at += 2 + id.Length;
            }
        }
        slots.Dispose();
        slots = rebuilt;
        Rebuilds++;
    }

    /// <summary>Frees the slots and the ids' bytes (native memory; the set is not to be used after).</summary>
    public void Dispose()
    {
        slots.Dispose();
        foreach (var block in blocks)
        {
            block.Dispose();
        }
        blocks.Clear();
    }
}

using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Columnar;

/// <summary>
/// The vector kernels for a table sorted by unit, one unit at a time: 8 rows a step with AVX2, 16 with AVX-512, 32 in 16-bit lanes with AVX-512 VBMI2.
/// </summary>
/// <remarks>
/// <para>It computes what <see cref="Kernel{TUnits}"/> computes — per row the periods of receipt,
/// finish and due threshold, and the open range — but lays a unit's counters out so that a typical
/// row costs one addition:</para>
/// <list type="bullet">
/// <item>A row received in a period of the run is either finished in it or open at its end. The
/// first kind adds one to a <em>pair</em> counter of the period, by channel and finish counter (two
/// thirds of the rows of a national year); the second to a <em>received-and-open</em> counter, by
/// channel and whether it is overdue at the period's end. <see cref="FoldUnit"/> turns these into
/// receipts, finishes and one period of open range, once per unit.</item>
/// <item>Only a row finished in another period has a separate finish addition, and only a row open
/// at the end of a period other than that of its receipt has open-range additions (for any other
/// row they are done or cancel out). The vector pass packs their offsets into short lists
/// (<see cref="PackPermutations"/>). A row received in one month and finished in the next costs two
/// additions instead of five.</item>
/// <item>A unit's counters are rows, each with a counter per period slot: a counter's offset is
/// its row × the stride (<see cref="VectorQuery.Stride"/>) + the slot, and the fold adds whole rows
/// as vectors over the slots, with no sum across a vector. A flag's entry holds the rows of its
/// counters.</item>
/// <item>The counts of the optional facts (docs/specification.md §10.2–10.3) are counted by the same
/// addition: the block has a group of pair and received-and-open rows for each value of the optional
/// facts the table holds (<see cref="ExtraKeys"/>), and <see cref="FoldUnit"/> turns each group's
/// receipts by channel into those counts, once per unit.</item>
/// </list>
/// </remarks>
public static partial class ColumnarIndicators
{
    // A unit's block is rows of counters, each row a counter per period slot (m + 1 of them, the
    // stride; slot m for periods outside the run), so that the fold adds rows as vectors over the
    // slots: first the shared 64-bit open-range counters (2 ints a slot, 8-byte aligned, indexed as
    // longs by slot), then the finish counters (row RowFinishes + finish counter − FinishedResolvedEarly),
    // then a group of rows per value of the optional facts the table holds (one group when it holds
    // none): per channel, its pair rows (finish kind 0–6) and its two received-and-open rows (not
    // overdue, overdue at the period's end). Rows: 9 + 27 × groups (RowsOf).
    private const int RowFinishes = 2;
    private const int RowGroups = RowFinishes + FinishKinds;      // the first group
    private const int ChannelRows = FinishKinds + 2;              // in a group, channel c's rows from c × 9: pairs, then received and open
    private const int GroupRows = 3 * ChannelRows;
    private const int FinishKinds = OpenDeltas - FinishedResolvedEarly;

    /// <summary>
    /// The most values of the optional facts (groups of rows) the vector kernels count in their
    /// pass: every combination <see cref="DossierClassifier.Extras(Dossier)"/> makes (receiving unit none, own or
    /// another; result not stated, electronic or not; online level unknown, full or not: 3 × 3 × 3),
    /// 738 rows, a year's block of 38 kB. A table holding more (values no classifier
    /// makes) is counted by the scalar kernel and <see cref="ColumnarExtras"/>.
    /// </summary>
    internal const int MaxGroups = 27;

    /// <summary>Rows of a unit's block with <paramref name="groups"/> groups.</summary>
    internal static int RowsOf(int groups) => RowGroups + (groups * GroupRows);

    /// <summary>Rows per block of the vector kernel; its offset lists (6 × 272 ints, 6.4 kB) stay in the first-level cache.</summary>
    private const int VectorBlock = 256;

    /// <summary>Room in each offset list: a block's rows and one more full vector store.</summary>
    private const int ListLength = VectorBlock + Wide;

    /// <summary>Rows per step of the widest vector pass (AVX-512); the padded copies of a block's last rows have this many.</summary>
    private const int Wide = 16;

    /// <summary>The lists of a block: first offsets, finish offsets, and the three of the open ranges.</summary>
    private const int Lists = 5;

    /// <summary>
    /// What the vector kernel needs besides <see cref="Query"/>: the flag entries with the rows of
    /// their counters, and the keys of optional facts (null when the table holds none) with each
    /// value's first row. Counter offsets are row × <see cref="Stride"/> + slot.
    /// </summary>
    private sealed record VectorQuery(Query Query, int[] Entries, bool Use512, ExtraKeys? Keys)
    {
        /// <summary>Counters per row of a unit's block: a slot per period of the run and slot m.</summary>
        public int Stride => Query.M + 1;

        /// <summary>The period table (slot of each day index: −1 before the run, m after it).</summary>
        public int[] SlotOf => Query.PeriodOf;

        /// <summary>The period table as <see cref="PeriodBlocks"/> gives it, for the permutation look-up; null when it does not fit.</summary>
        public int[]? Blocks { get; } = PeriodBlocks(Query.PeriodOf, 1);

        /// <summary><see cref="Blocks"/> as <see cref="ColumnarIndicators.BlockWords"/> gives them, for <see cref="UnitKernelWords"/>; null when it is.</summary>
        public short[]? BlockWords { get; } = ColumnarIndicators.BlockWords(PeriodBlocks(Query.PeriodOf, 1));

        /// <summary>For each value of the optional facts (6 bits), the first row of its group, less <see cref="RowGroups"/>; null without optional facts.</summary>
        public int[]? GroupOf { get; } = Keys is null ? null : Array.ConvertAll(Keys.KeyOf, key => key / 4 * GroupRows);

        /// <summary><see cref="GroupOf"/> as 16-bit words (at most 26 × 27), for the word permutation of <see cref="UnitKernel512"/>.</summary>
        public ushort[]? GroupWords { get; } = Keys is null ? null : Array.ConvertAll(Keys.KeyOf, key => (ushort)(key / 4 * GroupRows));

        /// <summary>The flag entries as bytes by flag without its channel (<see cref="FlagBytes"/>), for <see cref="UnitKernel512"/>.</summary>
        public byte[]? FlagBytes { get; } = ColumnarIndicators.FlagBytes(Query.FlagEntries);

        /// <summary><see cref="FlagBytes"/> as ints, for the gather of <see cref="UnitKernel512"/> without VBMI.</summary>
        public int[]? FlagInts { get; } = ColumnarIndicators.FlagBytes(Query.FlagEntries) is { } bytes ? Array.ConvertAll(bytes, entry => (int)entry) : null;

        /// <summary>The last index of the period table.</summary>
        public int LastIndex => Query.PeriodOf.Length - 1;

        /// <summary>Slot m, where periods outside the run land.</summary>
        public int EndSlot => Query.M;

        /// <summary>The due threshold's index in the period table is ((due key + 1) >> 1) − day base: (due key + this) >> 1, in one shift.</summary>
        public int ThresholdBase => 1 - (2 * Query.DayBase);

        /// <summary>Whether the optional facts are counted in the vector pass.</summary>
        [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Keys), nameof(GroupOf), nameof(GroupWords))]
        public bool Extras => Keys is not null;
    }

    // Rows sorted by unit, with AVX2 or AVX-512: each thread takes whole units; nothing to merge.
    // Counts the optional facts too.
    private static void CountSortedVector(Query query, int threads, Cells cells, ExtraKeys? keys)
    {
        var runs = query.Table.UnitRuns();
        // More parts than threads, taken as threads become free: on a machine whose cores also run
        // other work, a thread slowed down no longer holds up the count with half of the rows.
        int parts = threads == 1 ? 1 : threads * PartsPerThread;
        var bounds = SplitRuns(runs.Starts, parts);
        var vector = VectorQueryOf(query, keys);
        var unitKernel = UnitKernelOf(vector);
        // Room past the last row for the fold's vector reads of a row's slots.
        int blockLength = (RowsOf(keys?.Values ?? 1) * vector.Stride) + Wide;
        // Part −1 faults the result's pages in, on the first thread free, while the others count.
        Parallel.For(
            -1,
            parts,
            new ParallelOptions { MaxDegreeOfParallelism = threads },
            () => new UnitBuffers(new int[blockLength], new int[Lists * ListLength]),
            (part, _, buffers) =>
            {
                if (part < 0)
                {
                    cells.Populate();
                    return buffers;
                }
                var (block, lists) = buffers;
                for (int r = bounds[part]; r < bounds[part + 1]; r++)
                {
                    unitKernel(vector, runs.Starts[r], runs.Starts[r + 1], block, lists);
                    FoldUnit(block, vector.Stride, keys, cells, runs.Units[r], query.Run);
                    Array.Clear(block);
                }
                return buffers;
            },
            _ => { });
    }

    /// <summary>The vector kernels' form of <paramref name="query"/>.</summary>
    private static VectorQuery VectorQueryOf(Query query, ExtraKeys? keys) =>
        new(query, VectorEntries(query.FlagEntries), query.Kernel >= Kernels.Vector512, keys);

    /// <summary>The kernel that counts a unit of <paramref name="vector"/>: an AVX-512 one where the processor has it (<see cref="UnitKernel512"/>), else <see cref="VectorKernel"/> (AVX2).</summary>
    private static UnitKernel UnitKernelOf(VectorQuery vector) => UnitKernel512(vector) ?? VectorKernel;

    /// <summary>Parts of a sorted table's units per thread, for <see cref="CountSortedVector"/>.</summary>
    private const int PartsPerThread = 16;

    /// <summary>A thread's memory for counting units: a unit's block and the offset lists.</summary>
    private sealed record UnitBuffers(int[] Block, int[] Lists);

    /// <summary>Days per block of <see cref="PeriodBlocks"/>.</summary>
    private const int DaysPerBlock = 16;

    /// <summary>
    /// The period table (<paramref name="slotOf"/>, a counter offset per day, periods <paramref name="slotSize"/>
    /// apart) as 32 blocks of 16 days, for a look-up with two registers' permutation instead of a
    /// gather: a block's entry is its first day's offset &lt;&lt; 5 | the day in the block from which the
    /// next period's offset (+<paramref name="slotSize"/>) holds (16 when none). Null when the table is
    /// longer than 512 days or a block holds two changes of period (periods shorter than 16 days):
    /// then the kernel gathers.
    /// </summary>
    internal static int[]? PeriodBlocks(int[] slotOf, int slotSize)
    {
        if (slotOf.Length > 32 * DaysPerBlock)
        {
            return null;
        }
        var blocks = new int[32];
        for (int b = 0; b * DaysPerBlock < slotOf.Length; b++)
        {
            int first = b * DaysPerBlock, change = DaysPerBlock;
            for (int day = first + 1; day < Math.Min(first + DaysPerBlock, slotOf.Length); day++)
            {
                if (slotOf[day] != slotOf[day - 1])
                {
                    if (change != DaysPerBlock || slotOf[day] != slotOf[first] + slotSize)
                    {
                        return null;
                    }
                    change = day - first;
                }
            }
            blocks[b] = (slotOf[first] << 5) | change;
        }
        return blocks;
    }

    /// <summary>
    /// The flag entries of <see cref="FlagEntries"/> for the vector kernel: bits 0–2 as there (final,
    /// keep the due period, never due); bits 8–15, 16–23 and 24–31 the rows of the
    /// row's pair and received-and-open (not overdue) counters in the first group (the kernels add
    /// the group of the row's optional facts), and of its finish counter.
    /// </summary>
    private static int[] VectorEntries(int[] flagEntries)
    {
        var entries = new int[flagEntries.Length];
        for (int flag = 0; flag < entries.Length; flag++)
        {
            int entry = flagEntries[flag];
            int finish = (entry >> FinishCounterShift) - FinishedResolvedEarly;
            // Channel bits 3 are never stored (DossierChannel has three values); taken as 2, they stay inside the group.
            int channel = Math.Min((flag >> DossierTable.ChannelShift) & 3, 2);
            entries[flag] = (entry & 0b111) | ((RowGroups + (channel * ChannelRows) + finish) << 8)
                | ((RowGroups + (channel * ChannelRows) + FinishKinds) << 16) | ((RowFinishes + finish) << 24);
        }
        return entries;
    }

    /// <summary>
    /// Counts the rows [from, to) of one unit into <paramref name="block"/> (rows of
    /// <see cref="VectorQuery.Stride"/> counters), <see cref="VectorBlock"/> rows at a time: <see cref="PackOffsets"/>
    /// writes the offsets to add one to (and the open ranges) into <paramref name="lists"/>, then
    /// <see cref="AddCounts"/> adds them.
    /// </summary>
    private static unsafe void VectorKernel(VectorQuery vector, int from, int to, int[] block, int[] lists)
    {
        var table = vector.Query.Table;
        // The last rows of a block (fewer than a vector), copied into zero-padded vectors of Wide
        // rows (receipt days, finish days, due keys; flags; optional facts); the padding is masked out.
        int* tailDays = stackalloc int[3 * Wide];
        ushort* tailFlags = stackalloc ushort[Wide];
        byte* tailExtras = stackalloc byte[Wide];
        const int width = 8;
        for (int start = from; start < to; start += VectorBlock)
        {
            int n = Math.Min(VectorBlock, to - start);
            int full = n & -width, rest = n - full;
            if (rest > 0)
            {
                new Span<int>(tailDays, 3 * Wide).Clear();
                new Span<ushort>(tailFlags, Wide).Clear();
                new Span<byte>(tailExtras, Wide).Clear();
                table.ReceivedDays.Slice(start + full, rest).CopyTo(new Span<int>(tailDays, Wide));
                table.FinishDays.Slice(start + full, rest).CopyTo(new Span<int>(tailDays + Wide, Wide));
                table.DueKeys.Slice(start + full, rest).CopyTo(new Span<int>(tailDays + (2 * Wide), Wide));
                table.Flags.Slice(start + full, rest).CopyTo(new Span<ushort>(tailFlags, Wide));
                if (vector.Extras)
                {
                    table.Extras.Slice(start + full, rest).CopyTo(new Span<byte>(tailExtras, Wide));
                }
            }
            var (finishes, opens) = PackOffsets(vector, start, n, tailDays, tailFlags, tailExtras, lists);
            AddCounts(block, ref lists[0], ListLength, n, finishes, opens);
        }
    }

    /// <summary>
    /// The vector pass over the <paramref name="n"/> rows from <paramref name="start"/> (at most
    /// <see cref="VectorBlock"/>; the last n mod 8 read from the padded copies): the arithmetic of
    /// <see cref="Kernel{TUnits}"/> in vector registers, with periods as counter offsets. Writes every
    /// row's first offset (its pair, or its receipt), and packs the finish offsets of the rows with
    /// one and the open ranges of the rows open at a period's end; returns how many of each.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static unsafe (nint Finishes, nint Opens) PackOffsets(VectorQuery vector, int start, int n, int* tailDays, ushort* tailFlags, byte* tailExtras, int[] lists)
    {
        var query = vector.Query;
        var table = query.Table;
        var dayBase = Vector256.Create(query.DayBase);
        var lastIndex = Vector256.Create(vector.LastIndex);
        var m = Vector256.Create(vector.EndSlot);
        var stride = Vector256.Create(vector.Stride);
        var thresholdBase = Vector256.Create(vector.ThresholdBase);
        nint full = n & ~7, rounded = (n + 7) & ~7;
        int rest = n - (int)full;
        nint finishes = 0, opens = 0;
        bool extras = vector.Extras;
        var factsKey = Vector256.Create(63);
        fixed (int* received = table.ReceivedDays, finished = table.FinishDays, dueKeys = table.DueKeys)
        fixed (ushort* flags = table.Flags)
        fixed (byte* facts = table.Extras)
        fixed (int* period = vector.SlotOf, entries = vector.Entries, packs = PackPermutations, groupOf = vector.GroupOf)
        fixed (int* offsets = lists)
        {
            // Columns from row start, switched to the padded copies for the last rows.
            int* r = received + start, f = finished + start, d = dueKeys + start;
            ushort* g = flags + start;
            byte* x = facts + start;
            uint validBits = 0xFF; // the padding's bits are cleared; its first offsets lie past the n that AddCounts reads
            for (nint j = 0; j < rounded; j += 8)
            {
                if (j == full)
                {
                    r = tailDays - j;
                    f = tailDays + Wide - j;
                    d = tailDays + (2 * Wide) - j;
                    g = tailFlags - j;
                    x = tailExtras - j;
                    validBits = (1u << rest) - 1;
                }
                var flag = Avx2.ConvertToVector256Int32(Vector128.Load(g + j));
                var entry = Avx2.GatherVector256(entries, flag, 4);
                var finalMask = Vector256.ShiftRightArithmetic(Vector256.ShiftLeft(entry, 31 - FinalBit), 31);
                var keepDue = Vector256.ShiftRightArithmetic(Vector256.ShiftLeft(entry, 31 - KeepDuePeriodBit), 31);
                var neverDue = Vector256.ShiftRightArithmetic(Vector256.ShiftLeft(entry, 31 - NeverDueBit), 31);
                var pR = Avx2.GatherVector256(period, Clamp(Vector256.Load(r + j) - dayBase, lastIndex), 4);
                var pFinish = Avx2.GatherVector256(period, Clamp(Vector256.Load(f + j) - dayBase, lastIndex), 4);
                var threshold = Vector256.ShiftRightArithmetic(Vector256.Load(d + j) + thresholdBase, 1);
                var pE = Vector256.Max(Avx2.GatherVector256(period, Clamp(threshold, lastIndex), 4), Vector256<int>.Zero);
                // As in Kernel: periods as slots, −1 before the run.
                var pF = m + ((pFinish - m) & finalMask);
                var s = Vector256.Max(pR, Vector256<int>.Zero);
                var o = Vector256.Max(Vector256.Min(pF, m), s);
                var pDue = (pE & keepDue) | (m & neverDue);
                var q = Vector256.Min(Vector256.Max(pDue, s), o);
                // Slot m for a period outside the run (−1 before it is the largest unsigned).
                var slotR = Vector256.Min(pR.AsUInt32(), m.AsUInt32()).AsInt32();
                var slotF = Vector256.Min(pF.AsUInt32(), m.AsUInt32()).AsInt32();
                // Received in slot r (< m): finished in it (a pair), or open at its end, overdue when q = s = r.
                var sameSlot = Vector256.Equals(slotR, slotF);
                var pair = Vector256.ShiftRightLogical(Vector256.ShiftLeft(entry, 16), 24);
                var receivedOpen = Vector256.ShiftRightLogical(Vector256.ShiftLeft(entry, 8), 24) - Vector256.Equals(q, s);
                var row = Vector256.ConditionalSelect(sameSlot, pair, receivedOpen);
                if (extras)
                {
                    // In the group of the row's optional facts (8 bytes read: 8 rows).
                    var facts8 = Avx2.ConvertToVector256Int32(Vector128.CreateScalarUnsafe(*(ulong*)(x + j)).AsByte()) & factsKey;
                    row += Avx2.GatherVector256(groupOf, facts8, 4);
                }
                (slotR + Avx2.MultiplyLow(row, stride)).Store(offsets + j);

                uint finishBits = ~Vector256.ExtractMostSignificantBits(sameSlot) & validBits;
                var finishPack = Vector256.Load(packs + (finishBits * 8));
                Avx2.PermuteVar8x32(slotF + Avx2.MultiplyLow(Vector256.ShiftRightLogical(entry, 24), stride), finishPack).Store(offsets + ListLength + finishes);
                finishes += BitOperations.PopCount(finishBits);

                // The open range left: from the slot after the receipt's (that one is counted above), or from 0 when received before the run.
                var openFrom = s + Vector256.AndNot(Vector256<int>.One, Vector256.ShiftRightArithmetic(pR, 31));
                uint openBits = Vector256.ExtractMostSignificantBits(Vector256.LessThan(openFrom, o)) & validBits;
                var openPack = Vector256.Load(packs + (openBits * 8));
                Avx2.PermuteVar8x32(openFrom, openPack).Store(offsets + (2 * ListLength) + opens);
                Avx2.PermuteVar8x32(Vector256.Max(q, openFrom), openPack).Store(offsets + (3 * ListLength) + opens);
                Avx2.PermuteVar8x32(o, openPack).Store(offsets + (4 * ListLength) + opens);
                opens += BitOperations.PopCount(openBits);
            }
        }
        return (finishes, opens);

        static Vector256<int> Clamp(Vector256<int> index, Vector256<int> last) => Vector256.Min(Vector256.Max(index, Vector256<int>.Zero), last);
    }

    /// <summary>
    /// Adds one at each offset of the first <paramref name="firsts"/> and <paramref name="finishes"/>
    /// of their lists, and each open range (open from s, overdue from q, closed at o: slots) of the first
    /// <paramref name="opens"/> to the shared 64-bit counters of those slots. The five lists start at
    /// <paramref name="lists"/>, <paramref name="listLength"/> apart; offsets of type <typeparamref name="T"/>
    /// (32 or 16 bits: <see cref="UnitKernelWords"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void AddCounts<T>(int[] block, ref T lists, nint listLength, nint firsts, nint finishes, nint opens)
        where T : unmanaged, IBinaryInteger<T>
    {
        ref int c = ref MemoryMarshal.GetArrayDataReference(block);
        ref long open = ref Unsafe.As<int, long>(ref c);
        ref T firstAt = ref lists;
        ref T finishAt = ref Unsafe.Add(ref firstAt, listLength);
        ref T openFrom = ref Unsafe.Add(ref finishAt, listLength);
        ref T overdueFrom = ref Unsafe.Add(ref openFrom, listLength);
        ref T openUntil = ref Unsafe.Add(ref overdueFrom, listLength);
        // Four a step: the loop's own instructions were as many as the additions'.
        nint j4 = 0;
        for (; j4 + 4 <= firsts; j4 += 4)
        {
            Unsafe.Add(ref c, int.CreateTruncating(Unsafe.Add(ref firstAt, j4)))++;
            Unsafe.Add(ref c, int.CreateTruncating(Unsafe.Add(ref firstAt, j4 + 1)))++;
            Unsafe.Add(ref c, int.CreateTruncating(Unsafe.Add(ref firstAt, j4 + 2)))++;
            Unsafe.Add(ref c, int.CreateTruncating(Unsafe.Add(ref firstAt, j4 + 3)))++;
        }
        for (nint j = j4; j < firsts; j++)
        {
            Unsafe.Add(ref c, int.CreateTruncating(Unsafe.Add(ref firstAt, j)))++;
        }
        for (nint j = 0; j < finishes; j++)
        {
            Unsafe.Add(ref c, int.CreateTruncating(Unsafe.Add(ref finishAt, j)))++;
        }
        for (nint j = 0; j < opens; j++)
        {
            Unsafe.Add(ref open, int.CreateTruncating(Unsafe.Add(ref openFrom, j))) += Open;
            Unsafe.Add(ref open, int.CreateTruncating(Unsafe.Add(ref overdueFrom, j))) += TurnOverdue;
            Unsafe.Add(ref open, int.CreateTruncating(Unsafe.Add(ref openUntil, j))) += CloseOverdue;
        }
    }

    /// <summary>
    /// For each 8-bit mask, the permutation that moves the elements of the set bits, in order, to
    /// the front of a vector (what AVX-512's compress does, with AVX2's permute): 256 × 8 indices.
    /// </summary>
    private static readonly int[] PackPermutations = BuildPackPermutations();

    private static int[] BuildPackPermutations()
    {
        var table = new int[256 * 8];
        for (int mask = 0; mask < 256; mask++)
        {
            for (int bit = 0, at = 0; bit < 8; bit++)
            {
                if ((mask & (1 << bit)) != 0)
                {
                    table[(mask * 8) + at++] = bit;
                }
            }
        }
        return table;
    }
}

using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Reform.Indicators.Columnar;

/// <summary>
/// The AVX-512 kernel of a sorted table's unit in 16-bit lanes, 32 rows a step: the arithmetic of
/// <see cref="UnitKernel512{TPeriods, TFlags}"/> on twice the rows per instruction. Used where every
/// number it handles fits 16 bits — day indices (a period table of at most 512 days), period slots
/// and counter offsets (a unit's block of fewer than 2¹⁶ counters) — and the processor has AVX-512
/// VBMI and VBMI2 (the byte permutation of the flag entries, the compression of 16-bit lanes).
/// </summary>
/// <remarks>
/// <para>The days are read as 32-bit values, less the run's base, and packed into 16 bits with
/// unsigned saturation (what is before the run becomes 0, what is far after it 65,535), then clamped
/// to the table: the clamp of <see cref="Kernel{TUnits}"/> in two instructions for 32 rows.</para>
/// <para>A period is looked up with one word permutation, an addition and a shift: the 16-day block
/// table of <see cref="PeriodBlocks"/> is rewritten (<see cref="BlockWords"/>) so that a block's
/// word plus the day index, shifted right by 5, is the day's slot.</para>
/// </remarks>
public static partial class ColumnarIndicators
{
    /// <summary>Rows per step of the 16-bit kernel: the lanes of a 512-bit vector of 16-bit values.</summary>
    private const int WordLanes = 32;

    /// <summary>
    /// A day (and due key) far past any run, for the lanes of <see cref="PackWords"/> past a unit's end:
    /// day numbers (days from 1970-01-01, negative before it; years 1 to 9999) are within ±2²³, so less a run's day base, or plus its
    /// threshold base (1 − 2 × day base), it is still above 2¹⁶ and within an int.
    /// </summary>
    private const int FarDay = 1 << 30;

    /// <summary>Room in each of the 16-bit kernel's offset lists: a block's rows and one more full vector store.</summary>
    private const int WordListLength = VectorBlock + WordLanes;

    /// <summary>
    /// The block table of <see cref="PeriodBlocks"/> (made with slots one apart) as 64 words for a
    /// word permutation: block b's word is slot × 32 + 32 − change − 16 × b, so that for a day index
    /// i = 16 × b + d, (word + i) >> 5 (arithmetic) is slot + 1 when d ≥ change, else slot. Null when
    /// <paramref name="blocks"/> is.
    /// </summary>
    internal static short[]? BlockWords(int[]? blocks)
    {
        if (blocks is null)
        {
            return null;
        }
        var words = new short[2 * WordLanes];
        for (int b = 0; b < blocks.Length; b++)
        {
            // slot in [−1, 62] (at most one change inside each 16-day block besides one at its start),
            // change in [1, 16], b in [0, 31]: the word is in [−512, 2015], a short.
            words[b] = (short)(((blocks[b] >> 5) * 32) + 32 - (blocks[b] & 31) - (16 * b));
        }
        return words;
    }

    /// <summary>Whether the 16-bit kernel can count <paramref name="vector"/>'s units: its tables given and a unit's block addressable in 16 bits.</summary>
    private static bool FitsWords(VectorQuery vector) =>
        vector.BlockWords is not null && vector.FlagBytes is not null
        && ((long)RowsOf(vector.Keys?.Values ?? 1) * vector.Stride) + Wide <= ushort.MaxValue + 1;

    /// <summary>
    /// Counts the rows [from, to) of one unit into <paramref name="block"/> as <see cref="UnitKernel512{TPeriods, TFlags}"/>
    /// does — the same counters — with 16-bit offsets in <paramref name="lists"/>; <see cref="PackWords"/>
    /// fills them, <see cref="VectorBlock"/> rows at a time, and <see cref="AddCounts{T}"/> adds them.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static unsafe void UnitKernelWords(VectorQuery vector, int from, int to, int[] block, int[] lists)
    {
        var table = vector.Query.Table;
        fixed (int* received = table.ReceivedDays, finished = table.FinishDays, dueKeys = table.DueKeys)
        fixed (ushort* flags = table.Flags)
        fixed (byte* facts = table.Extras)
        fixed (int* listInts = lists)
        fixed (short* blockWords = vector.BlockWords)
        fixed (byte* flagBytes = vector.FlagBytes)
        fixed (ushort* groupWords = vector.GroupWords)
        {
            var columns = new WordColumns(received, finished, dueKeys, flags, facts, blockWords, flagBytes, groupWords);
            ushort* offsets = (ushort*)listInts;
            for (int start = from; start < to; start += VectorBlock)
            {
                int n = Math.Min(VectorBlock, to - start);
                var (finishes, opens) = PackWords(vector, in columns, start, n, offsets);
                AddCounts(block, ref *offsets, WordListLength, n, finishes, opens);
            }
        }
    }

    /// <summary>The columns and look-up tables of <see cref="PackWords"/>, pinned by its caller.</summary>
    private readonly unsafe struct WordColumns(int* received, int* finished, int* dueKeys, ushort* flags, byte* facts, short* blockWords, byte* flagBytes, ushort* groupWords)
    {
        public int* Received { get; } = received;

        public int* Finished { get; } = finished;

        public int* DueKeys { get; } = dueKeys;

        public ushort* Flags { get; } = flags;

        public byte* Facts { get; } = facts;

        public short* BlockWords { get; } = blockWords;

        public byte* FlagBytes { get; } = flagBytes;

        public ushort* GroupWords { get; } = groupWords;
    }

    /// <summary>
    /// The vector pass of the 16-bit kernel over the <paramref name="n"/> rows from <paramref name="start"/>
    /// (at most <see cref="VectorBlock"/>): every row's first offset, and the packed finish offsets and open
    /// ranges, as <see cref="UnitKernel512{TPeriods, TFlags}"/> writes them, as 16-bit values; returns how
    /// many of each. A method of its own, with no call in it, so that its constants stay in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static unsafe (nint Finishes, nint Opens) PackWords(VectorQuery vector, in WordColumns columns, int start, int n, ushort* offsets)
    {
        bool extras = vector.Extras;
        var minusDayBase = Vector512.Create(-vector.Query.DayBase);
        var thresholdBase = Vector512.Create(vector.ThresholdBase);
        var lastIndex = Vector512.Create((ushort)vector.LastIndex);
        var m = Vector512.Create((short)vector.EndSlot);
        var stride = Vector512.Create((short)vector.Stride);
        var blocksLow = Vector512.Load(columns.BlockWords);
        var blocksHigh = Vector512.Load(columns.BlockWords + WordLanes);
        var flagsLow = Vector512.Load(columns.FlagBytes);
        var flagsHigh = Vector512.Load(columns.FlagBytes + 64);
        var groupsLow = extras ? Vector512.Load(columns.GroupWords) : default;
        var groupsHigh = extras ? Vector512.Load(columns.GroupWords + WordLanes) : default;
        // After a 16-bit pack of two vectors of 16 ints, their quarters alternate: this puts the rows back in order.
        var inOrder = Vector512.Create(0L, 2, 4, 6, 1, 3, 5, 7);
        var upperHalf = Vector512<int>.Indices + Vector512.Create(16);
        int* received = columns.Received + start, finished = columns.Finished + start, dueKeys = columns.DueKeys + start;
        ushort* flags = columns.Flags + start;
        byte* facts = columns.Facts + start;
        nint finishes = 0, opens = 0;
        for (int j = 0; j < n; j += WordLanes)
        {
            Sse.Prefetch0((byte*)(received + j) + PrefetchDistance);
            Sse.Prefetch0((byte*)(received + j) + PrefetchDistance + 64);
            Sse.Prefetch0((byte*)(finished + j) + PrefetchDistance);
            Sse.Prefetch0((byte*)(finished + j) + PrefetchDistance + 64);
            Sse.Prefetch0((byte*)(dueKeys + j) + PrefetchDistance);
            Sse.Prefetch0((byte*)(dueKeys + j) + PrefetchDistance + 64);
            Sse.Prefetch0((byte*)(flags + j) + PrefetchDistance);
            Sse.Prefetch0(facts + j + PrefetchDistance);
            // Masked loads: the lanes past the unit's last row read nothing. Their days are taken as far
            // past the run (slot m: received and finished there, never open, in no list below) and their
            // first offsets lie past the n that AddCounts reads.
            int rest = Math.Min(WordLanes, n - j);
            var restInts = Vector512.Create(rest);
            var lowValid = Vector512.LessThan(Vector512<int>.Indices, restInts);
            var highValid = Vector512.LessThan(upperHalf, restInts);
            var valid = Vector512.LessThan(Vector512<ushort>.Indices, Vector512.Create((ushort)rest));

            var flag = Avx512BW.MaskLoad(flags + j, valid, Vector512<ushort>.Zero);
            var index = (flag & Vector512.Create((ushort)DossierTable.StatusMask)) | (Vector512.ShiftRightLogical(flag, 2) & Vector512.Create((ushort)0x78));
            // The high byte of each lane looks up entry 0: only the low byte is read below.
            var entry = Avx512Vbmi.PermuteVar64x8x2(flagsLow, index.AsByte(), flagsHigh).AsInt16();
            var kind = Vector512.ShiftRightLogical(entry, KindShift) & Vector512.Create((short)7);
            var channel = Vector512.Min(Vector512.ShiftRightLogical(flag, DossierTable.ChannelShift) & Vector512.Create((ushort)3), Vector512.Create((ushort)2)).AsInt16();
            var final = Vector512.ShiftRightArithmetic(Vector512.ShiftLeft(entry, 15 - FinalBit), 15);
            var keepDue = Vector512.ShiftRightArithmetic(Vector512.ShiftLeft(entry, 15 - KeepDuePeriodBit), 15);
            var neverDue = Vector512.ShiftRightArithmetic(Vector512.ShiftLeft(entry, 15 - NeverDueBit), 15);

            var pR = Slot(Vector512.Min(DayIndex(received + j, minusDayBase, lowValid, highValid, inOrder), lastIndex), blocksLow, blocksHigh);
            var pFinish = Slot(Vector512.Min(DayIndex(finished + j, minusDayBase, lowValid, highValid, inOrder), lastIndex), blocksLow, blocksHigh);
            var threshold = Vector512.Min(Vector512.ShiftRightLogical(DayIndex(dueKeys + j, thresholdBase, lowValid, highValid, inOrder), 1), lastIndex);
            var pE = Vector512.Max(Slot(threshold, blocksLow, blocksHigh), Vector512<short>.Zero);
            var pF = Vector512.ConditionalSelect(final, pFinish, m);
            var s = Vector512.Max(pR, Vector512<short>.Zero);
            var o = Vector512.Max(Vector512.Min(pF, m), s);
            var pDue = (pE & keepDue) | (m & neverDue);
            var q = Vector512.Min(Vector512.Max(pDue, s), o);
            var slotR = Vector512.Min(pR.AsUInt16(), m.AsUInt16()).AsInt16();
            var slotF = Vector512.Min(pF.AsUInt16(), m.AsUInt16()).AsInt16();
            var sameSlot = Vector512.Equals(slotR, slotF);
            // The row of the pair counter (channel × 9 + kind) or of the received-and-open one (channel × 9 + 7, + 1 when overdue at the period's end).
            var channelRow = (channel * Vector512.Create((short)ChannelRows)) + Vector512.Create((short)RowGroups);
            var counterRow = channelRow + Vector512.ConditionalSelect(
                sameSlot, kind, Vector512.ConditionalSelect(Vector512.Equals(q, s), Vector512.Create((short)(FinishKinds + 1)), Vector512.Create((short)FinishKinds)));
            if (extras)
            {
                var key = Avx512BW.ConvertToVector512UInt16(
                    Avx512BW.MaskLoad(facts + j, Vector512.LessThan(Vector512<byte>.Indices, Vector512.Create((byte)rest)), Vector512<byte>.Zero).GetLower());
                counterRow += Avx512BW.PermuteVar32x16x2(groupsLow, key, groupsHigh).AsInt16();
            }
            (slotR + (counterRow * stride)).AsUInt16().Store(offsets + j);

            var finishMask = ~sameSlot;
            Avx512Vbmi2.Compress(Vector512<short>.Zero, finishMask, slotF + ((kind + Vector512.Create((short)RowFinishes)) * stride)).AsUInt16()
                .Store(offsets + WordListLength + finishes);
            finishes += BitOperations.PopCount(finishMask.ExtractMostSignificantBits());

            var openFrom = s + Vector512.AndNot(Vector512<short>.One, Vector512.ShiftRightArithmetic(pR, 15));
            var openMask = Vector512.LessThan(openFrom, o);
            Avx512Vbmi2.Compress(Vector512<short>.Zero, openMask, openFrom).AsUInt16().Store(offsets + (2 * WordListLength) + opens);
            Avx512Vbmi2.Compress(Vector512<short>.Zero, openMask, Vector512.Max(q, openFrom)).AsUInt16().Store(offsets + (3 * WordListLength) + opens);
            Avx512Vbmi2.Compress(Vector512<short>.Zero, openMask, o).AsUInt16().Store(offsets + (4 * WordListLength) + opens);
            opens += BitOperations.PopCount(openMask.ExtractMostSignificantBits());
        }
        return (finishes, opens);

        // 32 rows' day column plus minus (less the base), packed to 16 bits with unsigned saturation (below the base: 0);
        // a lane past the unit's end is read as a day far past the run (65,535 once packed).
        static Vector512<ushort> DayIndex(int* days, Vector512<int> minus, Vector512<int> lowValid, Vector512<int> highValid, Vector512<long> inOrder)
        {
            var far = Vector512.Create(FarDay);
            var low = Avx512F.MaskLoad(days, lowValid, far) + minus;
            var high = Avx512F.MaskLoad(days + 16, highValid, far) + minus;
            return Avx512F.PermuteVar8x64(Avx512BW.PackUnsignedSaturate(low, high).AsInt64(), inOrder).AsUInt16();
        }

        // The slot of each day index (at most 511) by the block words.
        static Vector512<short> Slot(Vector512<ushort> index, Vector512<short> low, Vector512<short> high) =>
            Vector512.ShiftRightArithmetic(Avx512BW.PermuteVar32x16x2(low, Vector512.ShiftRightLogical(index, 4).AsInt16(), high) + index.AsInt16(), 5);
    }
}

using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Reform.Indicators.Columnar;

/// <summary>
/// The AVX-512 kernel of a sorted table's unit, 16 rows a step: the arithmetic of <see cref="PackOffsets"/>
/// in 512-bit registers, packing with the processor's compress. With periods of 16 days or more in at most
/// 512 days (months, quarters) the periods are looked up by permutation (<see cref="PeriodBlocks"/>), else
/// gathered (two AVX2 gathers: .NET has no 512-bit gather); with AVX-512 VBMI the flag's entry is a byte
/// found by a byte permutation, else gathered. The optional facts' group is a 16-bit word found by a word
/// permutation. A whole unit per call; a unit's last rows are read in place and masked (copied only where
/// the columns end).
/// </summary>
public static partial class ColumnarIndicators
{
    // A flag byte (FlagBytes): bits 0–2 those of FlagEntries (final, keep the due period, never due),
    // bits 3–5 the finish kind (finish counter − FinishedResolvedEarly, 0–6).
    private const int KindShift = 3;

    /// <summary>
    /// Bytes ahead of the rows read that each column is prefetched: without it the pass waited on
    /// its loads from memory (a third of its samples in a profile); 4 kB measured best of 1, 2 and 4 kB.
    /// </summary>
    private const int PrefetchDistance = 4096;

    /// <summary>
    /// The flag entries of <see cref="FlagEntries"/> as 128 bytes, indexed by a flag without its
    /// channel: its status (bits 0–2) and its facts (bits 5–8, moved to 3–6); null if an entry depended on
    /// the channel (the classifier's decisions do not read it, so this does not happen).
    /// </summary>
    private static byte[]? FlagBytes(int[] flagEntries)
    {
        var bytes = new byte[128];
        for (int index = 0; index < bytes.Length; index++)
        {
            int flag = (index & DossierTable.StatusMask) | ((index >> 3) << 5);
            int entry = flagEntries[flag];
            for (int channel = 1; channel < 4; channel++)
            {
                if (flagEntries[flag | (channel << DossierTable.ChannelShift)] != entry)
                {
                    return null;
                }
            }
            bytes[index] = (byte)((entry & 0b111) | (((entry >> FinishCounterShift) - FinishedResolvedEarly) << KindShift));
        }
        return bytes;
    }

    /// <summary>A unit's kernel (rows [from, to) into a block, with the offset lists) for <paramref name="vector"/>.</summary>
    private delegate void UnitKernel(VectorQuery vector, int from, int to, int[] block, int[] lists);

    /// <summary>
    /// <see cref="UnitKernel512{TPeriods, TFlags}"/> as the periods and the processor allow; null when
    /// the count is not asked to use AVX-512 (then <see cref="VectorKernel"/> takes 8 rows a step).
    /// </summary>
    private static UnitKernel? UnitKernel512(VectorQuery vector) =>
        vector.Query.Kernel < Kernels.Vector512 || vector.FlagBytes is null ? null
        : vector.Query.Kernel == Kernels.Vector512Words && FitsWords(vector) ? UnitKernelWords
        : (vector.Blocks is not null, vector.Query.Kernel >= Kernels.Vector512Vbmi) switch
        {
            (true, true) => UnitKernel512<BlockPeriods, PermutedFlags>,
            (true, false) => UnitKernel512<BlockPeriods, GatheredFlags>,
            (false, true) => UnitKernel512<GatheredPeriods, PermutedFlags>,
            (false, false) => UnitKernel512<GatheredPeriods, GatheredFlags>,
        };

    /// <summary>How <see cref="UnitKernel512{TPeriods, TFlags}"/> looks a day index up in the period table.</summary>
    private unsafe interface IPeriods512
    {
        /// <summary>The period's slot of each day index (within the table).</summary>
        static abstract Vector512<int> Of(Vector512<int> index, int* table, Vector512<int> lowBlocks, Vector512<int> highBlocks);
    }

    /// <summary>By permutation of the 32 blocks of <see cref="PeriodBlocks"/> (made with slots one apart).</summary>
    private readonly unsafe struct BlockPeriods : IPeriods512
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<int> Of(Vector512<int> index, int* table, Vector512<int> lowBlocks, Vector512<int> highBlocks)
        {
            var block = Avx512F.PermuteVar16x32x2(lowBlocks, Vector512.ShiftRightLogical(index, 4), highBlocks);
            var changed = Vector512.GreaterThanOrEqual(index & Vector512.Create(DaysPerBlock - 1), block & Vector512.Create(31));
            return Vector512.ShiftRightArithmetic(block, 5) - changed;
        }
    }

    /// <summary>Gathered from the period table in counter offsets.</summary>
    private readonly unsafe struct GatheredPeriods : IPeriods512
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<int> Of(Vector512<int> index, int* table, Vector512<int> lowBlocks, Vector512<int> highBlocks) =>
            Gather(table, index);
    }

    /// <summary>How <see cref="UnitKernel512{TPeriods, TFlags}"/> finds each lane's flag byte (<see cref="FlagBytes"/>) by its index (low bits of the lane).</summary>
    private unsafe interface IFlags512
    {
        /// <summary>Each lane's flag byte in its low byte (the other bits are not used).</summary>
        static abstract Vector512<int> Of(Vector512<int> index, int* table, Vector512<byte> low, Vector512<byte> high);
    }

    /// <summary>By a byte permutation of the 128 flag bytes in two registers (AVX-512 VBMI).</summary>
    private readonly unsafe struct PermutedFlags : IFlags512
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<int> Of(Vector512<int> index, int* table, Vector512<byte> low, Vector512<byte> high) =>
            Avx512Vbmi.PermuteVar64x8x2(low, index.AsByte(), high).AsInt32();
    }

    /// <summary>Gathered from the flag bytes as ints.</summary>
    private readonly unsafe struct GatheredFlags : IFlags512
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<int> Of(Vector512<int> index, int* table, Vector512<byte> low, Vector512<byte> high) =>
            Gather(table, index);
    }

    private static unsafe Vector512<int> Gather(int* table, Vector512<int> index) =>
        Vector512.Create(Avx2.GatherVector256(table, index.GetLower(), 4), Avx2.GatherVector256(table, index.GetUpper(), 4));

    /// <summary>
    /// Counts the rows [from, to) of one unit into <paramref name="block"/> as <see cref="VectorKernel"/>
    /// does (the same offsets, the same lists, <see cref="AddCounts"/> after each <see cref="VectorBlock"/>
    /// rows), 16 rows a step; see the file's summary for what differs. Specialised per way of looking up
    /// (structs), so that the loop holds no test and no code of the other way.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static unsafe void UnitKernel512<TPeriods, TFlags>(VectorQuery vector, int from, int to, int[] block, int[] lists)
        where TPeriods : struct, IPeriods512
        where TFlags : struct, IFlags512
    {
        var query = vector.Query;
        var table = query.Table;
        var dayBase = Vector512.Create(query.DayBase);
        var lastIndex = Vector512.Create(vector.LastIndex);
        var m = Vector512.Create(vector.EndSlot);
        var stride = Vector512.Create(vector.Stride);
        var thresholdBase = Vector512.Create(vector.ThresholdBase);
        var blocks = vector.Blocks ?? new int[32];
        var lowBlocks = Vector512.Create<int>(blocks.AsSpan(0, 16));
        var highBlocks = Vector512.Create<int>(blocks.AsSpan(16, 16));
        var flagBytes = vector.FlagBytes!;
        var flagsLow = Vector512.Create<byte>(flagBytes.AsSpan(0, 64));
        var flagsHigh = Vector512.Create<byte>(flagBytes.AsSpan(64, 64));
        bool extras = vector.Extras;
        var groupsLow = extras ? Vector512.Create<ushort>(vector.GroupWords.AsSpan(0, 32)) : default;
        var groupsHigh = extras ? Vector512.Create<ushort>(vector.GroupWords.AsSpan(32, 32)) : default;
        fixed (int* received = table.ReceivedDays, finished = table.FinishDays, dueKeys = table.DueKeys)
        fixed (ushort* flags = table.Flags)
        fixed (byte* facts = table.Extras)
        fixed (int* offsets = lists, period = vector.SlotOf, flagInts = vector.FlagInts)
        {
            for (int start = from; start < to; start += VectorBlock)
            {
                int n = Math.Min(VectorBlock, to - start);
                nint finishes = 0, opens = 0;
                for (int j = 0; j < n; j += Wide)
                {
                    int row = start + j;
                    int* r = received + row, f = finished + row, d = dueKeys + row;
                    ushort* g = flags + row;
                    byte* x = facts + row;
                    Sse.Prefetch0((byte*)r + PrefetchDistance);
                    Sse.Prefetch0((byte*)f + PrefetchDistance);
                    Sse.Prefetch0((byte*)d + PrefetchDistance);
                    Sse.Prefetch0((byte*)g + PrefetchDistance);
                    Sse.Prefetch0(x + PrefetchDistance);
                    // Masked loads: the lanes past the unit's last row read nothing (no fault past the
                    // columns' end), hold zero, and are masked out of every list below.
                    int rest = Math.Min(Wide, n - j);
                    var valid = Vector512.LessThan(Vector512<int>.Indices, Vector512.Create(rest));
                    var flag = Avx512F.ConvertToVector512Int32(
                        Avx512BW.MaskLoad(g, Vector512.LessThan(Vector512<ushort>.Indices, Vector512.Create((ushort)rest)), Vector512<ushort>.Zero).GetLower());
                    var index = (flag & Vector512.Create(DossierTable.StatusMask)) | (Vector512.ShiftRightLogical(flag, 2) & Vector512.Create(0x78));
                    var entry = TFlags.Of(index, flagInts, flagsLow, flagsHigh);
                    var kind = Vector512.ShiftRightLogical(entry, KindShift) & Vector512.Create(7);
                    var channel = Vector512.Min(Vector512.ShiftRightLogical(flag, DossierTable.ChannelShift) & Vector512.Create(3), Vector512.Create(2));
                    var final = Bit(entry, FinalBit);
                    var keepDue = Bit(entry, KeepDuePeriodBit);
                    var neverDue = Bit(entry, NeverDueBit);

                    var pR = TPeriods.Of(Clamp(Avx512F.MaskLoad(r, valid, Vector512<int>.Zero) - dayBase, lastIndex), period, lowBlocks, highBlocks);
                    var pFinish = TPeriods.Of(Clamp(Avx512F.MaskLoad(f, valid, Vector512<int>.Zero) - dayBase, lastIndex), period, lowBlocks, highBlocks);
                    var threshold = Vector512.ShiftRightArithmetic(Avx512F.MaskLoad(d, valid, Vector512<int>.Zero) + thresholdBase, 1);
                    var pE = Vector512.Max(TPeriods.Of(Clamp(threshold, lastIndex), period, lowBlocks, highBlocks), Vector512<int>.Zero);
                    var pF = Vector512.ConditionalSelect(final, pFinish, m);
                    var s = Vector512.Max(pR, Vector512<int>.Zero);
                    var o = Vector512.Max(Vector512.Min(pF, m), s);
                    var pDue = (pE & keepDue) | (m & neverDue);
                    var q = Vector512.Min(Vector512.Max(pDue, s), o);
                    var slotR = Vector512.Min(pR.AsUInt32(), m.AsUInt32()).AsInt32();
                    var slotF = Vector512.Min(pF.AsUInt32(), m.AsUInt32()).AsInt32();
                    var sameSlot = Vector512.Equals(slotR, slotF);
                    // The row of the pair counter (channel × 9 + kind) or of the received-and-open one (channel × 9 + 7, + 1 when overdue at the period's end).
                    var channelRow = Vector512.ShiftLeft(channel, 3) + channel + Vector512.Create(RowGroups);
                    var counterRow = channelRow + Vector512.ConditionalSelect(sameSlot, kind, Vector512.Create(FinishKinds) - Vector512.Equals(q, s));
                    if (extras)
                    {
                        var key = Avx512F.ConvertToVector512Int32(
                            Avx512BW.MaskLoad(x, Vector512.LessThan(Vector512<byte>.Indices, Vector512.Create((byte)rest)), Vector512<byte>.Zero).GetLower().GetLower()).AsUInt16();
                        // The high word of each lane looks up value 0 (none), whose group is the first: 0.
                        counterRow += Avx512BW.PermuteVar32x16x2(groupsLow, key, groupsHigh).AsInt32();
                    }
                    (slotR + Avx512F.MultiplyLow(counterRow, stride)).Store(offsets + j);

                    var finishMask = Vector512.AndNot(valid, sameSlot);
                    Avx512F.Compress(Vector512<int>.Zero, finishMask, slotF + Avx512F.MultiplyLow(kind + Vector512.Create(RowFinishes), stride)).Store(offsets + ListLength + finishes);
                    finishes += BitOperations.PopCount(finishMask.ExtractMostSignificantBits());

                    var openFrom = s + Vector512.AndNot(Vector512<int>.One, Vector512.ShiftRightArithmetic(pR, 31));
                    var openMask = Vector512.LessThan(openFrom, o) & valid;
                    Avx512F.Compress(Vector512<int>.Zero, openMask, openFrom).Store(offsets + (2 * ListLength) + opens);
                    Avx512F.Compress(Vector512<int>.Zero, openMask, Vector512.Max(q, openFrom)).Store(offsets + (3 * ListLength) + opens);
                    Avx512F.Compress(Vector512<int>.Zero, openMask, o).Store(offsets + (4 * ListLength) + opens);
                    opens += BitOperations.PopCount(openMask.ExtractMostSignificantBits());
                }
                AddCounts(block, ref lists[0], ListLength, n, finishes, opens);
            }
        }

        static Vector512<int> Bit(Vector512<int> entry, int bit) => Vector512.Equals(entry & Vector512.Create(1 << bit), Vector512.Create(1 << bit));

        static Vector512<int> Clamp(Vector512<int> index, Vector512<int> last) => Vector512.Min(Vector512.Max(index, Vector512<int>.Zero), last);
    }
}

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Columnar;

/// <summary>
/// The fold of the vector kernels: a unit's block of counter rows (ColumnarIndicators.Vector.cs)
/// into its result cells, 16 period slots at a time (cross-platform 512-bit vectors: the AVX2
/// kernel's fold runs them as two halves).
/// </summary>
public static partial class ColumnarIndicators
{
    /// <summary>Period slots folded at a time: the lanes of a 512-bit vector of ints.</summary>
    private const int FoldLanes = 16;

    // FoldUnit writes the 17 counts of a cell one by one, six of them the optional facts': a cell of
    // another width makes one of these constants negative, which does not compile.
    private const byte CellWidthAtLeast17 = CountCell.Width - 17, CellWidthAtMost17 = 17 - CountCell.Width;
    private const byte ExtrasAtLeast6 = DossierCounts.ExtraCount - 6, ExtrasAtMost6 = 6 - DossierCounts.ExtraCount;

    /// <summary>
    /// Writes the cells of <paramref name="unit"/> for the periods of <paramref name="run"/> from its
    /// block (rows of <paramref name="stride"/> counters, as the vector kernels lay it out), and marks
    /// the unit counted when any count is not zero. Every row is added as a vector over 16 slots: the
    /// pair and received-and-open rows of every group and channel give the finishes by kind, the
    /// receipts by channel, each group's receipts by channel (times what a row of that key adds to the
    /// optional facts' counts, <see cref="ExtraKeys.Masks"/>) and the one-period open ranges; the shared
    /// open-range counters are decoded as in <see cref="Accumulate"/> and summed up the slots, as
    /// <see cref="Cells.Write"/> does.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe void FoldUnit(int[] block, int stride, ExtraKeys? keys, Cells cells, int unit, List<int> run)
    {
        int slots = run.Count;
        int groups = keys?.Values ?? 1;
        int rank = cells.Ranks[unit];
        int cellRow = rank * cells.Periods;
        ref int b = ref MemoryMarshal.GetArrayDataReference(block);
        ref long open = ref Unsafe.As<int, long>(ref b);
        ref int masks = ref keys is null ? ref Unsafe.NullRef<int>() : ref MemoryMarshal.GetArrayDataReference(keys.Masks);
        // The counts of 16 slots, count i of slot k0 + lane at i × 16 + lane, then written cell by cell.
        int* counts = stackalloc int[CountCell.Width * FoldLanes];
        Vector512<int> openNotDueBefore = default, openOverdueBefore = default, any = default;
        for (int k0 = 0; k0 < slots; k0 += FoldLanes)
        {
            // Sums over groups and channels by kind: finishes (0–6), received and open (7, 8).
            Vector512<int> p0 = default, p1 = default, p2 = default, p3 = default, p4 = default, p5 = default, p6 = default, p7 = default, p8 = default;
            Vector512<int> direct = default, online = default, postal = default;
            Vector512<int> e0 = default, e1 = default, e2 = default, e3 = default, e4 = default, e5 = default;
            for (int g = 0; g < groups; g++)
            {
                int first = ((RowGroups + (g * GroupRows)) * stride) + k0;
                for (int c = 0; c < 3; c++)
                {
                    // Channel c of group g: its pair rows (finish kinds) and its two received-and-open rows.
                    ref int row = ref Unsafe.Add(ref b, first + (c * ChannelRows * stride));
                    var r0 = Vector512.LoadUnsafe(ref row);
                    var r1 = Vector512.LoadUnsafe(ref row, (nuint)stride);
                    var r2 = Vector512.LoadUnsafe(ref row, (nuint)(2 * stride));
                    var r3 = Vector512.LoadUnsafe(ref row, (nuint)(3 * stride));
                    var r4 = Vector512.LoadUnsafe(ref row, (nuint)(4 * stride));
                    var r5 = Vector512.LoadUnsafe(ref row, (nuint)(5 * stride));
                    var r6 = Vector512.LoadUnsafe(ref row, (nuint)(6 * stride));
                    var r7 = Vector512.LoadUnsafe(ref row, (nuint)(7 * stride));
                    var r8 = Vector512.LoadUnsafe(ref row, (nuint)(8 * stride));
                    (p0, p1, p2, p3, p4, p5, p6, p7, p8) = (p0 + r0, p1 + r1, p2 + r2, p3 + r3, p4 + r4, p5 + r5, p6 + r6, p7 + r7, p8 + r8);
                    var receipts = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)) + r8;
                    (direct, online, postal) = c switch
                    {
                        0 => (direct + receipts, online, postal),
                        1 => (direct, online + receipts, postal),
                        _ => (direct, online, postal + receipts),
                    };
                    if (keys is not null)
                    {
                        // The receipts of key g × 4 + c, each added to the counts a row of that key adds one to.
                        ref int mask = ref Unsafe.Add(ref masks, ((4 * g) + c) * ExtraKeys.CountStride);
                        e0 += receipts & Vector512.Create(mask);
                        e1 += receipts & Vector512.Create(Unsafe.Add(ref mask, 1));
                        e2 += receipts & Vector512.Create(Unsafe.Add(ref mask, 2));
                        e3 += receipts & Vector512.Create(Unsafe.Add(ref mask, 3));
                        e4 += receipts & Vector512.Create(Unsafe.Add(ref mask, 4));
                        e5 += receipts & Vector512.Create(Unsafe.Add(ref mask, 5));
                    }
                }
            }
            ref int finish = ref Unsafe.Add(ref b, (RowFinishes * stride) + k0);
            var early = p0 + Vector512.LoadUnsafe(ref finish);
            var onTime = p1 + Vector512.LoadUnsafe(ref finish, (nuint)stride);
            var late = p2 + Vector512.LoadUnsafe(ref finish, (nuint)(2 * stride));
            var withdrawn = p3 + Vector512.LoadUnsafe(ref finish, (nuint)(3 * stride));
            var withdrawnLate = p4 + Vector512.LoadUnsafe(ref finish, (nuint)(4 * stride));
            var stopped = p5 + Vector512.LoadUnsafe(ref finish, (nuint)(5 * stride));
            var stoppedLate = p6 + Vector512.LoadUnsafe(ref finish, (nuint)(6 * stride));
            // The shared counters V = notDue + 2³² × overdue of these slots, decoded, summed up the
            // slots (from the slots before), and the rows open at the end of their receipt's period only.
            var low = Vector512.LoadUnsafe(ref open, (nuint)k0);
            var high = Vector512.LoadUnsafe(ref open, (nuint)(k0 + 8));
            var notDue = Vector512.Narrow(low, high);
            var overdue = Vector512.Narrow(
                Vector512.ShiftRightArithmetic(low - Vector512.WidenLower(notDue), 32), Vector512.ShiftRightArithmetic(high - Vector512.WidenUpper(notDue), 32));
            var openNotDue = PrefixSum(notDue) + openNotDueBefore;
            var openOverdue = PrefixSum(overdue) + openOverdueBefore;
            openNotDueBefore = Vector512.Shuffle(openNotDue, Vector512.Create(FoldLanes - 1));
            openOverdueBefore = Vector512.Shuffle(openOverdue, Vector512.Create(FoldLanes - 1));
            openNotDue += p7;
            openOverdue += p8;

            var handled = early + onTime + withdrawn + stopped + openNotDue;
            withdrawn += withdrawnLate;
            stopped += stoppedLate;
            online.Store(counts + (CountCell.ReceivedOnline * FoldLanes));
            direct.Store(counts + (CountCell.ReceivedDirect * FoldLanes));
            postal.Store(counts + (CountCell.ReceivedPostal * FoldLanes));
            early.Store(counts + (CountCell.ResolvedEarly * FoldLanes));
            onTime.Store(counts + (CountCell.ResolvedOnTime * FoldLanes));
            late.Store(counts + (CountCell.ResolvedLate * FoldLanes));
            withdrawn.Store(counts + (CountCell.Withdrawn * FoldLanes));
            stopped.Store(counts + (CountCell.Stopped * FoldLanes));
            openNotDue.Store(counts + (CountCell.OpenNotDue * FoldLanes));
            openOverdue.Store(counts + (CountCell.OpenOverdue * FoldLanes));
            handled.Store(counts + (CountCell.HandledOnTime * FoldLanes));
            e0.Store(counts + (CountCell.ExtrasAt * FoldLanes));
            e1.Store(counts + ((CountCell.ExtrasAt + 1) * FoldLanes));
            e2.Store(counts + ((CountCell.ExtrasAt + 2) * FoldLanes));
            e3.Store(counts + ((CountCell.ExtrasAt + 3) * FoldLanes));
            e4.Store(counts + ((CountCell.ExtrasAt + 4) * FoldLanes));
            e5.Store(counts + ((CountCell.ExtrasAt + 5) * FoldLanes));

            // Receipts, finishes and open counts cover every count (the optional facts' follow receipts).
            int lanes = Math.Min(FoldLanes, slots - k0);
            any |= (direct | online | postal | early | onTime | late | withdrawn | stopped | openNotDue | openOverdue)
                & Vector512.LessThan(Vector512<int>.Indices, Vector512.Create(lanes));
            for (int lane = 0; lane < lanes; lane++)
            {
                int* from = counts + lane;
                fixed (CountCell* cell = &cells.Values[cellRow + run[k0 + lane]])
                {
                    int* to = (int*)cell;
                    to[0] = from[0];
                    to[1] = from[FoldLanes];
                    to[2] = from[2 * FoldLanes];
                    to[3] = from[3 * FoldLanes];
                    to[4] = from[4 * FoldLanes];
                    to[5] = from[5 * FoldLanes];
                    to[6] = from[6 * FoldLanes];
                    to[7] = from[7 * FoldLanes];
                    to[8] = from[8 * FoldLanes];
                    to[9] = from[9 * FoldLanes];
                    to[10] = from[10 * FoldLanes];
                    to[11] = from[11 * FoldLanes];
                    to[12] = from[12 * FoldLanes];
                    to[13] = from[13 * FoldLanes];
                    to[14] = from[14 * FoldLanes];
                    to[15] = from[15 * FoldLanes];
                    to[16] = from[16 * FoldLanes];
                }
            }
        }
        // All zero: the cells hold zeros, and the unit is dropped from the result unless another run counted it.
        if (any != Vector512<int>.Zero)
        {
            cells.Counted[rank] = true;
        }

        // Lane k: the sum of lanes 0 to k (a shuffle's lanes with an index out of range are zero).
        static Vector512<int> PrefixSum(Vector512<int> x)
        {
            x += Vector512.Shuffle(x, Vector512<int>.Indices - Vector512.Create(1));
            x += Vector512.Shuffle(x, Vector512<int>.Indices - Vector512.Create(2));
            x += Vector512.Shuffle(x, Vector512<int>.Indices - Vector512.Create(4));
            return x + Vector512.Shuffle(x, Vector512<int>.Indices - Vector512.Create(8));
        }
    }
}

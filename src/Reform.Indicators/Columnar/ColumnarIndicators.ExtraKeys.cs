using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Columnar;

public static partial class ColumnarIndicators
{
    /// <summary>
    /// How the vector kernels count the optional facts of docs/specification.md §10.2–10.3 in their
    /// pass: each row adds one to a histogram counter of its unit, by receipt slot and key, the key
    /// being the row's optional facts (numbered among the values the table holds) and channel; once
    /// per unit, <see cref="Fold"/> turns the histogram into the counts with
    /// <see cref="DossierCounts.AddExtras"/> (the one rule from facts to counts), a row of each key at a time.
    /// </summary>
    /// <remarks>
    /// A row's counter is at (its receipt slot's counter offset &lt;&lt; <see cref="Shift"/>) + its key:
    /// the receipt slot's counter offset is what the kernels compute anyway (period × SlotSize), so a
    /// slot's histogram has <see cref="Stride"/> = SlotSize &lt;&lt; <see cref="Shift"/> counters, enough for
    /// every key. Slot m (received outside the run) has one too, cleared and never read.
    /// </remarks>
    internal sealed class ExtraKeys
    {
        /// <summary>Counts per key in <see cref="Counts"/>, and per slot in the sums of <see cref="Fold"/>: <see cref="DossierCounts.ExtraCount"/> and room for two 4-lane vectors.</summary>
        public const int CountStride = 8;

        private ExtraKeys(int[] keyOf, int keys, long[] counts)
        {
            KeyOf = keyOf;
            Keys = keys;
            Counts = counts;
            while ((SlotSize << Shift) < keys)
            {
                Shift++;
            }
        }

        /// <summary>For each value of the optional facts (6 bits), its key without the channel: its number among the values held × 4.</summary>
        public int[] KeyOf { get; }

        /// <summary>The number of keys: the values held (and none) × 4 channels; key = <see cref="KeyOf"/>[facts] | channel.</summary>
        public int Keys { get; }

        /// <summary>What a row of each key adds to the <see cref="DossierCounts.ExtraCount"/> counts, <see cref="CountStride"/> per key.</summary>
        public long[] Counts { get; }

        /// <summary>The shift of a receipt slot's counter offset that gives its histogram's offset.</summary>
        public int Shift { get; }

        /// <summary>Histogram counters per slot.</summary>
        public int Stride => SlotSize << Shift;

        /// <summary>
        /// The keys of a table whose optional facts are among <paramref name="seen"/>
        /// (<see cref="DossierTable.ExtrasSeen"/>); null when no row has any.
        /// </summary>
        public static ExtraKeys? Of(ulong seen)
        {
            if (seen == 0)
            {
                return null;
            }
            var keyOf = new int[64];
            var counts = new List<long>();
            Span<long> one = stackalloc long[DossierCounts.ExtraCount];
            int values = 0;
            for (int value = 0; value < 64; value++)
            {
                if (value != 0 && (seen & (1UL << value)) == 0)
                {
                    continue;
                }
                keyOf[value] = values++ * 4;
                for (int channel = 0; channel < 4; channel++)
                {
                    one.Clear();
                    DossierCounts.AddExtras(one, (DossierChannel)channel, (DossierExtras)value);
                    counts.AddRange(one);
                    counts.AddRange(new long[CountStride - DossierCounts.ExtraCount]);
                }
            }
            return new ExtraKeys(keyOf, values * 4, [.. counts]);
        }

        /// <summary>
        /// Sets <paramref name="sums"/> (<see cref="CountStride"/> per slot of the run, the first
        /// <see cref="DossierCounts.ExtraCount"/> used) from a unit's <paramref name="histogram"/>, and
        /// clears the histogram for the next unit.
        /// </summary>
        public void Fold(int[] histogram, int slots, long[] sums)
        {
            var counts = MemoryMarshal.Cast<long, Vector256<long>>((ReadOnlySpan<long>)Counts);
            var slotSums = MemoryMarshal.Cast<long, Vector256<long>>(sums.AsSpan());
            for (int k = 0; k < slots; k++)
            {
                var rows = histogram.AsSpan(k * Stride, Keys);
                Vector256<long> low = default, high = default;
                for (int key = 0; key < rows.Length; key++)
                {
                    if (rows[key] != 0)
                    {
                        var n = Vector256.Create((long)rows[key]);
                        low += n * counts[2 * key];
                        high += n * counts[(2 * key) + 1];
                    }
                }
                slotSums[2 * k] = low;
                slotSums[(2 * k) + 1] = high;
            }
            Array.Clear(histogram);
        }
    }
}

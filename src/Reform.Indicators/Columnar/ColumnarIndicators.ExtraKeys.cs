using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Columnar;

public static partial class ColumnarIndicators
{
    /// <summary>
    /// The keys of the optional facts of docs/specification.md §10.2–10.3: a row's optional facts,
    /// numbered among the values the table holds, and its channel; and what a row of each key adds to
    /// the counts (made with <see cref="DossierCounts.AddExtras"/>, the one rule from facts to counts).
    /// The vector kernels count a row's receipt in the group of its value (<see cref="FoldUnit"/>
    /// turns each group's receipts by channel into counts); <see cref="ColumnarExtras"/> adds a row's
    /// key in its own pass.
    /// </summary>
    internal sealed class ExtraKeys
    {
        /// <summary>Counts per key in <see cref="Counts"/> and <see cref="Masks"/>: <see cref="DossierCounts.ExtraCount"/> and room for two 4-lane vectors.</summary>
        public const int CountStride = 8;

        private ExtraKeys(int[] keyOf, int keys, long[] counts)
        {
            KeyOf = keyOf;
            Keys = keys;
            Counts = counts;
            Masks = Array.ConvertAll(counts, count => -(int)count);
        }

        /// <summary>For each value of the optional facts (6 bits), its key without the channel: its number among the values held × 4.</summary>
        public int[] KeyOf { get; }

        /// <summary>The number of keys: the values held (and none) × 4 channels; key = <see cref="KeyOf"/>[facts] | channel.</summary>
        public int Keys { get; }

        /// <summary>What a row of each key adds to the <see cref="DossierCounts.ExtraCount"/> counts, <see cref="CountStride"/> per key.</summary>
        public long[] Counts { get; }

        /// <summary>
        /// <see cref="Counts"/> as masks: what a row adds to a count is 0 or 1, so n rows of a key add
        /// n AND its mask (−1 where a row adds one), <see cref="CountStride"/> per key.
        /// </summary>
        public int[] Masks { get; }

        /// <summary>The values held (none included): <see cref="Keys"/> / 4.</summary>
        public int Values => Keys / 4;

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
    }
}

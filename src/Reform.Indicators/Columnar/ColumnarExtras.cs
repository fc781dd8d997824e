using Reform.Indicators.Calendars;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Columnar;

/// <summary>
/// The counts of the optional facts of docs/specification.md §10.2–10.3 (received elsewhere, online with
/// an electronic result, full-process online, and the data each needs) on the columnar path: a second
/// pass over the rows of a <see cref="DossierTable"/> that hold such facts, after the main count.
/// </summary>
/// <remarks>
/// A table without optional facts (version-1 data) costs nothing here: the pass returns at once. The
/// rule from facts to counts is <see cref="DossierCounts.AddExtras"/>, the one the record path uses;
/// a dossier counts in each period its receipt date lies in.
/// </remarks>
internal static class ColumnarExtras
{
    /// <summary>Adds the optional-fact counts of <paramref name="table"/>'s received dossiers to <paramref name="cells"/>.</summary>
    /// <param name="table">The table counted.</param>
    /// <param name="periods">The periods of the cells, in their order.</param>
    /// <param name="ranks">Each unit ordinal's row of cells.</param>
    /// <param name="cells">Counts by [rank × periods + period], every cell of a unit with a received dossier set by the main count.</param>
    /// <remarks>
    /// A row finds its period in each layer of periods that do not overlap (the months of a year are
    /// one layer, the year itself another) with a table by day, and adds what a row of its key adds
    /// (<see cref="ColumnarIndicators.ExtraKeys"/>, made with <see cref="DossierCounts.AddExtras"/>).
    /// </remarks>
    public static void Add(DossierTable table, ReportingPeriod[] periods, int[] ranks, CountCell[] cells)
    {
        var keys = ColumnarIndicators.ExtraKeys.Of(table.ExtrasSeen);
        if (keys is null || table.Count == 0)
        {
            return;
        }
        int width = periods.Length;
        const int Stride = ColumnarIndicators.ExtraKeys.CountStride;
        var sums = new long[ranks.Length * width * Stride];
        var units = table.Units;
        var received = table.ReceivedDays;
        var flags = table.Flags;
        var extras = table.Extras;
        var keyOf = keys.KeyOf;
        var counts = keys.Counts;
        foreach (var (firstDay, periodOf) in Layers(periods))
        {
            for (int row = 0; row < extras.Length; row++)
            {
                int day = received[row] - firstDay;
                if ((uint)day >= (uint)periodOf.Length || periodOf[day] < 0)
                {
                    continue;
                }
                int key = keyOf[extras[row] & 63] | ((flags[row] >> DossierTable.ChannelShift) & 3);
                var sum = sums.AsSpan(((ranks[units[row]] * width) + periodOf[day]) * Stride, DossierCounts.ExtraCount);
                var add = counts.AsSpan(key * Stride, DossierCounts.ExtraCount);
                for (int f = 0; f < add.Length; f++)
                {
                    sum[f] += add[f];
                }
            }
        }
        for (int c = 0; c < cells.Length; c++)
        {
            var sum = sums.AsSpan(c * Stride, DossierCounts.ExtraCount);
            if (sum.ContainsAnyExcept(0L))
            {
                cells[c].AddExtras(sum);
            }
        }
    }

    /// <summary>
    /// The periods as layers that do not overlap, each a table by day from its first day: the
    /// period's index in <paramref name="periods"/>, or −1 between its periods.
    /// </summary>
    private static List<(int FirstDay, int[] PeriodOf)> Layers(ReportingPeriod[] periods)
    {
        var layers = new List<List<int>>();
        foreach (int p in Enumerable.Range(0, periods.Length).OrderBy(p => DayNumber.Of(periods[p].First)))
        {
            var layer = layers.FirstOrDefault(l => DayNumber.Of(periods[l[^1]].Last) < DayNumber.Of(periods[p].First));
            if (layer is null)
            {
                layers.Add(layer = []);
            }
            layer.Add(p);
        }
        return [.. layers.Select(layer =>
        {
            int first = DayNumber.Of(periods[layer[0]].First);
            var periodOf = new int[DayNumber.Of(periods[layer[^1]].Last) - first + 1];
            periodOf.AsSpan().Fill(-1);
            foreach (int p in layer)
            {
                int from = DayNumber.Of(periods[p].First) - first;
                periodOf.AsSpan(from, DayNumber.Of(periods[p].Last) - first - from + 1).Fill(p);
            }
            return (first, periodOf);
        })];
    }
}

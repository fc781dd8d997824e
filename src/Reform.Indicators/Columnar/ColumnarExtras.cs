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
    public static void Add(DossierTable table, ReportingPeriod[] periods, int[] ranks, DossierCounts[] cells)
    {
        var extras = table.Extras;
        if (extras.IsEmpty || table.ExtrasSeen == 0)
        {
            return;
        }
        int width = periods.Length;
        var first = new int[width];
        var last = new int[width];
        for (int p = 0; p < width; p++)
        {
            first[p] = DayNumber.Of(periods[p].First);
            last[p] = DayNumber.Of(periods[p].Last);
        }
        var sums = new long[ranks.Length * width * DossierCounts.ExtraCount];
        var touched = new bool[ranks.Length * width];
        var units = table.Units;
        var received = table.ReceivedDays;
        var flags = table.Flags;
        for (int row = 0; row < extras.Length; row++)
        {
            var facts = (DossierExtras)extras[row];
            if (facts == DossierExtras.None)
            {
                continue;
            }
            var channel = (DossierChannel)((flags[row] >> DossierTable.ChannelShift) & 3);
            int day = received[row];
            int cell = ranks[units[row]] * width;
            for (int p = 0; p < width; p++)
            {
                if (first[p] <= day && day <= last[p])
                {
                    DossierCounts.AddExtras(sums.AsSpan((cell + p) * DossierCounts.ExtraCount, DossierCounts.ExtraCount), channel, facts);
                    touched[cell + p] = true;
                }
            }
        }
        for (int c = 0; c < touched.Length; c++)
        {
            if (touched[c])
            {
                cells[c] = cells[c].PlusExtras(sums.AsSpan(c * DossierCounts.ExtraCount, DossierCounts.ExtraCount));
            }
        }
    }
}

using System.Numerics;
using FsCheck.Xunit;
using NodaTime;
using Reform.Indicators.Columnar;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Tests.Columnar;

/// <summary>
/// The look-ups of the sorted table's vector kernels: the period table by permutation of 16-day
/// blocks, and the set of optional facts a table holds, which decides the keys of their histogram.
/// </summary>
public class VectorKernelProperties
{
    private const int SlotSize = 36;

    /// <summary>The period table of CountRun in counter offsets: −1 for the day before the run, each period's index for its days, m after it.</summary>
    private static int[] SlotTable(int[] lengths)
    {
        var table = new List<int> { -SlotSize };
        for (int k = 0; k < lengths.Length; k++)
        {
            table.AddRange(Enumerable.Repeat(k * SlotSize, lengths[k]));
        }
        table.Add(lengths.Length * SlotSize);
        return [.. table];
    }

    [Property(MaxTest = 300)]
    public void PeriodBlocks_WhenGiven_LookUpEveryDayAsTheTable_AndAreGivenForPeriodsOf16DaysOrMore(byte[] lengthSeeds, bool longPeriods)
    {
        // Consecutive periods of 1–40 days (or 16–47), as the months, quarters and custom ranges of a run.
        int[] lengths = [.. lengthSeeds.Take(30).Select(b => longPeriods ? 16 + (b % 32) : 1 + (b % 40))];
        var table = SlotTable(lengths);
        var blocks = ColumnarIndicators.PeriodBlocks(table, SlotSize);
        if (blocks is not null)
        {
            for (int day = 0; day < table.Length; day++)
            {
                int entry = blocks[day >> 4];
                int looked = (entry >> 5) + ((day & 15) >= (entry & 31) ? SlotSize : 0);
                Assert.Equal(table[day], looked);
            }
        }
        bool fits = table.Length <= 512 && lengths.All(length => length >= 16);
        Assert.True(!fits || blocks is not null, "periods of 16 days or more in at most 512 days fit the blocks");
    }

    [Property(MaxTest = 300)]
    public void BlockWords_LookUpEveryDayAsTheSlotTable(byte[] lengthSeeds)
    {
        // Consecutive periods of 16–47 days, slots one apart (as CountRun's table): the 16-bit kernel's
        // look-up, (word of the day's block + day) >> 5 in 16-bit arithmetic, must give every day's slot.
        int[] lengths = [.. lengthSeeds.Take(32).Select(b => 16 + (b % 32))];
        var table = new List<int> { -1 };
        for (int k = 0; k < lengths.Length; k++)
        {
            table.AddRange(Enumerable.Repeat(k, lengths[k]));
        }
        table.Add(lengths.Length);
        var words = ColumnarIndicators.BlockWords(ColumnarIndicators.PeriodBlocks([.. table], 1));
        Assert.Equal(table.Count <= 512, words is not null);
        if (words is not null)
        {
            for (int day = 0; day < table.Count; day++)
            {
                Assert.Equal(table[day], (short)(words[day >> 4] + day) >> 5);
            }
        }
    }

    [Property(MaxTest = 100)]
    public void ExtrasSeen_HoldsTheOptionalFactsOfEveryRow_ThroughSortSetAgainAndRecycle(Dossier[] dossiers, Dossier[] next)
    {
        var table = DossierTable.From(dossiers);
        AssertCovers(table);
        table.SortByUnit();
        AssertCovers(table);
        if (table.Count > 0)
        {
            // Row 0 given other facts: the set may keep the old value, it must hold the new one.
            table.SetExtras(0, DossierExtras.ReceivingUnitNamed | DossierExtras.ResultStated);
            AssertCovers(table);
        }
        var recycled = table.Recycle();
        Assert.Equal(0UL, table.ExtrasSeen);
        recycled.AddRange(next);
        AssertCovers(recycled);
        Assert.Equal(DossierIndicators.CountByUnit(next, Months()[0]), ColumnarIndicators.Count(recycled, Months()).ByUnit(Months()[0]));

        static void AssertCovers(DossierTable table)
        {
            ulong seen = table.ExtrasSeen;
            foreach (byte value in table.Extras)
            {
                Assert.True(value == 0 || (seen & (1UL << (value & 63))) != 0, $"value {value} is among the facts seen ({seen:X})");
            }
        }
    }

    [Property(MaxTest = 100)]
    public void Count_MonthsOfAYear_SortedByUnit_EveryKernel_EqualsTheSimplePath(Dossier[] dossiers, Dossier[] more, byte kernel, byte threads)
    {
        // The months of a year: the vector kernels look periods up by permutation, and count the optional facts in their pass.
        Dossier[] all = [.. dossiers, .. more.Select(d => With(d, d.Id + "-more", dossiers.Length > 0 ? dossiers[0].UnitCode : d.UnitCode))];
        var table = DossierTable.From(all);
        table.SortByUnit();
        var months = Months();
        var counts = ColumnarIndicators.Count(table, months, null, 1 + (threads % 3), 1 + (threads % 7), (ColumnarIndicators.Kernels)(kernel % 5));
        foreach (var month in months)
        {
            Assert.Equal(DossierIndicators.CountByUnit(all, month), counts.ByUnit(month));
        }
    }

    [Property(MaxTest = 100)]
    public void Count_MoreConsecutivePeriodsThanTheFoldsLanes_SortedByUnit_EveryKernel_EqualsTheSimplePath(Dossier[] dossiers, Dossier[] more, byte kernel, byte threads, byte shape)
    {
        // 20–40 consecutive periods of 3–10 or 16–19 days from the start of 2022: the vector kernels'
        // fold takes 16 periods at a time, and the open counts carry from one 16 to the next.
        Dossier[] all = [.. dossiers, .. more.Select(d => With(d, d.Id + "-more", dossiers.Length > 0 ? dossiers[0].UnitCode : d.UnitCode))];
        var table = DossierTable.From(all);
        table.SortByUnit();
        int days = shape % 2 == 0 ? 3 + (shape % 8) : 16 + (shape % 4), count = 20 + (shape % 21);
        var start = new LocalDate(2022, 1, 1);
        ReportingPeriod[] periods = [.. Enumerable.Range(0, count).Select(k => ReportingPeriod.Between(start.PlusDays(k * days), start.PlusDays(((k + 1) * days) - 1)))];
        var counts = ColumnarIndicators.Count(table, periods, null, 1 + (threads % 3), 1 + (threads % 7), (ColumnarIndicators.Kernels)(kernel % 5));
        foreach (var period in periods)
        {
            Assert.Equal(DossierIndicators.CountByUnit(all, period), counts.ByUnit(period));
        }
    }

    [Property(MaxTest = 100)]
    public void Count_FewValuesOfTheOptionalFacts_SortedByUnit_EveryKernel_EqualsTheSimplePath(Dossier[] dossiers, Dossier[] more, byte kernel, byte threads, byte palette)
    {
        // Few values of the optional facts, each held by many rows, so that each group of counters of
        // the vector kernels' slots (one per value) counts many rows, of every channel: every dossier
        // takes the receiving unit, electronic result and online level of one of the first 1–3 (a
        // receiving unit is its own or another's: at most 6 values, and none).
        Dossier[] rows = [.. dossiers, .. more.Select(d => With(d, d.Id + "-more", dossiers.Length > 0 ? dossiers[0].UnitCode : d.UnitCode))];
        int models = Math.Min(1 + (palette % 3), Math.Max(rows.Length, 1));
        Dossier[] all = [.. rows.Select((d, i) => d with
        {
            ReceivingUnitCode = rows[i % models].ReceivingUnitCode, ResultElectronic = rows[i % models].ResultElectronic,
            ProcedureOnlineLevel = rows[i % models].ProcedureOnlineLevel,
        })];
        var table = DossierTable.From(all);
        table.SortByUnit();
        Assert.True(BitOperations.PopCount(table.ExtrasSeen | 1) <= ColumnarIndicators.MaxGroups, "few enough values for the vector kernels' groups");
        var months = Months();
        var counts = ColumnarIndicators.Count(table, months, null, 1 + (threads % 3), 1 + (threads % 7), (ColumnarIndicators.Kernels)(kernel % 5));
        foreach (var month in months)
        {
            Assert.Equal(DossierIndicators.CountByUnit(all, month), counts.ByUnit(month));
        }
    }

    [Property(MaxTest = 100)]
    public void Count_MonthsOfAYear_OtherRowsPastTheTablesCount_EveryKernel_EqualsTheSimplePath(Dossier[] stale, Dossier[] dossiers, byte kernel, byte threads)
    {
        // A kernel may read past a unit's last row — into the next unit's rows, or past the table's
        // count into rows an earlier use left in the columns — and must not count what it reads there:
        // a recycled table whose columns hold other rows past its count, its rows added in unit order.
        var used = DossierTable.From([.. dossiers, .. stale, .. stale]);
        var table = used.Recycle();
        Dossier[] inUnitOrder = [.. dossiers.GroupBy(d => d.UnitCode).SelectMany(unit => unit)];
        table.AddRange(inUnitOrder);
        Assert.True(table.IsSortedByUnit, "rows added in unit order");
        var months = Months();
        var counts = ColumnarIndicators.Count(table, months, null, 1 + (threads % 3), 1 + (threads % 7), (ColumnarIndicators.Kernels)(kernel % 5));
        foreach (var month in months)
        {
            Assert.Equal(DossierIndicators.CountByUnit(inUnitOrder, month), counts.ByUnit(month));
        }
    }

    private static ReportingPeriod[] Months() => [.. Enumerable.Range(1, 12).Select(m => ReportingPeriod.Month(2022, m))];

    private static Dossier With(Dossier d, string id, string unitCode) =>
        new(id, unitCode, d.ProcedureCode, d.Channel, d.ReceivedAt, d.Due, d.Status, d.FinishedAt, d.SupplementRequests, d.SupplementRequestedAt, d.DueGiven)
        {
            ReceivingUnitCode = d.ReceivingUnitCode, ResultElectronic = d.ResultElectronic, ProcedureOnlineLevel = d.ProcedureOnlineLevel,
        };
}

using FsCheck.Xunit;
using NodaTime;
using Reform.Indicators.Columnar;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Tests.Units;

namespace Reform.Indicators.Tests.Columnar;

/// <summary>The columnar engine gives exactly the answers of the record-at-a-time path (the specification).</summary>
public class ColumnarProperties
{
    private static readonly ClassificationPolicy Lenient = new() { MultipleSupplementRequestsAreLate = false };

    private static Dossier[] OnUnits(Dossier[] dossiers, UnitsSample sample) =>
        [.. dossiers.Select(d => With(d, d.Id, sample.Units[(int)((uint)d.Id.GetHashCode(StringComparison.Ordinal) % (uint)sample.Units.Count)].Code))];

    private static Dossier With(Dossier d, string id, string unitCode) =>
        new(id, unitCode, d.ProcedureCode, d.Channel, d.ReceivedAt, d.Due, d.Status, d.FinishedAt, d.SupplementRequests, d.SupplementRequestedAt, d.DueGiven)
        {
            ReceivingUnitCode = d.ReceivingUnitCode, ResultElectronic = d.ResultElectronic, ProcedureOnlineLevel = d.ProcedureOnlineLevel,
        };

    /// <summary>The period and consecutive periods around it of the same kind (months, quarters, years, custom ranges of its length).</summary>
    private static ReportingPeriod[] WithNeighbours(ReportingPeriod period)
    {
        int days = NodaTime.Period.DaysBetween(period.First, period.Last) + 1;
        return [ReportingPeriod.Between(period.First.PlusDays(-days), period.First.PlusDays(-1)), period,
            ReportingPeriod.Between(period.Last.PlusDays(1), period.Last.PlusDays(days))];
    }

    /// <summary>Reports are records equal by content (their lists included).</summary>
    private static void AssertSameReport(IndicatorReport expected, IndicatorReport actual) => Assert.Equal(expected, actual);

    [Property(MaxTest = 200)]
    public void Report_EveryGrouping_EqualsTheSimplePath(UnitsSample sample, Dossier[] dossiers, ReportingPeriod period, bool lenient)
    {
        var onUnits = OnUnits(dossiers, sample);
        var registry = sample.Registry();
        var policy = lenient ? Lenient : null;
        var table = DossierTable.From(onUnits);
        var counts = ColumnarIndicators.Count(table, [period], policy);
        foreach (var groupBy in Enum.GetValues<GroupBy>())
        {
            AssertSameReport(DossierIndicators.Report(onUnits, period, groupBy, registry, policy), counts.Report(period, groupBy, registry));
        }
        Assert.Equal(DossierIndicators.CountByUnit(onUnits, period, policy), counts.ByUnit(period));
    }

    [Property(MaxTest = 100)]
    public void Recycle_TheNextTableCountsOnlyItsOwnRows(Dossier[] first, Dossier[] second, ReportingPeriod period)
    {
        // A reader counts a full table, then fills the next in the same columns: nothing of the first stays.
        var table = DossierTable.From(first);
        var firstCounts = ColumnarIndicators.Count(table, [period]);
        var next = table.Recycle();
        Assert.Equal(0, table.Count);
        Assert.Equal(0, next.Count);
        next.AddRange(second);
        Assert.Equal(DossierIndicators.CountByUnit(second, period), ColumnarIndicators.Count(next, [period]).ByUnit(period));
        Assert.Equal(DossierIndicators.CountByUnit(first, period), firstCounts.ByUnit(period));
    }

    [Property(MaxTest = 150)]
    public void SortByUnit_GroupsRowsByUnitAndChangesNoResult(UnitsSample sample, Dossier[] dossiers, ReportingPeriod period)
    {
        var onUnits = OnUnits(dossiers, sample);
        var table = DossierTable.From(onUnits);
        var before = ColumnarIndicators.Count(table, [period]);
        table.SortByUnit();
        Assert.True(table.Units.ToArray().SequenceEqual(table.Units.ToArray().Order()), "rows are ordered by unit");
        Assert.Equal(before.ByUnit(period), ColumnarIndicators.Count(table, [period]).ByUnit(period));
        Assert.Equal(DossierIndicators.CountByUnit(onUnits, period), ColumnarIndicators.Count(table, [period]).ByUnit(period));
    }

    [Property(MaxTest = 150)]
    public void Count_SortedOrNot_SplitAcrossThreadsAnywhere_EveryKernel_EqualsTheSimplePath(
        UnitsSample sample, Dossier[] dossiers, ReportingPeriod period, bool sort, byte threads, byte rowsPerThread, byte kernel, bool lenient)
    {
        // Tiny splits, so that thread bounds fall inside and between units' runs of small tables.
        var onUnits = OnUnits(dossiers, sample);
        var table = DossierTable.From(onUnits);
        if (sort)
        {
            table.SortByUnit();
        }
        var periods = WithNeighbours(period);
        var policy = lenient ? Lenient : null;
        var counts = ColumnarIndicators.Count(table, periods, policy, 1 + (threads % 4), 1 + (rowsPerThread % 5), (ColumnarIndicators.Kernels)(kernel % 5));
        foreach (var p in periods)
        {
            Assert.Equal(DossierIndicators.CountByUnit(onUnits, p, policy), counts.ByUnit(p));
        }
    }

    [Property(MaxTest = 15)]
    public void Count_ResultOfManyUnitsOnLargePages_EqualsTheSimplePath(Dossier[] dossiers, ReportingPeriod period, bool sort)
    {
        // 3,000 units × 12 months of cells (4.3 MB): the result takes CellMemory's pinned, advised path,
        // and units whose counts are all zero in these months are trimmed from it.
        const int Units = 3_000;
        Assert.True((long)Units * 12 * System.Runtime.CompilerServices.Unsafe.SizeOf<DossierCounts>() >= 4 << 20, "the cells are large enough");
        if (dossiers.Length == 0)
        {
            return;
        }
        var spread = Enumerable.Range(0, Units).Select(u => With(dossiers[u % dossiers.Length], $"D{u}", $"U{u:D4}")).ToArray();
        var months = Enumerable.Range(1, 12).Select(m => ReportingPeriod.Month(period.First.Year, m)).ToArray();
        var table = DossierTable.From(spread);
        if (sort)
        {
            table.SortByUnit();
        }
        var counts = ColumnarIndicators.Count(table, months);
        foreach (var month in months)
        {
            Assert.Equal(DossierIndicators.CountByUnit(spread, month), counts.ByUnit(month));
        }
    }

    [Property(MaxTest = 150)]
    public void Count_OneLongRunOfAUnit_VectorKernels_EqualsTheSimplePath(Dossier[] dossiers, Dossier[] more, ReportingPeriod period, bool lenient, byte wide)
    {
        // Every row on one unit, so that a vector kernel sees several blocks, full vectors and a padded last one.
        Dossier[] all = [.. dossiers, .. more, .. dossiers.Select(d => With(d, d.Id + "-copy", d.UnitCode))];
        var onOne = all.Select(d => With(d, d.Id, "U1")).ToArray();
        var policy = lenient ? Lenient : null;
        var periods = WithNeighbours(period);
        var kernel = (ColumnarIndicators.Kernels)(1 + (wide % 4)); // AVX2, AVX-512, AVX-512 with VBMI, in 16-bit lanes
        var counts = ColumnarIndicators.Count(DossierTable.From(onOne), periods, policy, 1, ColumnarIndicators.DefaultRowsPerThread, kernel);
        foreach (var p in periods)
        {
            Assert.Equal(DossierIndicators.Count(onOne, p, policy), counts.Total(p));
        }
    }

    [Property(MaxTest = 100)]
    public void IsSortedByUnit_TellsWhetherTheUnitColumnIsInOrder(UnitsSample sample, Dossier[] dossiers)
    {
        var table = new DossierTable();
        Assert.True(table.IsSortedByUnit, "an empty table is sorted");
        table.AddRange(OnUnits(dossiers, sample));
        Assert.Equal(table.Units.ToArray().SequenceEqual(table.Units.ToArray().Order()), table.IsSortedByUnit);
        table.SortByUnit();
        Assert.True(table.IsSortedByUnit);
    }

    [Property(MaxTest = 100)]
    public void Count_AfterRowsAreAddedToACountedTable_EqualsTheSimplePathOnAllRows(UnitsSample sample, Dossier[] dossiers, Dossier[] more, ReportingPeriod period, bool sort)
    {
        // A sorted table remembers its runs of units; adding rows (in unit order or not) must not leave them stale.
        var first = OnUnits(dossiers, sample).OrderBy(d => d.UnitCode, StringComparer.Ordinal).ToArray();
        var table = DossierTable.From(first);
        if (sort)
        {
            table.SortByUnit();
        }
        var periods = WithNeighbours(period);
        ColumnarIndicators.Count(table, periods);
        var added = OnUnits(more, sample);
        table.AddRange(sort ? added.OrderBy(d => d.UnitCode, StringComparer.Ordinal) : added);
        Dossier[] all = [.. first, .. added];
        var counts = ColumnarIndicators.Count(table, periods);
        foreach (var p in periods)
        {
            Assert.Equal(DossierIndicators.CountByUnit(all, p), counts.ByUnit(p));
        }
    }

    [Property(MaxTest = 200)]
    public void Count_ConsecutiveAndOverlappingPeriods_EachEqualsTheSimplePath(Dossier[] dossiers, ReportingPeriod period, bool lenient)
    {
        var policy = lenient ? Lenient : null;
        // Consecutive periods (one pass), the months of the period's year and the year itself (overlapping runs).
        int year = period.First.Year;
        ReportingPeriod[] periods = [.. WithNeighbours(period), .. Enumerable.Range(1, 12).Select(m => ReportingPeriod.Month(year, m)), ReportingPeriod.Year(year)];
        var counts = ColumnarIndicators.Count(DossierTable.From(dossiers), periods, policy, maxDegreeOfParallelism: 2);
        foreach (var p in periods)
        {
            Assert.Equal(DossierIndicators.CountByUnit(dossiers, p, policy), counts.ByUnit(p));
            Assert.Equal(DossierIndicators.Count(dossiers, p, policy), counts.Total(p));
        }
    }

    [Property(MaxTest = 150)]
    public void Merge_OfAnySplit_EqualsTheWhole(Dossier[] dossiers, ReportingPeriod period, int[] cuts)
    {
        var periods = WithNeighbours(period);
        var whole = ColumnarIndicators.Count(DossierTable.From(dossiers), periods);
        // Split at arbitrary points into parts; each part has its own unit ordinals.
        var points = cuts.Select(c => (int)((uint)c % (uint)(dossiers.Length + 1))).Append(0).Append(dossiers.Length).Order().ToArray(); // empty parts included
        var parts = points.Zip(points.Skip(1), (a, b) => ColumnarIndicators.Count(DossierTable.From(dossiers[a..b]), periods)).ToArray();
        Assert.Equal(whole, PartialCounts.Merge(parts));
        Assert.Equal(whole, PartialCounts.Merge(parts.Reverse()));
        // A partition by period merges too: the union of the periods.
        var byPeriod = periods.Select(p => ColumnarIndicators.Count(DossierTable.From(dossiers), [p]));
        Assert.Equal(whole, PartialCounts.Merge(byPeriod));
    }

    [Property(MaxTest = 100)]
    public void Serialise_RoundTrips(Dossier[] dossiers, ReportingPeriod period)
    {
        var counts = ColumnarIndicators.Count(DossierTable.From(dossiers), WithNeighbours(period));
        using var stream = new MemoryStream();
        counts.WriteTo(stream);
        stream.Position = 0;
        Assert.Equal(counts, PartialCounts.ReadFrom(stream));
        Assert.Equal(counts, PartialCounts.FromJson(counts.ToJson()));
    }
}

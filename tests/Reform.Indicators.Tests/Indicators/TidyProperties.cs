using FsCheck.Xunit;
using Reform.Indicators.Columnar;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Measures;
using Reform.Indicators.Samples;
using Reform.Indicators.Tests.Units;
using Reform.Indicators.Units;

namespace Reform.Indicators.Tests.Indicators;

/// <summary>Long rows, series over periods, filters and comparisons keep the report's numbers.</summary>
public class TidyProperties
{
    private static Dossier[] OnUnits(Dossier[] dossiers, UnitsSample sample) =>
        [.. dossiers.Select(d => new Dossier(
            d.Id, sample.Units[(int)((uint)d.Id.GetHashCode(StringComparison.Ordinal) % (uint)sample.Units.Count)].Code, d.ProcedureCode, d.Channel,
            d.ReceivedAt, d.Due, d.Status, d.FinishedAt, d.SupplementRequests, d.SupplementRequestedAt, d.DueGiven))];

    [Property(MaxTest = 150)]
    public void ToTidy_ThenToWide_GivesEveryGroupsRates(UnitsSample sample, Dossier[] dossiers, ReportingPeriod period, GroupBy groupBy)
    {
        var report = DossierIndicators.Report(OnUnits(dossiers, sample), period, groupBy, sample.Registry());
        var tidy = report.ToTidy();
        Assert.Equal(report.Groups.Count * 3, tidy.Count);
        Assert.All(tidy, row => Assert.Equal(row.Rate.Percent, row.Percent));
        var wide = IndicatorReports.ToWide(tidy);
        Assert.Equal(report.Groups.Select(g => g.Key), wide.Select(w => w.Unit));
        foreach (var (group, row) in report.Groups.Zip(wide))
        {
            Assert.Equal((group.Name, group.Level, period), (row.Name, row.Level, row.Period));
            Assert.Equal(group.OnTimeResolution, row["onTimeResolution"]);
            Assert.Equal(group.OnTimeHandling, row["onTimeHandling"]);
            Assert.Equal(group.Online, row["online"]);
        }
    }

    [Property(MaxTest = 300)]
    public void Every_CoversThePeriodExactlyWithoutGapOrOverlap(ReportingPeriod period, PeriodStep step)
    {
        var pieces = period.Every(step);
        Assert.Equal(period.First, pieces[0].First);
        Assert.Equal(period.Last, pieces[^1].Last);
        foreach (var (a, b) in pieces.Zip(pieces.Skip(1)))
        {
            Assert.Equal(a.Last.PlusDays(1), b.First);
        }
        // Every piece lies in one step, and only the first and last may be cut.
        foreach (var (piece, i) in pieces.Select((p, i) => (p, i)))
        {
            var whole = step switch
            {
                PeriodStep.Month => ReportingPeriod.Month(piece.First.Year, piece.First.Month),
                PeriodStep.Quarter => ReportingPeriod.Quarter(piece.First.Year, ((piece.First.Month - 1) / 3) + 1),
                _ => ReportingPeriod.Year(piece.First.Year),
            };
            Assert.True(whole.Dates.Contains(piece.Last), $"{piece} is not inside {whole}");
            if (i > 0 && i < pieces.Count - 1)
            {
                Assert.Equal(whole, piece);
            }
            Assert.Equal(piece, ReportingPeriod.Parse(piece.Name));
        }
    }

    [Fact]
    public void Every_ReportingYearByMonth_CutsTheFirstAndLastMonths()
    {
        var months = ReportingPeriod.ReportingYear(2022).Every(PeriodStep.Month);
        Assert.Equal(13, months.Count);
        Assert.Equal("2021-12-15..2021-12-31", months[0].Name);
        Assert.Equal("2022-01", months[1].Name);
        Assert.Equal("2022-12-01..2022-12-14", months[^1].Name);
        Assert.Equal(["2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4"], ReportingPeriod.Year(2022).Every(PeriodStep.Quarter).Select(p => p.Name));
        Assert.Equal([ReportingPeriod.Month(2022, 3)], ReportingPeriod.Month(2022, 3).Every(PeriodStep.Year));
    }

    /// <summary>Differential: one columnar pass over all periods gives the reports of the simple path, period by period.</summary>
    [Property(MaxTest = 150)]
    public void ColumnarReports_EqualTheSimpleSeries(UnitsSample sample, Dossier[] dossiers, ReportingPeriod period, PeriodStep step, GroupBy groupBy)
    {
        var onUnits = OnUnits(dossiers, sample);
        var registry = sample.Registry();
        var periods = period.Every(step);
        var fast = ColumnarIndicators.Reports(DossierTable.From(onUnits), periods, groupBy, registry);
        var simple = ReportSeries.Compute(onUnits, periods, groupBy, registry);
        Assert.Equal(periods, fast.Periods);
        foreach (var (f, s) in fast.Zip(simple))
        {
            Assert.Equal(s.Period, f.Period);
            Assert.Equal(s.Groups, f.Groups);
        }
    }

    [Property(MaxTest = 150)]
    public void Worst_IsTheLowestRatesInOrder_AndSkipsRatesWithoutValue(UnitsSample sample, Dossier[] dossiers, ReportingPeriod period, byte count)
    {
        var report = DossierIndicators.Report(OnUnits(dossiers, sample), period, GroupBy.Unit, sample.Registry());
        var worst = report.Worst(count, g => g.OnTimeResolution);
        var valued = report.Groups.Where(g => g.OnTimeResolution.HasValue).ToList();
        Assert.Equal(Math.Min(count, valued.Count), worst.Groups.Count);
        Assert.All(worst.Groups, g => Assert.True(g.OnTimeResolution.HasValue));
        Assert.True(worst.Groups.Zip(worst.Groups.Skip(1)).All(p => p.First.OnTimeResolution <= p.Second.OnTimeResolution));
        if (worst.Groups.Count > 0)
        {
            var cut = worst.Groups[^1].OnTimeResolution;
            Assert.All(valued.Except(worst.Groups), g => Assert.True(g.OnTimeResolution >= cut));
        }
        Assert.Equal((report.Period, report.GroupBy, report.Rejected), (worst.Period, worst.GroupBy, worst.Rejected));
        var best = report.Best(count, g => g.OnTimeResolution);
        Assert.True(best.Groups.Zip(best.Groups.Skip(1)).All(p => p.First.OnTimeResolution >= p.Second.OnTimeResolution));
    }

    [Property(MaxTest = 150)]
    public void Compare_GivesEachGroupsPointsOrNoValue_NeverAChangeFromZero(UnitsSample sample, Dossier[] dossiers, ReportingPeriod before, ReportingPeriod after)
    {
        var onUnits = OnUnits(dossiers, sample);
        var registry = sample.Registry();
        var a = DossierIndicators.Report(onUnits, before, GroupBy.Unit, registry);
        var b = DossierIndicators.Report(onUnits, after, GroupBy.Unit, registry);
        var deltas = IndicatorReports.Compare(a, b);
        var keys = a.Groups.Select(g => g.Key).Union(b.Groups.Select(g => g.Key)).ToHashSet();
        Assert.Equal(keys.Count * 3, deltas.Count);
        foreach (var d in deltas)
        {
            var expectedBefore = a[d.Unit] is { } g1 ? IndicatorReports.Indicators.Single(i => i.Name == d.Indicator).Rate(g1) : default;
            var expectedAfter = b[d.Unit] is { } g2 ? IndicatorReports.Indicators.Single(i => i.Name == d.Indicator).Rate(g2) : default;
            Assert.Equal((expectedBefore, expectedAfter), (d.Before, d.After));
            if (d.Before.HasValue && d.After.HasValue)
            {
                Assert.Equal((d.After.Value!.Value - d.Before.Value!.Value) * 100, d.PercentagePoints!.Value, 9);
            }
            else
            {
                Assert.Null(d.PercentagePoints);
                Assert.NotNull(d.Delta.PercentagePointsNoValueReason);
            }
        }
    }

    [Fact]
    public void Sample2022_ProvincesOfAUnitReport_WorstFiveAndTheMonths()
    {
        var sample = NationalSample.Create(2022, 20_000);
        var months = sample.Period.Every(PeriodStep.Month);
        var series = ColumnarIndicators.Reports(sample.ToTable(), months, GroupBy.Level, sample.Units);
        Assert.Equal(12, series.Count);
        Assert.Equal("2022-03", series["2022-03"].Period.Name);
        Assert.Equal(12, series.Trend("province", g => g.OnTimeResolution).Count);
        var provinces = ColumnarIndicators.Report(sample.ToTable(), sample.Period, GroupBy.Unit, sample.Units).AtLevel(GovernmentLevel.Province);
        Assert.Equal(63, provinces.Groups.Count);
        Assert.Equal(5, provinces.Worst(5, g => g.OnTimeResolution).Groups.Count);
        Assert.All(provinces.Groups, g => Assert.NotNull(g.Name));
        Assert.Throws<KeyNotFoundException>(() => series["2023-01"]);
        Assert.Throws<ArgumentException>(() => IndicatorReports.Compare(provinces, provinces, "speed"));
    }
}

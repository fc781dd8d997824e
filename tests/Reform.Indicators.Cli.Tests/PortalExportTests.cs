using System.Text.Json;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Cli.Tests;

/// <summary>
/// A portal-shaped set of monthly exports (<see cref="PortalExportSet"/>) through
/// <c>reform report --dossiers A --dossiers B --dossiers C --repeats first|latest --format json</c>:
/// the row counts, the excluded and rejected rows (each fault: file, row, column, reason, value), the
/// tallies by reason, and every group's counts, against the outcome docs/specification.md §3 and §9
/// define, known by construction, and the record-level reference report
/// (<see cref="DossierIndicators.Report"/>) over the dossiers that must be accepted.
/// </summary>
public sealed class PortalExportTests(PortalExportSet exports) : IClassFixture<PortalExportSet>
{
    private static readonly (string Name, Func<DossierCounts, long> Value)[] CountNames =
    [
        ("inScope", c => c.InScope), ("carriedOver", c => c.CarriedOver), ("received", c => c.Received),
        ("receivedOnline", c => c.ReceivedOnline), ("receivedDirect", c => c.ReceivedDirect), ("receivedPostal", c => c.ReceivedPostal),
        ("resolved", c => c.Resolved), ("resolvedEarly", c => c.ResolvedEarly), ("resolvedOnTime", c => c.ResolvedOnTime),
        ("resolvedLate", c => c.ResolvedLate), ("withdrawn", c => c.Withdrawn), ("stopped", c => c.Stopped),
        ("openNotDue", c => c.OpenNotDue), ("openOverdue", c => c.OpenOverdue), ("handledOnTime", c => c.HandledOnTime),
    ];

    [Fact]
    public void Exports_HoldWhatTheTestNeeds()
    {
        var (rows, bad, neverReceived, reappearing) = exports.Shape;
        Assert.InRange(bad * 100.0 / rows, 2.5, 4.0);
        Assert.True(neverReceived > 30, $"{neverReceived} rows never received");
        Assert.True(reappearing > 300, $"{reappearing} dossiers reappearing");
        var first = exports.Expected(RepeatsPolicy.First);
        var latest = exports.Expected(RepeatsPolicy.Latest);
        Assert.Equal(PortalExportSet.DossierCount, first.Accepted.Count);
        Assert.Equal(PortalExportSet.DossierCount, latest.Accepted.Count);
        // The policies disagree on some dossiers, so the counts tell them apart.
        Assert.True(first.Accepted.Zip(latest.Accepted).Count(p => p.First.Status != p.Second.Status) > 100);
    }

    [Theory]
    [InlineData("first", "unit", "2022")]
    [InlineData("first", "level", "2022")]
    [InlineData("first", "level", "2022-Q1")]
    [InlineData("first", "unit", "2022-Q4")]
    [InlineData("first", "level", "2022-12")]
    [InlineData("latest", "unit", "2022")]
    [InlineData("latest", "level", "2022")]
    [InlineData("latest", "level", "2022-Q1")]
    [InlineData("latest", "unit", "2022-Q4")]
    [InlineData("latest", "level", "2022-12")]
    public void Report_PortalMonthlyExports_CountsAndRejectsAsSpecified(string repeats, string groupBy, string period)
    {
        var policy = repeats == "latest" ? RepeatsPolicy.Latest : RepeatsPolicy.First;
        var expected = exports.Expected(policy);
        var (exit, output, error) = Reform.Run(
            "report", "--dossiers", exports.Files[0], "--dossiers", exports.Files[1], "--dossiers", exports.Files[2],
            "--units", exports.UnitsFile, "--procedures", exports.ProceduresFile,
            "--repeats", repeats, "--group-by", groupBy, "--period", period, "--format", "json");

        Assert.True(exit == 1, $"exit {exit}: {error[..Math.Min(error.Length, 2_000)]}");
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;

        var rows = root.GetProperty("rows");
        Assert.Equal(
            (expected.Read, expected.Accepted.Count, expected.Rejected, expected.Excluded, expected.Superseded),
            (rows.GetProperty("read").GetInt32(), rows.GetProperty("accepted").GetInt32(), rows.GetProperty("rejected").GetInt32(),
             rows.GetProperty("excluded").GetInt32(), rows.GetProperty("superseded").GetInt32()));
        Assert.Equal(expected.Read, expected.Accepted.Count + expected.Rejected + expected.Excluded + expected.Superseded);

        Assert.Equal(
            expected.ExcludedByReason.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => ("status", p.Key, p.Value)),
            root.GetProperty("excludedByReason").EnumerateArray()
                .Select(e => (e.GetProperty("column").GetString()!, e.GetProperty("reason").GetString()!, e.GetProperty("rows").GetInt32()))
                .OrderBy(e => e.Item2, StringComparer.Ordinal));

        static string Key(PortalExportSet.Fault f) => $"{f.File}|{f.Row:D6}|{f.Column}|{f.Reason}|{f.Value ?? "<null>"}";
        var faults = root.GetProperty("rejected").EnumerateArray().Select(e => new PortalExportSet.Fault(
            e.GetProperty("file").GetString()!, e.GetProperty("row").GetInt64(), e.GetProperty("column").GetString()!,
            e.GetProperty("reason").GetString()!, e.GetProperty("value").GetString())).ToList();
        AssertSame(expected.Faults.Select(Key), faults.Select(Key), "rejected");

        // A row with several faults counts once under each of its reasons.
        var byReason = expected.Faults.DistinctBy(f => (f.File, f.Row, f.Column, f.Reason))
            .GroupBy(f => (f.Column, f.Reason)).Select(g => $"{g.Key.Column}|{g.Key.Reason}|{g.Count()}");
        AssertSame(byReason, root.GetProperty("rejectedByReason").EnumerateArray()
            .Select(e => $"{e.GetProperty("column").GetString()}|{e.GetProperty("reason").GetString()}|{e.GetProperty("rows").GetInt32()}"),
            "rejectedByReason");

        var reference = DossierIndicators.Report(expected.Accepted, ReportingPeriod.Parse(period),
            groupBy == "unit" ? GroupBy.Unit : GroupBy.Level, exports.Units);
        var groups = root.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(reference.Groups.Select(g => g.Key), groups.Select(g => g.GetProperty("key").GetString()));
        foreach (var (want, got) in reference.Groups.Zip(groups))
        {
            Assert.Equal(want.Name, got.GetProperty("name").GetString());
            Assert.Equal(want.Level?.ToString().ToLowerInvariant(), got.GetProperty("level").GetString());
            var counts = got.GetProperty("counts");
            Assert.Equal(
                CountNames.Select(n => $"{n.Name}={n.Value(want.Counts)}"),
                CountNames.Select(n => $"{n.Name}={counts.GetProperty(n.Name).GetInt64()}"));
        }
        Assert.True(reference.Groups.Sum(g => g.Counts.InScope) > 100, "the period holds dossiers");
    }

    /// <summary>The same lines, in any order; on failure, the first lines missing and the first unexpected.</summary>
    private static void AssertSame(IEnumerable<string> expected, IEnumerable<string> actual, string what)
    {
        var want = expected.Order(StringComparer.Ordinal).ToList();
        var got = actual.Order(StringComparer.Ordinal).ToList();
        var missing = want.Except(got).Take(10).ToList();
        var unexpected = got.Except(want).Take(10).ToList();
        Assert.True(want.SequenceEqual(got),
            $"{what}: {want.Count} expected, {got.Count} given\nmissing:\n  {string.Join("\n  ", missing)}\nunexpected:\n  {string.Join("\n  ", unexpected)}");
    }
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Procedures;

namespace Reform.Indicators.Data.Tests;

/// <summary>
/// The version in force and the online level a procedure gives a dossier on its receipt day, as the
/// fast readers keep them (<see cref="ProcedureSpans"/>): the same answer as asking the catalogue on
/// that date, for catalogues of several versions with gaps and dated levels, on every version's first
/// and last day, every level's first day, the days about them and days far away, in any order.
/// </summary>
public sealed class ProcedureSpansProperties
{
    private static readonly LocalDate Start = new(2021, 1, 1);

    /// <summary>A code's versions: consecutive, each starting 1–400 days after the last ended (a gap when more than 1), the first or last open-ended by chance, each with 0–3 dated levels.</summary>
    private static Gen<AdministrativeProcedure[]> Versions(string code) =>
        from count in Gen.Choose(0, 4)
        from gaps in Gen.Choose(1, 400).ArrayOf(count)
        from lengths in Gen.Choose(0, 400).ArrayOf(count)
        from openStart in Gen.Elements(true, false)
        from openEnd in Gen.Elements(true, false)
        from levels in Gen.Zip(Gen.Choose(-500, 900), Gen.Elements(OnlineServiceLevel.None, OnlineServiceLevel.Partial, OnlineServiceLevel.Full)).ArrayOf().ArrayOf(count)
        from limits in Gen.Elements(TimeLimit.WorkingDays(5), TimeLimit.Days(10), TimeLimit.Hours(8)).ArrayOf(count)
        select Make(code, gaps, lengths, openStart, openEnd, levels, limits);

    private static AdministrativeProcedure[] Make(
        string code, int[] gaps, int[] lengths, bool openStart, bool openEnd, (int, OnlineServiceLevel)[][] levels, TimeLimit[] limits)
    {
        var versions = new AdministrativeProcedure[gaps.Length];
        var day = Start;
        for (int i = 0; i < gaps.Length; i++)
        {
            var from = day.PlusDays(gaps[i]);
            var to = from.PlusDays(lengths[i]);
            versions[i] = new AdministrativeProcedure(code, "Test", limits[i],
                onlineLevels: levels[i].DistinctBy(l => l.Item1).Select(l => (Start.PlusDays(l.Item1), l.Item2)))
            {
                ValidFrom = i == 0 && openStart ? null : from,
                ValidTo = i == gaps.Length - 1 && openEnd ? null : to,
            };
            day = to;
        }
        return versions;
    }

    private static readonly LocalDate Epoch = new(1970, 1, 1);

    /// <summary>Days since 1970-01-01, as the readers number them.</summary>
    private static int DayOf(LocalDate date) => Period.Between(Epoch, date, PeriodUnits.Days).Days;

    private static readonly string[] Codes = ["1.000001", "1.000002", "1.000003"];

    private static byte Facts(ProcedureCatalogue catalogue, string code, LocalDate date) =>
        (byte)(1 + (int)(catalogue.Find(code, date)?.OnlineLevelOn(date) ?? OnlineServiceLevel.None));

    [Property(MaxTest = 200)]
    public Property TryOn_AnswersAsTheCatalogueOnTheDate() =>
        Prop.ForAll(
            Gen.CollectToArray(Codes, Versions).ToArbitrary(),
            (from procedure in Gen.Choose(0, Codes.Length)
             from near in Gen.Choose(-3, 3)
             from pick in Gen.Choose(0, 60)
             from far in Gen.OneOf(Gen.Choose(-600, 3000), Gen.Choose(-700_000, 2_900_000))
             select (procedure, near, pick, far)).ArrayOf().ToArbitrary(),
            (versions, asks) =>
            {
                var catalogue = new ProcedureCatalogue(versions.SelectMany(v => v));
                // Every boundary of every code, and days near them.
                var bounds = versions.SelectMany(v => v).SelectMany(p => new[] { p.ValidFrom, p.ValidTo }.OfType<LocalDate>()
                    .Concat(p.OnlineLevels.Select(l => l.Since))).Select(DayOf).Distinct().Order().ToArray();
                // Procedure index 3 is a code the catalogue does not know.
                string CodeOf(int procedure) => procedure < Codes.Length ? Codes[procedure] : "9.999999";
                var spans = new ProcedureSpans(catalogue, CodeOf, (procedure, date) => Facts(catalogue, CodeOf(procedure), date));
                foreach (var (procedure, near, pick, far) in asks)
                {
                    int day = bounds.Length > 0 && pick < 40 ? bounds[pick % bounds.Length] + near : DayOf(Start) + far;
                    var date = Epoch.PlusDays(day);
                    Assert.True(spans.TryOn(procedure, day, out var version, out byte facts));
                    Assert.Same(catalogue.Find(CodeOf(procedure), date), version);
                    Assert.Equal(Facts(catalogue, CodeOf(procedure), date), facts);
                }
            });
}

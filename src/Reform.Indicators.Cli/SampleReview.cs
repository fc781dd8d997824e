using NodaTime;
using Reform.Indicators.Columnar;
using Reform.Indicators.Measures;
using Reform.Indicators.Procedures;
using Reform.Indicators.Regulations;
using Reform.Indicators.Samples;
using Reform.Indicators.Units;

namespace Reform.Indicators.Cli;

/// <summary>
/// The national-review figures of a built-in sample beside its dossier report
/// (<c>reform report --sample YEAR</c>, table format): the online share against the previous
/// year's sample, LGSP and architecture coverage, procedure-change decisions, business
/// regulations cut and the eligible services provided fully online — the rows of the 2022
/// national review other than on-time resolution, which the report's table gives.
/// </summary>
internal static class SampleReview
{
    /// <summary>Writes the figures of <paramref name="sample"/> after its report.</summary>
    /// <param name="sample">The sample of the report.</param>
    /// <param name="online">The sample's national online share over its year.</param>
    /// <param name="writer">Where the report went.</param>
    public static void Write(NationalSample sample, Rate online, TextWriter writer)
    {
        var period = sample.Period;
        var hierarchy = sample.Units.AsOf(period.Last);
        var previousYearEnd = new LocalDate(sample.Year - 1, 12, 31);
        writer.WriteLine();
        writer.WriteLine(ReformCommand.Invariant($"National review figures of the {sample.Year} sample ({sample.DossierCount:N0} dossiers):"));
        Line("online share", $"{online}{PreviousOnline(sample, online)}");
        Line("LGSP connected", $"ministries {Coverage(sample, KnownUnitFacts.LgspConnected, hierarchy, GovernmentLevel.Ministry)}, provinces {Coverage(sample, KnownUnitFacts.LgspConnected, hierarchy, GovernmentLevel.Province)}");
        Line("e-government architecture 2.0", $"ministries {Coverage(sample, KnownUnitFacts.EGovernmentArchitecture20, hierarchy, GovernmentLevel.Ministry)}, provinces {Coverage(sample, KnownUnitFacts.EGovernmentArchitecture20, hierarchy, GovernmentLevel.Province)}");
        Line("procedure-change decisions", $"{ProcedureChangeDecisions.CountIn(sample.Decisions, period.Dates):N0}");
        Line("business regulations cut", $"{BusinessRegulations.CutIn(sample.Regulations, period.Dates):N0}");
        var eligible = sample.Procedures.EligibleFullOnlineShare(period.Last);
        var eligibleBefore = sample.Procedures.EligibleFullOnlineShare(previousYearEnd);
        Line("eligible services fully online", $"{eligible}; {Delta.Between(eligibleBefore, eligible)} since {previousYearEnd:uuuu-MM-dd}");

        void Line(string label, FormattableString value) => writer.WriteLine(ReformCommand.Invariant($"  {label,-32}{ReformCommand.Invariant(value)}"));
    }

    private static Rate Coverage(NationalSample sample, string fact, UnitHierarchy hierarchy, GovernmentLevel level) =>
        sample.Facts.Coverage(fact, hierarchy, level);

    // The same share in the previous year's sample (same size and seed), and the change; nothing
    // when the sample does not cover that year.
    private static string PreviousOnline(NationalSample sample, Rate online)
    {
        NationalSample previous;
        try
        {
            previous = NationalSample.Create(sample.Year - 1, sample.DossierCount, sample.Seed);
        }
        catch (ArgumentOutOfRangeException)
        {
            return ReformCommand.Invariant($" (no {sample.Year - 1} sample to compare with)");
        }
        var before = ColumnarIndicators.Count(previous.ToTable(), [previous.Period]).Total(previous.Period).Online;
        return ReformCommand.Invariant($"; {previous.Year} sample {before}; {Delta.Between(before, online)}");
    }
}

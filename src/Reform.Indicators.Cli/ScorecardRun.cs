using Reform.Indicators.Indicators;
using Reform.Indicators.Scorecards;
using Reform.Indicators.Units;

namespace Reform.Indicators.Cli;

/// <summary>Whether an indicator's records were in the input.</summary>
internal enum DataCoverage
{
    /// <summary>Computed from records the input holds.</summary>
    Records,

    /// <summary>Computed from the dossiers, with one fact the input does not hold taken as absent; the note says which.</summary>
    Partial,

    /// <summary>The input holds none of its records: "no data", 0 points, its maximum counted as points it could not earn.</summary>
    None,
}

/// <summary>
/// A unit's scorecard with what its data covers: the maximum of the indicators that have data, the
/// points over them, and the band — withheld when too little is covered.
/// </summary>
/// <param name="Card">The scorecard; an indicator without data has 0 points and is not applicable.</param>
/// <param name="CoveredMaxPoints">The sum of the maxima of the indicators with data.</param>
/// <param name="Band">The band of the total over 100, or null when the covered maximum is below <see cref="ScorecardRun.MinimumCoverage"/>.</param>
internal sealed record ScoredUnit(Scorecard Card, decimal CoveredMaxPoints, RatingBand? Band)
{
    /// <summary>The points that could not be earned for want of data.</summary>
    public decimal NoDataPoints => Card.MaxPoints - CoveredMaxPoints;

    /// <summary>The total rescaled to the indicators with data (total ÷ covered maximum × 100); null when nothing is covered.</summary>
    public decimal? TotalOverCovered => CoveredMaxPoints == 0 ? null : Card.Total / CoveredMaxPoints * Card.MaxPoints;
}

/// <summary>The scorecards of one <c>reform scorecard</c> run, with the rejected rows.</summary>
internal sealed record ScorecardRun(
    ReportingPeriod Period, IReadOnlyList<ScoredUnit> Units, IReadOnlyList<(string File, RowError Error)> Rejected, bool HasProcedures)
{
    /// <summary>
    /// The band is withheld when the indicators with data are worth less than this many of the 100
    /// points (library choice: a band says how a unit did on the whole index; on less than half of it,
    /// it would say more about the data than the unit).
    /// </summary>
    public const decimal MinimumCoverage = 50m;

    private const string NotRead = "are not read from files";

    /// <summary>
    /// What the command's input (dossiers, units, optionally procedures) says about each indicator
    /// of Decision 766; codes not listed are computed from the records.
    /// </summary>
    public static (DataCoverage Coverage, string? Note) CoverageOf(string code, bool hasProcedures) => code switch
    {
        "1.1" or "1.2" => (DataCoverage.None, $"no data: publication decisions {NotRead}"),
        "1.3" => (DataCoverage.None, $"no data: procedure details (public_from, components) {NotRead}"),
        "1.4" => (DataCoverage.None, $"no data: dossier details (synced_to_portal) {NotRead}"),
        "3.1" or "3.2" when !hasProcedures => (DataCoverage.None, "no data: give --procedures"),
        "3.3" => (DataCoverage.Partial, $"electronic-result condition not applied: procedure details (requires_written_result) {NotRead}"),
        "3.5" or "3.5b" => (DataCoverage.None, $"no data: procedure details (fee_bearing, fees_integrated) {NotRead}"),
        "3.6" => (DataCoverage.None, $"no data: dossier details (paid_online) and procedure details (fee_bearing) {NotRead}"),
        "4.1" => (DataCoverage.None, $"no data: dossier details (electronic_result) {NotRead}"),
        "4.2" => (DataCoverage.None, $"no data: dossier details (digitised_components) {NotRead}"),
        "4.3" => (DataCoverage.None, $"no data: dossier details (reused_data) {NotRead}"),
        "4.4" => (DataCoverage.None, $"no data: dossier details (personal_data_store) {NotRead}"),
        "4.5a" => (DataCoverage.None, $"no data: procedure details (for_individuals) and dossier details (population_data) {NotRead}"),
        "4.5b" => (DataCoverage.None, $"no data: dossier details (population_data) {NotRead}"),
        "4.6" => (DataCoverage.None, "no data: the formula is not confirmed; no records score it"),
        "5.1" or "5.2" or "5.3" => (DataCoverage.None, $"no data: petitions (PAKN) {NotRead}"),
        "5.4" => (DataCoverage.Partial, $"feedback not subtracted: dossier details (feedback) {NotRead}"),
        _ => (DataCoverage.Records, null),
    };

    /// <summary>
    /// Scores every unit of the hierarchy; an indicator the input holds no records for is "no data":
    /// 0/0 with a note, 0 points and not applicable (never scored by its zero-denominator policy), so
    /// the total over 100 counts only indicators with data; partial ones are noted. Ranks on the
    /// unrounded totals; the band is withheld below <see cref="MinimumCoverage"/> points of data.
    /// </summary>
    public static IReadOnlyList<ScoredUnit> Score(ScorecardData data, UnitHierarchy hierarchy, ReportingPeriod period)
    {
        bool hasProcedures = data.Procedures is not null;
        var computed = ScorecardCalculator.Score(data, hierarchy, period);
        var ranked = ScorecardCalculator.Rank(computed.Select(card =>
        {
            var inputs = card.Indicators.ToDictionary(i => i.Code, i =>
            {
                var (coverage, note) = CoverageOf(i.Code, hasProcedures);
                return coverage switch
                {
                    DataCoverage.None => new IndicatorInput(0, 0, note),
                    DataCoverage.Partial => new IndicatorInput(i.Input.Numerator, i.Input.Denominator, note),
                    _ => i.Input,
                };
            }, StringComparer.Ordinal);
            var scored = ScorecardCalculator.FromInputs(card.Unit, period, card.Scope, inputs);
            var groups = scored.Groups.Select(g =>
            {
                var indicators = g.Indicators.Select(i => CoverageOf(i.Code, hasProcedures).Coverage == DataCoverage.None
                    ? i with { Points = 0m, IsApplicable = false }
                    : i).ToArray();
                return g with { Indicators = indicators, Points = indicators.Sum(i => i.Points) };
            }).ToArray();
            decimal total = groups.Sum(g => g.Points);
            return scored with { Groups = groups, Total = total, Band = ScorecardOptions.Default.Bands.For(total) };
        }));
        return [.. ranked.Select(card =>
        {
            decimal covered = card.Indicators.Where(i => CoverageOf(i.Code, hasProcedures).Coverage != DataCoverage.None).Sum(i => i.MaxPoints);
            return new ScoredUnit(card, covered, covered >= MinimumCoverage ? card.Band : null);
        })];
    }
}

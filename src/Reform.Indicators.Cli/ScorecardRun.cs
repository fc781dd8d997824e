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

    /// <summary>The input holds none of its records: scored as 0/0 by the indicator's zero-denominator policy.</summary>
    None,
}

/// <summary>The scorecards of one <c>reform scorecard</c> run, with the rejected rows.</summary>
internal sealed record ScorecardRun(
    ReportingPeriod Period, IReadOnlyList<Scorecard> Cards, IReadOnlyList<(string File, RowError Error)> Rejected, bool HasProcedures)
{
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
    /// Scores every unit of the hierarchy, then replaces the inputs of the indicators the input
    /// holds no records for with 0/0 and a note (so they score by their zero-denominator policy),
    /// notes the partial ones, and ranks on the resulting unrounded totals.
    /// </summary>
    public static IReadOnlyList<Scorecard> Score(ScorecardData data, UnitHierarchy hierarchy, ReportingPeriod period)
    {
        bool hasProcedures = data.Procedures is not null;
        var computed = ScorecardCalculator.Score(data, hierarchy, period);
        return ScorecardCalculator.Rank(computed.Select(card =>
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
            return ScorecardCalculator.FromInputs(card.Unit, period, card.Scope, inputs);
        }));
    }
}

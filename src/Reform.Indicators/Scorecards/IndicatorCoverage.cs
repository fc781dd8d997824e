namespace Reform.Indicators.Scorecards;

/// <summary>
/// What a <see cref="ScorecardData"/> holds for one Decision 766 indicator: its coverage and, when
/// the coverage is not <see cref="DataCoverage.Records"/>, the reason in words (docs/specification.md §14,
/// "no data is not zero denominator").
/// </summary>
/// <param name="Coverage">Whether the indicator is computed from records, partly, or has no data.</param>
/// <param name="Note">
/// For <see cref="DataCoverage.None"/>, why (e.g. <c>no data: petitions (PAKN) not in the data</c>);
/// for <see cref="DataCoverage.Partial"/>, what is not applied; null for <see cref="DataCoverage.Records"/>.
/// </param>
public sealed record IndicatorCoverage(DataCoverage Coverage, string? Note);

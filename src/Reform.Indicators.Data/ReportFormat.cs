namespace Reform.Indicators.Data;

/// <summary>How a report is written.</summary>
public enum ReportFormat
{
    /// <summary>An aligned plain-text table for people.</summary>
    Table = 0,

    /// <summary>The JSON of docs/specification.md §8.</summary>
    Json = 1,

    /// <summary>One CSV line per group: key, name, level, the counts, and each rate's numerator, denominator and percent.</summary>
    Csv = 2,

    /// <summary>Long rows, one per group and indicator: <c>unit,name,level,period,indicator,numerator,denominator,percent</c> (<see cref="TidyWriter"/>).</summary>
    Tidy = 3,
}

using System.Globalization;

namespace Reform.Indicators.Tests.TestData;

/// <summary>The published figures of the 2022 national review (national-review-2022.csv), by (indicator, scope).</summary>
internal static class NationalReview2022
{
    /// <summary>Each row's fields: indicator, scope, numerator, denominator, value, unit, compared_with, change, change_unit, note.</summary>
    internal static IReadOnlyDictionary<(string Indicator, string Scope), string[]> Rows { get; } = File
        .ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "national-review-2022.csv"))
        .Skip(1)
        .Select(line => line.Split(','))
        .ToDictionary(f => (f[0], f[1]), f => f);

    /// <summary>The published value (column <c>value</c>).</summary>
    internal static decimal Value(string indicator, string scope) => Field(indicator, scope, 4);

    /// <summary>The published change on the compared year (column <c>change</c>).</summary>
    internal static decimal Change(string indicator, string scope) => Field(indicator, scope, 7);

    private static decimal Field(string indicator, string scope, int column) =>
        decimal.Parse(Rows[(indicator, scope)][column], CultureInfo.InvariantCulture);
}

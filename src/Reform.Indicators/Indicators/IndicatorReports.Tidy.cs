namespace Reform.Indicators.Indicators;

public static partial class IndicatorReports
{
    /// <summary>
    /// The report as long rows: for each group in order, one row per indicator
    /// (<see cref="Indicators"/>) with its numerator, denominator and percent.
    /// </summary>
    /// <remarks>A report of <c>n</c> groups gives <c>3n</c> rows; a group whose rate has nothing to divide by keeps its row, with percent <see langword="null"/>. The rejected rows are not part of the long rows.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <example><c>report.ToTidy()</c> → <c>(01, Hà Nội, Province, 2022, onTimeResolution, 9,933/10,000 = 99.33)</c>, …</example>
    public static IReadOnlyList<TidyRow> ToTidy(this IndicatorReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = new List<TidyRow>(report.Groups.Count * Indicators.Count);
        foreach (var group in report.Groups)
        {
            foreach (var (name, rate) in Indicators)
            {
                rows.Add(new TidyRow(group.Key, group.Name, group.Level, report.Period, name, rate(group)));
            }
        }
        return rows;
    }

    /// <summary>The long rows of several reports (a trend, several groupings), one report after the other.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or one of them is null.</exception>
    public static IReadOnlyList<TidyRow> ToTidy(this IEnumerable<IndicatorReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return [.. reports.SelectMany(ToTidy)];
    }

    /// <summary>
    /// Long rows pivoted back to wide: one row per (unit, period) in the order first seen, with the
    /// rate of each indicator found for it.
    /// </summary>
    /// <remarks>
    /// <c>ToWide(report.ToTidy())</c> gives, per group, the report's three rates. A row's name and
    /// level are those of the first long row of its (unit, period). Periods are told apart by name.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">Two rows give the same (unit, period, indicator): a pivot would have to drop one.</exception>
    public static IReadOnlyList<WideRow> ToWide(IEnumerable<TidyRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var wide = new List<(TidyRow First, Dictionary<string, Measures.Rate> Rates)>();
        var index = new Dictionary<(string, string), int>();
        foreach (var row in rows)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(rows));
            if (!index.TryGetValue((row.Unit, row.Period.Name), out int at))
            {
                at = wide.Count;
                index.Add((row.Unit, row.Period.Name), at);
                wide.Add((row, new Dictionary<string, Measures.Rate>(StringComparer.Ordinal)));
            }
            if (!wide[at].Rates.TryAdd(row.Indicator, row.Rate))
            {
                throw new ArgumentException($"Two rows give {row.Indicator} of {row.Unit} in {row.Period.Name}; a wide row holds one.", nameof(rows));
            }
        }
        return [.. wide.Select(w => new WideRow(w.First.Unit, w.First.Name, w.First.Level, w.First.Period, w.Rates))];
    }
}

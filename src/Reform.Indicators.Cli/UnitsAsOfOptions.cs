using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using Reform.Indicators.Data;
using Reform.Indicators.Indicators;
using Reform.Indicators.Units;

namespace Reform.Indicators.Cli;

/// <summary>
/// <c>--units-as-of DATE</c> and <c>--crosswalk FILE</c> of <c>reform report</c>: a rollup by the units
/// valid on DATE, with units abolished on 1 July 2025 mapped to their successors
/// (<see cref="IndicatorReports.RollUp"/>, docs/specification.md §10.1). The report is counted by unit
/// and rolled up afterwards, so every engine and the sample take the same path.
/// </summary>
internal sealed class UnitsAsOfOptions
{
    private readonly Option<string?> asOf = new("--units-as-of")
    {
        Description = "With --group-by rollup: group by the units valid on this date (e.g. today, 2026-12-31) instead of the period's last day; " +
            "units abolished on 1 July 2025 go to their successors through the built-in province and commune crosswalk, districts to their province's successor (docs/specification.md §10.1). " +
            "Compares a year before the reform with one after it by today's units.",
    };

    private readonly Option<string?> crosswalkFile = new("--crosswalk")
    {
        Description = "With --units-as-of: your commune links (old_code,new_code[,share]; CSV or Parquet) in place of the built-in links of the old codes they name (docs/units.md).",
    };

    /// <summary>Adds the two options to <paramref name="command"/>.</summary>
    public static UnitsAsOfOptions AddTo(Command command)
    {
        var options = new UnitsAsOfOptions();
        command.Options.Add(options.asOf);
        command.Options.Add(options.crosswalkFile);
        return options;
    }

    /// <summary>
    /// The grouping to count with (<see cref="GroupBy.Unit"/> when rolling up to another date), and the
    /// step that turns the counted reports into the requested ones; checks the options first.
    /// </summary>
    /// <exception cref="UsageException">The options do not fit together or the date or file is wrong.</exception>
    public (GroupBy Counted, Func<IndicatorReport, IndicatorReport> Finish) Plan(ParseResult parse, GroupBy grouping, UnitRegistry? units, TextWriter error)
    {
        string? dateText = parse.GetValue(asOf);
        string? crosswalkPath = parse.GetValue(crosswalkFile);
        if (dateText is null)
        {
            return crosswalkPath is null ? (grouping, static r => r) : throw new UsageException("--crosswalk needs --units-as-of DATE.");
        }
        if (grouping != GroupBy.Rollup)
        {
            throw new UsageException("--units-as-of needs --group-by rollup.");
        }
        var parsed = LocalDatePattern.Iso.Parse(dateText);
        LocalDate date = parsed.Success ? parsed.Value : throw new UsageException($"--units-as-of '{dateText}' is not a date: expected YYYY-MM-DD, e.g. 2026-12-31.");
        var crosswalk = VietnamUnits.Crosswalk2025;
        if (crosswalkPath is not null)
        {
            var read = CrosswalkFile.Read(crosswalkPath);
            foreach (var fault in read.Errors)
            {
                error.WriteLine($"{crosswalkPath}: {fault}");
            }
            if (read.Errors.Count > 0)
            {
                throw new UsageException($"{crosswalkPath}: {read.Errors.Count} rejected rows; fix them, a crosswalk is not applied in part.");
            }
            try
            {
                crosswalk = VietnamUnits.Crosswalk2025With(VietnamUnits.CommuneCrosswalk2025.WithLinks(read.Accepted));
            }
            catch (ArgumentException e)
            {
                throw new UsageException($"{crosswalkPath}: {e.Message}");
            }
        }
        var registry = units ?? throw new UsageException("--units-as-of needs the units of both dates: give --units FILE.");
        return (GroupBy.Unit, report => report.RollUp(registry, date, crosswalk));
    }
}

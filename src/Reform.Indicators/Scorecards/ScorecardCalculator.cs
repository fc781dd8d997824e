using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Indicators;
using Reform.Indicators.Petitions;
using Reform.Indicators.Scorecards.Indicators;
using Reform.Indicators.Units;

namespace Reform.Indicators.Scorecards;

/// <summary>
/// Computes Decision 766 scorecards from records: each unit's scope, each indicator's numerator and
/// denominator, the points, groups, total, band and the rank among units of the same level.
/// </summary>
/// <remarks>
/// <para>The computation is in two steps that can be used apart: <see cref="Inputs"/> turns records
/// into each indicator's numerator and denominator; <see cref="FromInputs"/> turns inputs into a
/// scorecard (so inputs taken from elsewhere, e.g. the portal's API, score the same way).</para>
/// <para>Counting indicators (dossiers and petitions) add up over units and over disjoint
/// periods. Procedure-level indicators (1.1, 1.3, 3.1, 3.2, 3.5, 3.5b, 4.5a) count each procedure
/// once within a scope, so they are not sums over the scope's units.</para>
/// <para>Each built-in indicator is one object (folder <c>Scorecards/Indicators</c>, docs/scorecard.md
/// "How an indicator is defined") holding its definition, the parts of <see cref="ScorecardData"/>
/// it reads and how it tallies the records of a scope; the calculator feeds every record of the
/// scope to every indicator and finishes each into its input.</para>
/// </remarks>
/// <example>
/// <code>
/// var hierarchy = registry.AsOf(period.Last);
/// foreach (var card in ScorecardCalculator.Score(new ScorecardData(dossiers), hierarchy, ReportingPeriod.Parse("2024-Q1")))
/// {
///     Console.WriteLine(card);            // 01 Hà Nội 2024-Q1: 83.47/100 Good, rank 1/63
///     foreach (var score in card.Indicators)
///         Console.WriteLine(score);       // 2.1: 19.80/20 (990/1000, 99.00%)
/// }
/// </code>
/// </example>
public static class ScorecardCalculator
{
    /// <summary>
    /// The scorecards of <paramref name="unitCodes"/> (all units of the hierarchy when null) for
    /// <paramref name="period"/>, ranked among the scored units of the same level.
    /// </summary>
    /// <returns>The scorecards ordered by level, then rank, then code.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="KeyNotFoundException">A unit code is not in the hierarchy.</exception>
    public static IReadOnlyList<Scorecard> Score(
        ScorecardData data, UnitHierarchy hierarchy, ReportingPeriod period, ScorecardOptions? options = null, IEnumerable<string>? unitCodes = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(hierarchy);
        ArgumentNullException.ThrowIfNull(period);
        options ??= ScorecardOptions.Default;
        var records = new ScorecardRecords(data, period, options);
        var codes = unitCodes?.ToArray() ?? [.. hierarchy.Units.Select(u => u.Code)];
        var cards = codes.Select(code =>
        {
            var scope = Scope(hierarchy, code, options);
            return FromInputs(hierarchy[code], period, scope, Decision766Indicators.Inputs(records.For(hierarchy, code, scope)), options);
        }).ToArray();
        return Rank(cards);
    }

    /// <summary>
    /// Ranks scorecards among those of the same level by unrounded total, highest first; ties share
    /// a rank (1, 2, 2, 4). Returns them ordered by level, then rank, then code.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="scorecards"/> is null.</exception>
    public static IReadOnlyList<Scorecard> Rank(IEnumerable<Scorecard> scorecards)
    {
        ArgumentNullException.ThrowIfNull(scorecards);
        var ranked = new List<Scorecard>();
        foreach (var level in scorecards.GroupBy(c => c.Unit.Level).OrderBy(g => g.Key))
        {
            var peers = level.ToArray();
            var ranks = Ranking.Competition(peers, c => c.Total);
            ranked.AddRange(peers
                .Select((card, i) => card with { Rank = ranks[i], Peers = peers.Length })
                .OrderBy(c => c.Rank).ThenBy(c => c.Unit.Code, StringComparer.Ordinal));
        }
        return ranked;
    }

    /// <summary>
    /// The codes of the units whose records count for <paramref name="unitCode"/>: the unit itself
    /// first, then (under <see cref="ScopeRule.Subtree"/>) every unit below it and the vertical
    /// branches of every ministry among them.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The unit is not in the hierarchy.</exception>
    public static IReadOnlyList<string> Scope(UnitHierarchy hierarchy, string unitCode, ScorecardOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(hierarchy);
        options ??= ScorecardOptions.Default;
        var unit = hierarchy[unitCode];
        var scope = new List<string> { unit.Code };
        if (options.Scope.GetValueOrDefault(unit.Level, ScopeRule.OwnRecords) == ScopeRule.Subtree)
        {
            scope.AddRange(hierarchy.Descendants(unit.Code).Select(u => u.Code));
            var members = scope.ToHashSet(StringComparer.Ordinal);
            scope.AddRange(options.VerticalBranches
                .Where(b => members.Contains(b.Value) && !members.Contains(b.Key))
                .Select(b => b.Key)
                .Order(StringComparer.Ordinal));
        }
        return scope;
    }

    /// <summary>Every indicator's numerator and denominator for <paramref name="unitCode"/> in <paramref name="period"/>, by indicator code.</summary>
    /// <exception cref="KeyNotFoundException">The unit is not in the hierarchy.</exception>
    public static IReadOnlyDictionary<string, IndicatorInput> Inputs(
        ScorecardData data, UnitHierarchy hierarchy, string unitCode, ReportingPeriod period, ScorecardOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(hierarchy);
        ArgumentNullException.ThrowIfNull(period);
        options ??= ScorecardOptions.Default;
        return Decision766Indicators.Inputs(new ScorecardRecords(data, period, options).For(hierarchy, unitCode, Scope(hierarchy, unitCode, options)));
    }

    /// <summary>Scores given inputs for one unit: the layout in force on the period's last date, the band; not ranked.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="period">The period.</param>
    /// <param name="scope">The codes of the units whose records the inputs count.</param>
    /// <param name="inputs">The inputs by indicator code; a missing one is 0/0.</param>
    /// <param name="options">The options (catalogue, bands, not-applicable handling).</param>
    /// <exception cref="ArgumentOutOfRangeException">No layout is in force on the period's last date.</exception>
    public static Scorecard FromInputs(
        AdministrativeUnit unit, ReportingPeriod period, IReadOnlyList<string> scope, IReadOnlyDictionary<string, IndicatorInput> inputs, ScorecardOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(inputs);
        options ??= ScorecardOptions.Default;
        var layout = options.Catalogue.LayoutOn(period.Last);
        var (groups, total) = layout.Score(inputs, options.NotApplicable);
        return new Scorecard(unit, period, layout, scope, groups, total, options.Bands.For(total));
    }

    /// <summary>
    /// Whether a petition met every deadline of indicator 5.2 that has come by the end of
    /// <paramref name="asOf"/> (the rule is <see cref="PetitionsOnTime"/>'s).
    /// </summary>
    internal static bool PetitionOnTime(Petition petition, LocalDate asOf, WorkingCalendar calendar, PetitionDeadlines deadlines) =>
        PetitionsOnTime.OnTime(petition, asOf, calendar, deadlines);
}

using Reform.Indicators.Calendars;
using Reform.Indicators.Indicators;
using Reform.Indicators.Petitions;
using Reform.Indicators.Procedures;
using Reform.Indicators.Units;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// One scored unit in one period: the unit, the codes of the units whose records count for it
/// (docs/specification.md §14, scope), the options, the procedures under their authority, and
/// the records of the scope to tally.
/// </summary>
internal sealed class UnitScope
{
    private readonly ScorecardRecords records;
    private readonly UnitHierarchy hierarchy;
    private AdministrativeProcedure[]? authority;

    internal UnitScope(ScorecardRecords records, UnitHierarchy hierarchy, string unitCode, IReadOnlyList<string> units)
    {
        this.records = records;
        this.hierarchy = hierarchy;
        UnitCode = unitCode;
        UnitLevel = hierarchy[unitCode].Level;
        Units = units;
    }

    /// <summary>The scored unit's code.</summary>
    public string UnitCode { get; }

    /// <summary>The scored unit's level.</summary>
    public GovernmentLevel UnitLevel { get; }

    /// <summary>The codes of the units whose records count, the scored unit first.</summary>
    public IReadOnlyList<string> Units { get; }

    /// <summary>The period.</summary>
    public ReportingPeriod Period => records.Period;

    /// <summary>The options.</summary>
    public ScorecardOptions Options => records.Options;

    /// <summary>The working calendar of the deadlines.</summary>
    public WorkingCalendar Calendar => records.Options.Calendar;

    /// <summary>The level of <paramref name="code"/>; a code outside the hierarchy is a ministry's vertical branch.</summary>
    public GovernmentLevel LevelOf(string code) => hierarchy.Contains(code) ? hierarchy[code].Level : GovernmentLevel.Ministry;

    /// <summary>The scorecard facts of procedure <paramref name="code"/>; the defaults (all false) when the data has none.</summary>
    public ProcedureDetails ProcedureOf(string code) => records.ProcedureOf(code);

    /// <summary>
    /// The procedures under the authority of the levels in scope, in catalogue order; a procedure
    /// with no levels is everyone's. Empty without a procedure catalogue.
    /// </summary>
    public IReadOnlyList<AdministrativeProcedure> Authority => authority ??= Compute();

    private AdministrativeProcedure[] Compute()
    {
        var levels = Units.Select(LevelOf).ToHashSet();
        return [.. records.Procedures.Where(p => p.Levels.Count == 0 || p.Levels.Overlaps(levels))];
    }

    /// <summary>The dossiers of the units in scope that are in scope of the period.</summary>
    public IEnumerable<ScopedDossier> Dossiers() => Units.SelectMany(records.DossiersOf);

    /// <summary>The publications of the units in scope, of any date.</summary>
    public IEnumerable<ScopedPublication> Publications() =>
        Units.SelectMany(code => records.PublicationsOf(code).Select(p => new ScopedPublication(p, LevelOf(code))));

    /// <summary>The petitions of the units in scope received in the period.</summary>
    public IEnumerable<Petition> Petitions() => Units.SelectMany(records.PetitionsOf);

    /// <summary>Tallies every record of the scope.</summary>
    public void TallyAll(IReadOnlyList<IndicatorTally> tallies)
    {
        foreach (var dossier in Dossiers())
        {
            foreach (var tally in tallies)
            {
                tally.Add(dossier);
            }
        }
        foreach (var publication in Publications())
        {
            foreach (var tally in tallies)
            {
                tally.Add(publication);
            }
        }
        foreach (var petition in Petitions())
        {
            foreach (var tally in tallies)
            {
                tally.Add(petition);
            }
        }
    }
}

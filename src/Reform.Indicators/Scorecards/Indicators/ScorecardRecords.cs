using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Petitions;
using Reform.Indicators.Procedures;
using Reform.Indicators.Units;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// The records of a <see cref="ScorecardData"/> indexed by unit for one period: dossiers
/// classified once and kept when in scope of the period, details by id (the last one wins),
/// petitions received in the period.
/// </summary>
internal sealed class ScorecardRecords
{
    private readonly ILookup<string, ScopedDossier> dossiers;
    private readonly Dictionary<string, ProcedureDetails> procedureDetails;
    private readonly ILookup<string, ProcedurePublication> publications;
    private readonly ILookup<string, Petition> petitions;

    internal ScorecardRecords(ScorecardData data, ReportingPeriod period, ScorecardOptions options)
    {
        Period = period;
        Options = options;
        var details = data.DossierDetails.GroupBy(d => d.DossierId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        procedureDetails = data.ProcedureDetails.GroupBy(p => p.ProcedureCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        dossiers = data.Dossiers
            .Select(d => (Dossier: d, Class: DossierClassifier.Classify(d, period, options.Classification)))
            .Where(x => x.Class.InScope)
            .Select(x => new ScopedDossier(x.Dossier, x.Class, details.GetValueOrDefault(x.Dossier.Id) ?? new DossierDetails(x.Dossier.Id), ProcedureOf(x.Dossier.ProcedureCode)))
            .ToLookup(x => x.Dossier.UnitCode, StringComparer.Ordinal);
        publications = data.Publications.ToLookup(p => p.UnitCode, StringComparer.Ordinal);
        petitions = data.Petitions.Where(p => period.Contains(p.ReceivedAt)).ToLookup(p => p.UnitCode, StringComparer.Ordinal);
        Procedures = data.Procedures?.Procedures ?? [];
    }

    /// <summary>The period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The options.</summary>
    public ScorecardOptions Options { get; }

    /// <summary>The procedure catalogue's procedures; empty without one.</summary>
    public IReadOnlyList<AdministrativeProcedure> Procedures { get; }

    /// <summary>The scope of <paramref name="unitCode"/> over the units <paramref name="units"/>.</summary>
    /// <exception cref="KeyNotFoundException">The unit is not in the hierarchy.</exception>
    public UnitScope For(UnitHierarchy hierarchy, string unitCode, IReadOnlyList<string> units) => new(this, hierarchy, unitCode, units);

    /// <summary>The scorecard facts of procedure <paramref name="code"/>; the defaults when the data has none.</summary>
    public ProcedureDetails ProcedureOf(string code) => procedureDetails.GetValueOrDefault(code) ?? new ProcedureDetails(code);

    /// <summary>The dossiers of unit <paramref name="code"/> in scope of the period.</summary>
    public IEnumerable<ScopedDossier> DossiersOf(string code) => dossiers[code];

    /// <summary>The publications of unit <paramref name="code"/>.</summary>
    public IEnumerable<ProcedurePublication> PublicationsOf(string code) => publications[code];

    /// <summary>The petitions of unit <paramref name="code"/> received in the period.</summary>
    public IEnumerable<Petition> PetitionsOf(string code) => petitions[code];
}

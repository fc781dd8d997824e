using Reform.Indicators.Dossiers;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// What a <see cref="ScorecardData"/> holds: its parts (<see cref="ScorecardDataParts.HeldBy"/>) and, of
/// the fields that a data set may or may not state, those it states — <c>result_electronic</c> when at
/// least one dossier gives it, and the fields of <see cref="ScorecardData.DossierDetailsStated"/> when
/// there are details (docs/specification.md §14, "no data").
/// </summary>
/// <param name="Parts">The parts held.</param>
/// <param name="StatedFields">The optional fields stated, by column name.</param>
internal sealed record HeldData(ScorecardDataPart Parts, IReadOnlySet<string> StatedFields)
{
    /// <summary>The fields whose presence is decided per data set: the dossiers' <c>result_electronic</c> and every field of the dossier details.</summary>
    public static IReadOnlySet<string> Optional { get; } =
        new HashSet<string>([DossierFields.ResultElectronic, .. DossierDetailColumns.All.Select(f => f.Name)], StringComparer.Ordinal);

    /// <summary>Everything held: every part, every optional field.</summary>
    public static HeldData Everything { get; } = new((ScorecardDataPart)63, Optional);

    /// <summary>What <paramref name="data"/> holds.</summary>
    public static HeldData Of(ScorecardData data)
    {
        var parts = ScorecardDataParts.HeldBy(data);
        var stated = new HashSet<string>(StringComparer.Ordinal);
        if (data.Dossiers.Any(d => d.ResultElectronic is not null))
        {
            stated.Add(DossierFields.ResultElectronic);
        }
        if (parts.HasFlag(ScorecardDataPart.DossierDetails))
        {
            stated.UnionWith(DossierDetailColumns.Names(data.DossierDetailsStated));
        }
        return new HeldData(parts, stated);
    }

    /// <summary>Whether the part of <paramref name="need"/> is held with every optional field it names stated.</summary>
    public bool Meets(DataNeed need) =>
        Parts.HasFlag(need.Part) && need.Fields.All(f => !Optional.Contains(f) || StatedFields.Contains(f));

    /// <summary>The fields of <paramref name="need"/> that are optional and not stated: what a note names when the part itself is held.</summary>
    public IEnumerable<string> Unstated(DataNeed need) => need.Fields.Where(f => Optional.Contains(f) && !StatedFields.Contains(f));
}

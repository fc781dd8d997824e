namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>Which parts of <see cref="ScorecardData"/> hold records, and their names in words.</summary>
internal static class ScorecardDataParts
{
    /// <summary>The parts <paramref name="data"/> holds: the dossiers always, the procedures when not null, the others when not empty.</summary>
    public static ScorecardDataPart HeldBy(ScorecardData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var held = ScorecardDataPart.Dossiers;
        held |= data.DossierDetails.Count > 0 ? ScorecardDataPart.DossierDetails : 0;
        held |= data.Procedures is not null ? ScorecardDataPart.Procedures : 0;
        held |= data.ProcedureDetails.Count > 0 ? ScorecardDataPart.ProcedureDetails : 0;
        held |= data.Publications.Count > 0 ? ScorecardDataPart.Publications : 0;
        held |= data.Petitions.Count > 0 ? ScorecardDataPart.Petitions : 0;
        return held;
    }

    /// <summary><paramref name="data"/> without the records of <paramref name="parts"/> (the dossiers emptied, the procedures null).</summary>
    public static ScorecardData Without(ScorecardData data, ScorecardDataPart parts)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data with
        {
            Dossiers = parts.HasFlag(ScorecardDataPart.Dossiers) ? [] : data.Dossiers,
            DossierDetails = parts.HasFlag(ScorecardDataPart.DossierDetails) ? [] : data.DossierDetails,
            Procedures = parts.HasFlag(ScorecardDataPart.Procedures) ? null : data.Procedures,
            ProcedureDetails = parts.HasFlag(ScorecardDataPart.ProcedureDetails) ? [] : data.ProcedureDetails,
            Publications = parts.HasFlag(ScorecardDataPart.Publications) ? [] : data.Publications,
            Petitions = parts.HasFlag(ScorecardDataPart.Petitions) ? [] : data.Petitions,
        };
    }

    /// <summary>The part in words, as a reader of the files knows it: <c>dossier details</c>, <c>publication decisions</c>, ….</summary>
    public static string Name(ScorecardDataPart part) => part switch
    {
        ScorecardDataPart.Dossiers => "dossiers",
        ScorecardDataPart.DossierDetails => "dossier details",
        ScorecardDataPart.Procedures => "procedures",
        ScorecardDataPart.ProcedureDetails => "procedure details",
        ScorecardDataPart.Publications => "publication decisions",
        ScorecardDataPart.Petitions => "petitions (PAKN)",
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "Not a single part of the scorecard data."),
    };
}

namespace Reform.Indicators;

/// <summary>What became of one input row (docs/specification.md §9: every row read is one of these).</summary>
public enum RowOutcome
{
    /// <summary>Valid and counted.</summary>
    Accepted = 0,

    /// <summary>Invalid: at least one fault, each a <see cref="RowError"/>. A row with several faults is one rejected row.</summary>
    Rejected = 1,

    /// <summary>Not a received dossier (portal status 1 or 3): neither accepted nor rejected, counted with its reason.</summary>
    Excluded = 2,

    /// <summary>Valid, but a newer row of the same dossier won under <see cref="Dossiers.RepeatsPolicy.Latest"/>: neither accepted nor rejected.</summary>
    Superseded = 3,
}

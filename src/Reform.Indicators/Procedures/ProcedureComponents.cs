namespace Reform.Indicators.Procedures;

/// <summary>
/// The seven mandatory components of a published procedure (Decree 63/2010/NĐ-CP, Art. 8(2)), as
/// flags; Decision 766 indicator 1.3 asks for all of them.
/// </summary>
[Flags]
#pragma warning disable CA1711 // The domain calls them components; the enum is a set of flags by design.
public enum ProcedureComponents
#pragma warning restore CA1711
{
    /// <summary>No component.</summary>
    None = 0,

    /// <summary>The procedure's name.</summary>
    Name = 1,

    /// <summary>The sequence of steps.</summary>
    Sequence = 2,

    /// <summary>The method of carrying it out.</summary>
    Method = 4,

    /// <summary>The dossier's composition.</summary>
    DossierComposition = 8,

    /// <summary>The time limit.</summary>
    TimeLimit = 16,

    /// <summary>The subjects who carry it out.</summary>
    Subjects = 32,

    /// <summary>The implementing body.</summary>
    ImplementingBody = 64,

    /// <summary>All seven components.</summary>
    All = Name | Sequence | Method | DossierComposition | TimeLimit | Subjects | ImplementingBody,
}

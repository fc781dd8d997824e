namespace Reform.Indicators.Indicators;

/// <summary>How an in-scope dossier stands at the end of a period (docs/specification.md §4).</summary>
public enum DossierOutcome
{
    /// <summary>Not finished in the period: open at its end (also a final status finished after the period).</summary>
    Open = 0,

    /// <summary>Finished in the period as completed or refused.</summary>
    Resolved = 1,

    /// <summary>Finished in the period as withdrawn by the applicant.</summary>
    Withdrawn = 2,

    /// <summary>Finished in the period as stopped by the authority.</summary>
    Stopped = 3,
}

namespace Reform.Indicators.Dossiers;

/// <summary>Where a dossier (hồ sơ) stands in its lifecycle.</summary>
/// <remarks>
/// <see cref="Completed"/>, <see cref="Refused"/>, <see cref="Stopped"/> and
/// <see cref="Withdrawn"/> are final: the dossier has a finish time. The others are open.
/// Text forms: <c>processing</c>, <c>awaiting_supplement</c>, <c>completed</c>, <c>refused</c>,
/// <c>stopped</c>, <c>withdrawn</c> (see <see cref="DossierFields"/>).
/// </remarks>
public enum DossierStatus
{
    /// <summary>Received and being processed (open).</summary>
    Processing = 0,

    /// <summary>The applicant was asked to supplement the dossier and has not yet (open).</summary>
    AwaitingSupplement = 1,

    /// <summary>Processing ended with a result issued (final; counts as resolved).</summary>
    Completed = 2,

    /// <summary>Processing ended with a reasoned refusal (final; counts as resolved).</summary>
    Refused = 3,

    /// <summary>Processing was stopped by the authority (final; not resolved).</summary>
    Stopped = 4,

    /// <summary>The applicant withdrew the dossier (final; not resolved).</summary>
    Withdrawn = 5,
}

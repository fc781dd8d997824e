namespace Reform.Indicators.Indicators;

/// <summary>The named policies of the timeliness classification (docs/specification.md §4), with their defaults.</summary>
public sealed record ClassificationPolicy
{
    /// <summary>The defaults of the specification.</summary>
    public static ClassificationPolicy Default { get; } = new();

    /// <summary>
    /// Whether a dossier whose applicant was asked to supplement it more than once is late
    /// (finished) or overdue (open), whatever its dates. Default <see langword="true"/>, as the
    /// national portal computes Decision 766/QĐ-TTg indicator 2.1 (more than one supplementation
    /// request makes a dossier overdue).
    /// </summary>
    public bool MultipleSupplementRequestsAreLate { get; init; } = true;
}

namespace Reform.Indicators.Dossiers;

/// <summary>Questions about a <see cref="DossierStatus"/>.</summary>
public static class DossierStatusExtensions
{
    /// <summary>Whether the status is final: completed, refused, stopped or withdrawn.</summary>
    public static bool IsFinal(this DossierStatus status) => status >= DossierStatus.Completed;

    /// <summary>Whether the status is a resolution: completed (result issued) or refused (docs/specification.md §4, <c>resolved</c>).</summary>
    public static bool IsResolution(this DossierStatus status) => status is DossierStatus.Completed or DossierStatus.Refused;
}

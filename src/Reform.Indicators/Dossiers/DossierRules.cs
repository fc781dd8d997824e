using NodaTime;

namespace Reform.Indicators.Dossiers;

/// <summary>The consistency rules between a dossier's fields (docs/specification.md §3), shared by the constructor and the validator.</summary>
internal static class DossierRules
{
    /// <summary>Every broken rule, as (column, reason), in column order.</summary>
    internal static IEnumerable<(string Column, string Reason)> Violations(
        LocalDateTime receivedAt, LocalDateTime? due, DossierStatus status, LocalDateTime? finishedAt,
        int supplementRequests, LocalDateTime? supplementRequestedAt)
    {
        if (due < receivedAt)
        {
            yield return (DossierFields.DueAt, "before received_at");
        }
        bool final = status.IsFinal();
        if (final && finishedAt is null)
        {
            yield return (DossierFields.FinishedAt, $"required when status is {DossierFields.Format(status)}");
        }
        else if (!final && finishedAt is not null)
        {
            yield return (DossierFields.FinishedAt, $"must be empty when status is {DossierFields.Format(status)}");
        }
        else if (finishedAt < receivedAt)
        {
            yield return (DossierFields.FinishedAt, "before received_at");
        }
        if (status == DossierStatus.AwaitingSupplement && supplementRequestedAt is null)
        {
            yield return (DossierFields.SupplementRequestedAt, "required when status is awaiting_supplement");
        }
        if (supplementRequests < 0)
        {
            yield return (DossierFields.SupplementRequests, "must not be negative");
        }
    }

    internal static (string Column, string Reason)? FirstViolation(
        LocalDateTime receivedAt, LocalDateTime due, DossierStatus status, LocalDateTime? finishedAt,
        int supplementRequests, LocalDateTime? supplementRequestedAt)
    {
        foreach (var violation in Violations(receivedAt, due, status, finishedAt, supplementRequests, supplementRequestedAt))
        {
            return violation;
        }
        return null;
    }
}

using NodaTime;
using Reform.Indicators.Dossiers;

namespace Reform.Indicators.Samples;

/// <summary>One generated dossier, before it becomes a record or a table row.</summary>
/// <remarks><c>Unit</c> indexes <see cref="SampleUnits.Codes"/>; <c>Procedure</c> indexes <see cref="SampleProcedures.All"/>.</remarks>
internal readonly record struct SampleDossier(
    long Index,
    int Unit,
    int Procedure,
    DossierChannel Channel,
    DossierStatus Status,
    LocalDateTime ReceivedAt,
    LocalDateTime Due,
    bool DueGiven,
    LocalDateTime? FinishedAt,
    int SupplementRequests,
    LocalDateTime? SupplementRequestedAt);

using NodaTime;

namespace Reform.Indicators.Dossiers;

/// <summary>
/// One dossier (hồ sơ): an application for an administrative procedure, handled by a unit,
/// from its official receipt to its end — a valid record of docs/specification.md §3.
/// </summary>
/// <remarks>
/// <para>
/// All times are Vietnam civil time (UTC+7). <see cref="Due"/> is always known: it is the
/// appointment given in the data (a date alone meaning the end of that date), or the deadline
/// computed from the procedure's statutory time limit; <see cref="DueGiven"/> says which.
/// </para>
/// <para>
/// The constructor enforces the rules of §3 and throws <see cref="ArgumentException"/> naming the
/// field when one is broken, so every <see cref="Dossier"/> is valid. To turn raw rows into
/// dossiers with a report of every rejected row instead, use <see cref="DossierValidator"/>.
/// </para>
/// </remarks>
public sealed record Dossier
{
    /// <summary>Creates a dossier, checking the rules of docs/specification.md §3.</summary>
    /// <param name="id">The dossier's identifier (<c>dossier_id</c>); unique within a data set.</param>
    /// <param name="unitCode">The code of the unit that handles it (<c>unit_code</c>).</param>
    /// <param name="procedureCode">The national code of the procedure, e.g. <c>1.004227</c>.</param>
    /// <param name="channel">How it was submitted.</param>
    /// <param name="receivedAt">The official receipt of the complete dossier; starts the clock.</param>
    /// <param name="due">The deadline: the appointment, or the one computed from the procedure.</param>
    /// <param name="status">Where it stands.</param>
    /// <param name="finishedAt">The end of processing: required exactly when the status is final.</param>
    /// <param name="supplementRequests">How many times the applicant was asked to supplement (at least 0).</param>
    /// <param name="supplementRequestedAt">The latest supplementation request; required when awaiting supplementation.</param>
    /// <param name="dueGiven">Whether <paramref name="due"/> came from the data (<c>due_at</c>) rather than the procedure's limit.</param>
    /// <exception cref="ArgumentException">A rule of §3 is broken; the message names the field and the reason.</exception>
    public Dossier(
        string id,
        string unitCode,
        string procedureCode,
        DossierChannel channel,
        LocalDateTime receivedAt,
        LocalDateTime due,
        DossierStatus status,
        LocalDateTime? finishedAt = null,
        int supplementRequests = 0,
        LocalDateTime? supplementRequestedAt = null,
        bool dueGiven = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(unitCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(procedureCode);
        var violation = DossierRules.FirstViolation(receivedAt, due, status, finishedAt, supplementRequests, supplementRequestedAt);
        if (violation is var (field, reason))
        {
            throw new ArgumentException($"Dossier '{id}': {field} {reason}.", DossierFields.ParameterName(field));
        }
        if (!Enum.IsDefined(channel))
        {
            throw new ArgumentOutOfRangeException(nameof(channel), channel, $"Dossier '{id}': unknown channel {(int)channel}.");
        }
        Id = id;
        UnitCode = unitCode;
        ProcedureCode = procedureCode;
        Channel = channel;
        ReceivedAt = receivedAt;
        Due = due;
        DueGiven = dueGiven;
        Status = status;
        FinishedAt = finishedAt;
        SupplementRequests = supplementRequests;
        SupplementRequestedAt = supplementRequestedAt;
    }

    /// <summary>The dossier's identifier, unique within a data set (<c>dossier_id</c>).</summary>
    public string Id { get; }

    /// <summary>The code of the unit that handles the dossier (<c>unit_code</c>).</summary>
    public string UnitCode { get; }

    /// <summary>The national code of the procedure (TTHC), e.g. <c>1.004227</c> (<c>procedure_code</c>).</summary>
    public string ProcedureCode { get; }

    /// <summary>How the dossier was submitted (<c>channel</c>).</summary>
    public DossierChannel Channel { get; }

    /// <summary>The official receipt of the complete dossier, which starts the clock (<c>received_at</c>).</summary>
    public LocalDateTime ReceivedAt { get; }

    /// <summary>
    /// The deadline: finishing after it is late. A due date given without a time is the end of
    /// that date (23:59:59.999999999).
    /// </summary>
    public LocalDateTime Due { get; }

    /// <summary>Whether <see cref="Due"/> came from the data (<c>due_at</c>) rather than from the procedure's statutory limit.</summary>
    public bool DueGiven { get; }

    /// <summary>Where the dossier stands (<c>status</c>).</summary>
    public DossierStatus Status { get; }

    /// <summary>The end of processing (<c>finished_at</c>); present exactly when <see cref="Status"/> is final.</summary>
    public LocalDateTime? FinishedAt { get; }

    /// <summary>How many times the applicant was asked to supplement the dossier (<c>supplement_requests</c>).</summary>
    public int SupplementRequests { get; }

    /// <summary>The latest supplementation request (<c>supplement_requested_at</c>); present when awaiting supplementation.</summary>
    public LocalDateTime? SupplementRequestedAt { get; }

    /// <summary>When the result was delivered to the applicant (<c>returned_at</c>); null when not given.</summary>
    /// <remarks>
    /// Carried as given. When the status is final and the end point came from it (no <c>finished_at</c>,
    /// or <see cref="EndPoint.Returned"/>), <see cref="FinishedAt"/> holds the same time.
    /// </remarks>
    public LocalDateTime? ReturnedAt { get; init; }

    /// <summary>When this state of the dossier was recorded (<c>updated_at</c>); null when not given.</summary>
    /// <remarks>Orders the rows of one dossier under <see cref="RepeatsPolicy.Latest"/>; no rule relates it to the other times.</remarks>
    public LocalDateTime? UpdatedAt { get; init; }

    /// <summary>The unit that received the dossier when it is not <see cref="UnitCode"/> (<c>receiving_unit_code</c>); null when not given.</summary>
    public string? ReceivingUnitCode { get; init; }

    /// <summary>Whether the result was issued electronically (<c>result_electronic</c>); null when not given (never taken as "no").</summary>
    public bool? ResultElectronic { get; init; }

    /// <summary>
    /// The online service level of its procedure in force on its receipt date, from a procedures file
    /// (docs/specification.md §10.3, §10.5); null when none gives it (no procedures file, or no version of
    /// the procedure in force that day). The figure <c>fullProcessOnline</c> needs it.
    /// </summary>
    public Procedures.OnlineServiceLevel? ProcedureOnlineLevel { get; init; }

    /// <summary>Whether the status is final: completed, refused, stopped or withdrawn.</summary>
    public bool IsFinal => Status.IsFinal();
}

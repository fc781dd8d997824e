namespace Reform.Indicators.Dossiers;

/// <summary>
/// One dossier as it arrives in an export: every field as raw text, before validation.
/// </summary>
/// <remarks>
/// A field that is absent or empty is <see langword="null"/> or empty; both mean "not given".
/// <see cref="DossierValidator"/> turns rows into <see cref="Dossier"/> values or reports why
/// not. Field names follow the canonical columns of <see cref="DossierFields"/>.
/// </remarks>
internal sealed record DossierRow
{
    /// <summary>The row number: the line in the file, the header being line 1.</summary>
    public long Row { get; init; }

    /// <summary>The raw <c>dossier_id</c>.</summary>
    public string? DossierId { get; init; }

    /// <summary>The raw <c>unit_code</c>.</summary>
    public string? UnitCode { get; init; }

    /// <summary>The raw <c>procedure_code</c>.</summary>
    public string? ProcedureCode { get; init; }

    /// <summary>The raw <c>channel</c>.</summary>
    public string? Channel { get; init; }

    /// <summary>The raw <c>received_at</c>.</summary>
    public string? ReceivedAt { get; init; }

    /// <summary>The raw <c>due_at</c>.</summary>
    public string? DueAt { get; init; }

    /// <summary>The raw <c>finished_at</c>.</summary>
    public string? FinishedAt { get; init; }

    /// <summary>The raw <c>status</c>.</summary>
    public string? Status { get; init; }

    /// <summary>The raw <c>supplement_requests</c>.</summary>
    public string? SupplementRequests { get; init; }

    /// <summary>The raw <c>supplement_requested_at</c>.</summary>
    public string? SupplementRequestedAt { get; init; }

    /// <summary>The raw <c>returned_at</c>.</summary>
    public string? ReturnedAt { get; init; }

    /// <summary>The raw <c>updated_at</c>.</summary>
    public string? UpdatedAt { get; init; }

    /// <summary>The raw <c>receiving_unit_code</c>.</summary>
    public string? ReceivingUnitCode { get; init; }

    /// <summary>The raw <c>result_electronic</c>.</summary>
    public string? ResultElectronic { get; init; }
}

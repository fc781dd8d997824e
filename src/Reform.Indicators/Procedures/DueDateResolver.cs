using NodaTime;

namespace Reform.Indicators.Procedures;

/// <summary>
/// Computes a dossier's deadline from its procedure's statutory time limit, for rows whose
/// <c>due_at</c> is empty (docs/specification.md §3).
/// </summary>
/// <param name="procedureCode">The procedure of the dossier.</param>
/// <param name="receivedAt">The official receipt.</param>
/// <returns>The deadline, or <see langword="null"/> when the procedure or its limit is unknown (the row is then rejected).</returns>
public delegate LocalDateTime? DueDateResolver(string procedureCode, LocalDateTime receivedAt);

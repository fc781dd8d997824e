using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Procedures;

namespace Reform.Indicators.Dossiers;

/// <summary>
/// Turns raw <see cref="DossierRow"/>s of one data set into <see cref="Dossier"/> values,
/// reporting every rejected row with its row number, column and reason (docs/specification.md §3).
/// </summary>
/// <remarks>
/// <para>A row is rejected when a required field is missing or unparsable; an enumerated
/// value is unknown; <c>finished_at &lt; received_at</c>; <c>due_at &lt; received_at</c>; a
/// final status has no <c>finished_at</c> or a non-final one has one; <c>awaiting_supplement</c>
/// has no <c>supplement_requested_at</c>; <c>supplement_requests &lt; 0</c>; the id repeats (the
/// first row with it is kept, each later one rejected); a set of known units is given and the
/// <c>unit_code</c> is not in it; or <c>due_at</c> is empty and the procedure's limit is unknown.</para>
/// <para>An instance remembers the ids it has seen, so use one instance per data set. It is
/// not thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var validator = new DossierValidator(dueFromProcedure: catalogue.Due);
/// var report = validator.ValidateAll(rows);
/// foreach (var error in report.Errors) Console.Error.WriteLine(error); // row 17, finished_at: before received_at
/// </code>
/// </example>
internal sealed class DossierValidator
{
    private readonly DueDateResolver? dueFromProcedure;
    private readonly IReadOnlySet<string>? knownUnits;
    private readonly HashSet<string> seenIds = new(StringComparer.Ordinal);

    /// <summary>Creates a validator for one data set.</summary>
    /// <param name="dueFromProcedure">Computes the deadline of a row whose <c>due_at</c> is empty; without it such rows are rejected.</param>
    /// <param name="knownUnits">The unit codes of the units file, when one is given; a row naming another unit is rejected.</param>
    public DossierValidator(DueDateResolver? dueFromProcedure = null, IReadOnlySet<string>? knownUnits = null)
    {
        this.dueFromProcedure = dueFromProcedure;
        this.knownUnits = knownUnits;
    }

    /// <summary>
    /// The units file, when one is given: a row whose <c>unit_code</c> is not in it is rejected
    /// (<c>not in the units file</c>), and one whose code names no unit on the receipt date
    /// (docs/specification.md §10.1) is rejected with reason <c>not valid on the receipt date</c>
    /// and the code and date in the value (<c>"24 on 2025-06-30"</c>). When set, it replaces the
    /// check against the set of codes given to the constructor.
    /// </summary>
    public Reform.Indicators.Units.UnitRegistry? Units { get; init; }

    /// <summary>Validates every row; in <paramref name="strict"/> mode stops at the first bad row.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public ValidationReport<Dossier> ValidateAll(IEnumerable<DossierRow> rows, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var accepted = new List<Dossier>();
        var errors = new List<RowError>();
        long read = 0, rejected = 0;
        foreach (var row in rows)
        {
            read++;
            if (TryValidate(row, out var dossier, errors))
            {
                accepted.Add(dossier);
                continue;
            }
            rejected++;
            if (strict)
            {
                return new ValidationReport<Dossier>(accepted, errors, read, rejected, stoppedAtFirstError: true);
            }
        }
        return new ValidationReport<Dossier>(accepted, errors, read, rejected, stoppedAtFirstError: false);
    }

    /// <summary>Validates one row.</summary>
    /// <param name="row">The raw row.</param>
    /// <param name="dossier">The dossier when the row is valid.</param>
    /// <param name="errors">Receives every fault of the row (nothing when it is valid).</param>
    /// <returns>Whether the row is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> or <paramref name="errors"/> is null.</exception>
    public bool TryValidate(DossierRow row, [NotNullWhen(true)] out Dossier? dossier, ICollection<RowError> errors)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(errors);
        dossier = null;
        int before = errors.Count;
        void Fail(string column, string reason, string? value = null) => errors.Add(new RowError(row.Row, column, reason, value));

        string? id = Required(row.DossierId, DossierFields.DossierId);
        string? unit = Required(row.UnitCode, DossierFields.UnitCode);
        string? procedure = Required(row.ProcedureCode, DossierFields.ProcedureCode);
        if (unit is not null && Units is null && knownUnits is not null && !knownUnits.Contains(unit))
        {
            Fail(DossierFields.UnitCode, "not in the units file", unit);
        }
        if (unit is not null && Units is not null)
        {
            // docs/specification.md §10.1: the unit is the version of its code in force on the receipt date
            // (the receipt's own faults are reported with received_at below).
            if (Units.History(unit).Count == 0)
            {
                Fail(DossierFields.UnitCode, "not in the units file", unit);
            }
            else if (row.ReceivedAt is { } text && VietnamTime.TryParse(text.Trim(), out var on, out _) && Units.Find(unit, on.Date) is null)
            {
                Fail(DossierFields.UnitCode, "not valid on the receipt date", $"{unit} on {Utility.IsoDates.Format(on.Date)}");
            }
        }

        DossierChannel channel = default;
        if (Required(row.Channel, DossierFields.Channel) is { } channelText && !DossierFields.TryParseChannel(channelText, out channel))
        {
            Fail(DossierFields.Channel, "unknown channel: expected direct, online, postal, 1, 2 or 3", channelText);
        }
        DossierStatus status = default;
        bool statusKnown = false;
        if (Required(row.Status, DossierFields.Status) is { } statusText)
        {
            statusKnown = DossierFields.TryParseStatus(statusText, out status);
            if (!statusKnown)
            {
                Fail(DossierFields.Status, "unknown status: expected processing, awaiting_supplement, completed, refused, stopped or withdrawn", statusText);
            }
        }

        LocalDateTime? receivedAt = Required(row.ReceivedAt, DossierFields.ReceivedAt) is { } receivedText ? Timestamp(receivedText, DossierFields.ReceivedAt, endOfDate: false) : null;
        bool dueOk = true, finishedOk = true, requestedOk = true;
        LocalDateTime? due = Optional(row.DueAt, DossierFields.DueAt, endOfDate: true, ref dueOk);
        LocalDateTime? finishedAt = Optional(row.FinishedAt, DossierFields.FinishedAt, endOfDate: false, ref finishedOk);
        LocalDateTime? requestedAt = Optional(row.SupplementRequestedAt, DossierFields.SupplementRequestedAt, endOfDate: false, ref requestedOk);

        int supplementRequests = 0;
        bool requestsOk = true;
        if (!string.IsNullOrWhiteSpace(row.SupplementRequests)
            && !int.TryParse(row.SupplementRequests, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out supplementRequests))
        {
            Fail(DossierFields.SupplementRequests, "not a whole number", row.SupplementRequests);
            requestsOk = false;
        }

        bool dueGiven = due is not null;
        if (due is null && dueOk && receivedAt is { } received && procedure is not null)
        {
            due = dueFromProcedure?.Invoke(procedure, received);
            if (due is null)
            {
                Fail(DossierFields.DueAt, $"empty, and procedure '{procedure}' has no known time limit to compute it from");
            }
        }

        // Rules between fields, only where the fields they compare were read.
        if (receivedAt is { } r && statusKnown && requestsOk && finishedOk && requestedOk)
        {
            foreach (var (column, reason) in DossierRules.Violations(r, dueGiven ? due : null, status, finishedAt, supplementRequests, requestedAt))
            {
                string? raw = column switch
                {
                    DossierFields.DueAt => row.DueAt,
                    DossierFields.FinishedAt => row.FinishedAt,
                    DossierFields.SupplementRequests => row.SupplementRequests,
                    _ => null,
                };
                Fail(column, reason, string.IsNullOrWhiteSpace(raw) ? null : raw);
            }
        }

        // Duplicates: the first row with an id is kept, each later one is rejected.
        if (errors.Count == before && id is not null && !seenIds.Add(id))
        {
            Fail(DossierFields.DossierId, "repeats an earlier row's id", id);
        }
        if (errors.Count != before)
        {
            return false;
        }
        dossier = new Dossier(id!, unit!, procedure!, channel, receivedAt!.Value, due!.Value, status, finishedAt, supplementRequests, requestedAt, dueGiven);
        return true;

        string? Required(string? value, string column)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Fail(column, "required");
                return null;
            }
            return value.Trim();
        }

        LocalDateTime? Timestamp(string text, string column, bool endOfDate)
        {
            if (!VietnamTime.TryParse(text, out var value, out bool dateOnly))
            {
                Fail(column, "not a timestamp: expected 2023-01-16, 2023-01-16T09:30[:15][+07:00] or 16/01/2023[ 09:30[:15]]", text);
                return null;
            }
            return dateOnly && endOfDate ? VietnamTime.EndOf(value.Date) : value;
        }

        LocalDateTime? Optional(string? text, string column, bool endOfDate, ref bool ok)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
            var value = Timestamp(text, column, endOfDate);
            ok = value is not null;
            return value;
        }
    }
}

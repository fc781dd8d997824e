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
/// <para>A row whose status says the dossier was never received (portal code 1 or 3) is
/// excluded: no other field is checked and it takes no part in repeats. Otherwise a row is
/// rejected when a required field, or an optional one that is given, is missing or unparsable; an enumerated
/// value is unknown; <c>finished_at &lt; received_at</c>; <c>due_at &lt; received_at</c>; a
/// final status has no <c>finished_at</c> or a non-final one has one; <c>awaiting_supplement</c>
/// has no <c>supplement_requested_at</c>; <c>supplement_requests &lt; 0</c>; the id repeats under
/// <see cref="RepeatsPolicy.First"/> (the first row with it is kept, each later one rejected; under
/// <see cref="RepeatsPolicy.Latest"/> only <see cref="ValidateAll"/> chooses among repeats); a set of known units is given and the
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
    private readonly DossierReadPolicy policy;
    private readonly HashSet<string> seenIds = new(StringComparer.Ordinal);

    /// <summary>Creates a validator for one data set.</summary>
    /// <param name="dueFromProcedure">Computes the deadline of a row whose <c>due_at</c> is empty; without it such rows are rejected.</param>
    /// <param name="knownUnits">The unit codes of the units file, when one is given; a row naming another unit is rejected.</param>
    /// <param name="policy">How fields are understood: end point, midnight due, date order, repeats; <see cref="DossierReadPolicy.Default"/> when null.</param>
    public DossierValidator(DueDateResolver? dueFromProcedure = null, IReadOnlySet<string>? knownUnits = null, DossierReadPolicy? policy = null)
    {
        this.dueFromProcedure = dueFromProcedure;
        this.knownUnits = knownUnits;
        this.policy = policy ?? DossierReadPolicy.Default;
    }

    /// <summary>
    /// The units file, when one is given: a row whose <c>unit_code</c> is not in it is rejected
    /// (<c>not in the units file</c>), and one whose code names no unit on the receipt date
    /// (docs/specification.md §10.1) is rejected with reason <c>not valid on the receipt date</c>
    /// and the code and date in the value (<c>"24 on 2025-06-30"</c>). When set, it replaces the
    /// check against the set of codes given to the constructor.
    /// </summary>
    public Reform.Indicators.Units.UnitRegistry? Units { get; init; }

    /// <summary>
    /// The procedures, when a file gives them: each dossier gets the online level of its procedure in
    /// force on its receipt date (<see cref="Dossier.ProcedureOnlineLevel"/>; docs/specification.md §10.3).
    /// Deadlines still come from the resolver given to the constructor.
    /// </summary>
    public ProcedureCatalogue? Procedures { get; init; }

    /// <summary>Validates every row; in <paramref name="strict"/> mode stops at the first rejected row.</summary>
    /// <remarks>
    /// Under <see cref="RepeatsPolicy.Latest"/> the accepted list holds, for each id, the winning row
    /// in the place of the id's first valid row; the others count as superseded. Excluded rows are
    /// counted in <see cref="ValidationReport{T}.ExcludedRows"/>, not listed as errors.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public ValidationReport<Dossier> ValidateAll(IEnumerable<DossierRow> rows, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var accepted = new List<Dossier>();
        var errors = new List<RowError>();
        var latest = policy.Repeats == RepeatsPolicy.Latest ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
        var exclusion = new List<RowError>(1);
        long read = 0, rejected = 0, excluded = 0, superseded = 0;
        foreach (var row in rows)
        {
            read++;
            exclusion.Clear();
            switch (Validate(row, exclusion, out var dossier))
            {
                case RowOutcome.Accepted when latest is null:
                    accepted.Add(dossier!);
                    break;
                case RowOutcome.Accepted:
                    superseded += KeepLatest(accepted, latest, dossier!);
                    break;
                case RowOutcome.Excluded:
                    excluded++;
                    break;
                default:
                    errors.AddRange(exclusion);
                    rejected++;
                    if (strict)
                    {
                        return new ValidationReport<Dossier>(accepted, errors, read, rejected, excluded, superseded, stoppedAtFirstError: true);
                    }
                    break;
            }
        }
        return new ValidationReport<Dossier>(accepted, errors, read, rejected, excluded, superseded, stoppedAtFirstError: false);
    }

    /// <summary>Keeps the newer of <paramref name="dossier"/> and the row of its id kept so far (<see cref="RepeatsPolicy.Latest"/>); 1 when one of them is superseded.</summary>
    /// <param name="accepted">The rows kept so far.</param>
    /// <param name="latest">The place in <paramref name="accepted"/> of each id's row.</param>
    /// <param name="dossier">A valid row, read after every row in <paramref name="accepted"/>.</param>
    internal static int KeepLatest(List<Dossier> accepted, Dictionary<string, int> latest, Dossier dossier)
    {
        ref int place = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(latest, dossier.Id, out bool seen);
        if (!seen)
        {
            place = accepted.Count;
            accepted.Add(dossier);
            return 0;
        }
        if (IsNewerOrSame(dossier.UpdatedAt, accepted[place].UpdatedAt))
        {
            accepted[place] = dossier;
        }
        return 1;
    }

    /// <summary>Whether a row updated at <paramref name="later"/>, read after one updated at <paramref name="earlier"/>, wins under <see cref="RepeatsPolicy.Latest"/>: no time is older than any time; equal keys go to the later row.</summary>
    internal static bool IsNewerOrSame(LocalDateTime? later, LocalDateTime? earlier) =>
        earlier is not { } e || (later is { } l && l >= e);

    /// <summary>Validates one row.</summary>
    /// <param name="row">The raw row.</param>
    /// <param name="dossier">The dossier when the row is valid.</param>
    /// <param name="errors">Receives every fault of the row (nothing when it is valid or excluded).</param>
    /// <returns>Whether the row is valid; false also for an excluded row (see <see cref="Validate"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> or <paramref name="errors"/> is null.</exception>
    public bool TryValidate(DossierRow row, [NotNullWhen(true)] out Dossier? dossier, ICollection<RowError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var found = new List<RowError>();
        var outcome = Validate(row, found, out dossier);
        if (outcome == RowOutcome.Rejected)
        {
            foreach (var error in found)
            {
                errors.Add(error);
            }
        }
        return outcome == RowOutcome.Accepted;
    }

    /// <summary>Validates one row: accepted, rejected or excluded.</summary>
    /// <param name="row">The raw row.</param>
    /// <param name="errors">Receives every fault of a rejected row; for an excluded row, the one reason it is excluded (column <c>status</c>, e.g. <c>not received: status 1</c>).</param>
    /// <param name="dossier">The dossier when the row is accepted.</param>
    /// <param name="moreFields">
    /// Checks of further columns of the same row (the scorecard's dossier details), run after the dossier's own fields and
    /// before repeats are checked: a fault it adds to the errors rejects the row, and a rejected row never takes an id. Not run
    /// for an excluded row.
    /// </param>
    /// <returns><see cref="RowOutcome.Accepted"/>, <see cref="RowOutcome.Rejected"/> or <see cref="RowOutcome.Excluded"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> or <paramref name="errors"/> is null.</exception>
    public RowOutcome Validate(DossierRow row, ICollection<RowError> errors, out Dossier? dossier, Action<ICollection<RowError>>? moreFields = null)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(errors);
        dossier = null;
        // docs/specification.md §9: a dossier never received is excluded; no other field of it is checked.
        if (row.Status is { } notReceived && DossierFields.TryParseNotReceived(notReceived, out int code))
        {
            errors.Add(new RowError(row.Row, DossierFields.Status, DossierFields.NotReceivedReason(code), notReceived.Trim()));
            return RowOutcome.Excluded;
        }
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
            else if (row.ReceivedAt is { } text && VietnamTime.TryParse(text.Trim(), policy.DateOrder, out var on, out _) && Units.Find(unit, on.Date) is null)
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
                Fail(DossierFields.Status, "unknown status: expected processing, awaiting_supplement, completed, refused, stopped, withdrawn, or a portal code 1 to 10", statusText);
            }
        }

        LocalDateTime? receivedAt = Required(row.ReceivedAt, DossierFields.ReceivedAt) is { } receivedText ? Timestamp(receivedText, DossierFields.ReceivedAt, isDue: false) : null;
        bool dueOk = true, finishedOk = true, requestedOk = true, returnedOk = true, updatedOk = true;
        LocalDateTime? due = Optional(row.DueAt, DossierFields.DueAt, isDue: true, ref dueOk);
        LocalDateTime? finishedAt = Optional(row.FinishedAt, DossierFields.FinishedAt, isDue: false, ref finishedOk);
        LocalDateTime? requestedAt = Optional(row.SupplementRequestedAt, DossierFields.SupplementRequestedAt, isDue: false, ref requestedOk);
        LocalDateTime? returnedAt = Optional(row.ReturnedAt, DossierFields.ReturnedAt, isDue: false, ref returnedOk);
        LocalDateTime? updatedAt = Optional(row.UpdatedAt, DossierFields.UpdatedAt, isDue: false, ref updatedOk);

        int supplementRequests = 0;
        bool requestsOk = true;
        if (!string.IsNullOrWhiteSpace(row.SupplementRequests)
            && !int.TryParse(row.SupplementRequests, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out supplementRequests))
        {
            Fail(DossierFields.SupplementRequests, "not a whole number", row.SupplementRequests);
            requestsOk = false;
        }
        bool? resultElectronic = null;
        if (!string.IsNullOrWhiteSpace(row.ResultElectronic))
        {
            if (DossierFields.TryParseBoolean(row.ResultElectronic, out bool electronic))
            {
                resultElectronic = electronic;
            }
            else
            {
                Fail(DossierFields.ResultElectronic, "not a boolean: expected true, false, 1 or 0", row.ResultElectronic);
            }
        }
        string? receivingUnit = string.IsNullOrWhiteSpace(row.ReceivingUnitCode) ? null : row.ReceivingUnitCode.Trim();

        bool dueGiven = due is not null;
        if (due is null && dueOk && receivedAt is { } received && procedure is not null)
        {
            try
            {
                due = dueFromProcedure?.Invoke(procedure, received);
                if (due is null)
                {
                    Fail(DossierFields.DueAt, "empty, and the procedure has no known time limit to compute it from (give due_at or the procedures file)", procedure);
                }
            }
            catch (ArgumentOutOfRangeException)
            {
                // A limit so long (or a receipt so late) that the deadline is beyond the working calendar.
                Fail(DossierFields.DueAt, "empty, and the deadline computed from the procedure's time limit is beyond the working calendar", procedure);
            }
        }

        // docs/specification.md §9: for a final status the end is finished_at, else returned_at (or the other way round, by policy).
        bool endIsReturned = statusKnown && policy.EndIsReturned(status.IsFinal(), finishedAt is not null, returnedAt is not null);
        LocalDateTime? end = endIsReturned ? returnedAt : finishedAt;

        // Rules between fields, only where the fields they compare were read.
        if (receivedAt is { } r && statusKnown && requestsOk && finishedOk && returnedOk && requestedOk)
        {
            foreach (var (column, reason) in DossierRules.Violations(r, dueGiven ? due : null, status, end, supplementRequests, requestedAt))
            {
                bool fromReturned = column == DossierFields.FinishedAt && endIsReturned;
                string? raw = column switch
                {
                    DossierFields.DueAt => row.DueAt,
                    DossierFields.FinishedAt => fromReturned ? row.ReturnedAt : row.FinishedAt,
                    DossierFields.SupplementRequests => row.SupplementRequests,
                    _ => null,
                };
                Fail(fromReturned ? DossierFields.ReturnedAt : column, reason, string.IsNullOrWhiteSpace(raw) ? null : raw);
            }
        }

        moreFields?.Invoke(errors);

        // Repeats under RepeatsPolicy.First: the first row with an id is kept, each later one is rejected.
        if (errors.Count == before && id is not null && policy.Repeats == RepeatsPolicy.First && !seenIds.Add(id))
        {
            Fail(DossierFields.DossierId, "repeats an earlier row's id", id);
        }
        if (errors.Count != before)
        {
            return RowOutcome.Rejected;
        }
        dossier = new Dossier(id!, unit!, procedure!, channel, receivedAt!.Value, due!.Value, status, end, supplementRequests, requestedAt, dueGiven)
        {
            ReturnedAt = returnedAt,
            UpdatedAt = updatedAt,
            ReceivingUnitCode = receivingUnit,
            ResultElectronic = resultElectronic,
            ProcedureOnlineLevel = OnlineLevel(procedure!, receivedAt.Value.Date),
        };
        return RowOutcome.Accepted;

        string? Required(string? value, string column)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Fail(column, "required");
                return null;
            }
            return value.Trim();
        }

        LocalDateTime? Timestamp(string text, string column, bool isDue)
        {
            if (!VietnamTime.TryParse(text, policy.DateOrder, out var value, out bool dateOnly))
            {
                Fail(column, TimestampFault(text, policy.DateOrder), text);
                return null;
            }
            return isDue && policy.DueIsEndOfDay(dateOnly, value.TimeOfDay == LocalTime.Midnight) ? VietnamTime.EndOf(value.Date) : value;
        }

        LocalDateTime? Optional(string? text, string column, bool isDue, ref bool ok)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
            var value = Timestamp(text, column, isDue);
            ok = value is not null;
            return value;
        }
    }

    /// <summary>Why a text is not a timestamp: with a hint when it would be one with day and month the other way round.</summary>
    internal static string TimestampFault(string text, DateOrder order)
    {
        var other = order == DateOrder.DayMonthYear ? DateOrder.MonthDayYear : DateOrder.DayMonthYear;
        if (text.Contains('/', StringComparison.Ordinal) && VietnamTime.TryParse(text, other, out _, out _))
        {
            return order == DateOrder.DayMonthYear
                ? "not a date in day/month/year order (a month above 12): check the date order — is the file month/day/year?"
                : "not a date in month/day/year order (a month above 12): check the date order — is the file day/month/year?";
        }
        return "not a timestamp: expected 2023-01-16, 2023-01-16T09:30[:15][+07:00], 16/01/2023[ 09:30[:15]], 20230116 or 20230116093015";
    }

    /// <summary>The online level of <paramref name="procedure"/> in force on <paramref name="date"/>; null without procedures or without a version that day.</summary>
    internal OnlineServiceLevel? OnlineLevel(string procedure, LocalDate date) =>
        Procedures?.Find(procedure, date)?.OnlineLevelOn(date);
}

namespace Reform.Indicators.Dossiers;

/// <summary>
/// The canonical column names of a dossier file (docs/specification.md §3) and the text forms of its
/// enumerated values.
/// </summary>
/// <remarks>
/// Enumerated values are case-insensitive and trimmed: <c>" Online "</c> is
/// <see cref="DossierChannel.Online"/>. Channels also accept the national public service
/// portal's codes <c>1</c>, <c>2</c>, <c>3</c>; statuses its codes <c>1</c>–<c>10</c> and its
/// words (docs/specification.md §9), of which <c>1</c> (<c>receiving</c>) and <c>3</c>
/// (<c>denied</c>) name a dossier that was never received (<see cref="TryParseNotReceived"/>).
/// </remarks>
public static class DossierFields
{
    /// <summary><c>dossier_id</c>: unique within a file (required).</summary>
    public const string DossierId = "dossier_id";

    /// <summary><c>unit_code</c>: the unit that handles the dossier (required).</summary>
    public const string UnitCode = "unit_code";

    /// <summary><c>procedure_code</c>: the procedure (TTHC), e.g. <c>1.004227</c> (required).</summary>
    public const string ProcedureCode = "procedure_code";

    /// <summary><c>channel</c>: <c>direct</c>, <c>online</c>, <c>postal</c> or <c>1</c>, <c>2</c>, <c>3</c> (required).</summary>
    public const string Channel = "channel";

    /// <summary><c>received_at</c>: official receipt of a complete dossier (required).</summary>
    public const string ReceivedAt = "received_at";

    /// <summary><c>due_at</c>: the appointment, a date or a date-time (optional).</summary>
    public const string DueAt = "due_at";

    /// <summary><c>finished_at</c>: end of processing; required exactly when the status is final.</summary>
    public const string FinishedAt = "finished_at";

    /// <summary><c>status</c>: <c>processing</c>, <c>awaiting_supplement</c>, <c>completed</c>, <c>refused</c>, <c>stopped</c>, <c>withdrawn</c> (required).</summary>
    public const string Status = "status";

    /// <summary><c>supplement_requests</c>: how many times the applicant was asked to supplement (optional, 0).</summary>
    public const string SupplementRequests = "supplement_requests";

    /// <summary><c>supplement_requested_at</c>: the latest request; required when awaiting supplementation.</summary>
    public const string SupplementRequestedAt = "supplement_requested_at";

    /// <summary><c>returned_at</c>: the result was delivered to the applicant (optional; portal <c>NgayTra</c>).</summary>
    /// <remarks>For a final status it is the end of processing when <c>finished_at</c> is empty, or always under <see cref="EndPoint.Returned"/>.</remarks>
    public const string ReturnedAt = "returned_at";

    /// <summary><c>updated_at</c>: when this row's state was recorded (optional; portal <c>NgayCapNhat</c>); orders repeated rows under <see cref="RepeatsPolicy.Latest"/>.</summary>
    public const string UpdatedAt = "updated_at";

    /// <summary><c>receiving_unit_code</c>: the unit that received the dossier, when not the one that handles it (optional; <c>MaDonViTiepNhan</c>).</summary>
    public const string ReceivingUnitCode = "receiving_unit_code";

    /// <summary><c>result_electronic</c>: the result was issued electronically (optional boolean: <c>true</c>/<c>false</c>, <c>1</c>/<c>0</c>; <c>CoKetQuaDienTu</c>).</summary>
    public const string ResultElectronic = "result_electronic";

    /// <summary>Every column, in the order of the specification (§3, then the optional columns of §9).</summary>
    public static IReadOnlyList<string> All { get; } =
        [DossierId, UnitCode, ProcedureCode, Channel, ReceivedAt, DueAt, FinishedAt, Status, SupplementRequests, SupplementRequestedAt,
         ReturnedAt, UpdatedAt, ReceivingUnitCode, ResultElectronic];

    /// <summary>Parses the status of a received dossier, case-insensitive and trimmed: a canonical name, a portal code or a portal word.</summary>
    /// <remarks>
    /// Portal codes and words (docs/specification.md §9): <c>2</c> <c>new</c>, <c>4</c> <c>processing</c>
    /// and <c>6</c> <c>paying</c> are <see cref="DossierStatus.Processing"/>; <c>5</c> <c>waiting</c>
    /// <see cref="DossierStatus.AwaitingSupplement"/>; <c>7</c> <c>cancelled</c> <see cref="DossierStatus.Withdrawn"/>;
    /// <c>8</c> <c>unresolved</c> <see cref="DossierStatus.Stopped"/>; <c>9</c> <c>releasing</c> and
    /// <c>10</c> <c>done</c> <see cref="DossierStatus.Completed"/>. The codes of dossiers never received
    /// (<c>1</c>, <c>3</c>) are not statuses here: see <see cref="TryParseNotReceived"/>.
    /// </remarks>
    /// <returns>Whether <paramref name="text"/> names the status of a received dossier.</returns>
    public static bool TryParseStatus(ReadOnlySpan<char> text, out DossierStatus status)
    {
        text = text.Trim();
        foreach (var (name, value) in StatusNames)
        {
            if (text.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                status = value;
                return true;
            }
        }
        foreach (var (code, word, value) in PortalStatuses)
        {
            if (value is { } received && (text.Equals(code, StringComparison.Ordinal) || text.Equals(word, StringComparison.OrdinalIgnoreCase)))
            {
                status = received;
                return true;
            }
        }
        status = default;
        return false;
    }

    /// <summary>Whether a status text names a dossier that was never received: portal code <c>1</c> (<c>receiving</c>: submitted online, not yet accepted) or <c>3</c> (<c>denied</c>: refused at intake).</summary>
    /// <param name="text">The status text, case-insensitive and trimmed.</param>
    /// <param name="code">The portal code, 1 or 3; 0 when the text is not one of these.</param>
    /// <remarks>Such a row is excluded from a data set, neither accepted nor rejected (docs/specification.md §9).</remarks>
    public static bool TryParseNotReceived(ReadOnlySpan<char> text, out int code)
    {
        text = text.Trim();
        foreach (var (portalCode, word, value) in PortalStatuses)
        {
            if (value is null && (text.Equals(portalCode, StringComparison.Ordinal) || text.Equals(word, StringComparison.OrdinalIgnoreCase)))
            {
                code = int.Parse(portalCode, System.Globalization.CultureInfo.InvariantCulture);
                return true;
            }
        }
        code = 0;
        return false;
    }

    /// <summary>The reason a row of a dossier never received is excluded: <c>not received: status 1</c>.</summary>
    internal static string NotReceivedReason(int code) => code == 1 ? "not received: status 1" : "not received: status 3";

    /// <summary>Parses a boolean column (<c>result_electronic</c>): <c>true</c>/<c>false</c> or <c>1</c>/<c>0</c>, case-insensitive and trimmed.</summary>
    /// <returns>Whether <paramref name="text"/> is one of these.</returns>
    public static bool TryParseBoolean(ReadOnlySpan<char> text, out bool value)
    {
        text = text.Trim();
        if (text is "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            value = true;
            return true;
        }
        value = false;
        return text is "0" || text.Equals("false", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Parses a channel (<c>direct</c>, <c>online</c>, <c>postal</c>, or DVCQG <c>1</c>, <c>2</c>, <c>3</c>), case-insensitive and trimmed.</summary>
    /// <returns>Whether <paramref name="text"/> names a channel.</returns>
    public static bool TryParseChannel(ReadOnlySpan<char> text, out DossierChannel channel)
    {
        text = text.Trim();
        channel = text switch
        {
            "1" => DossierChannel.Direct,
            "2" => DossierChannel.Online,
            "3" => DossierChannel.Postal,
            _ when text.Equals("direct", StringComparison.OrdinalIgnoreCase) => DossierChannel.Direct,
            _ when text.Equals("online", StringComparison.OrdinalIgnoreCase) => DossierChannel.Online,
            _ when text.Equals("postal", StringComparison.OrdinalIgnoreCase) => DossierChannel.Postal,
            _ => (DossierChannel)(-1),
        };
        return channel >= 0;
    }

    /// <summary>The canonical text of a status: <c>awaiting_supplement</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined status.</exception>
    public static string Format(DossierStatus status)
    {
        foreach (var (name, value) in StatusNames)
        {
            if (value == status)
            {
                return name;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown dossier status.");
    }

    /// <summary>The canonical text of a channel: <c>direct</c>, <c>online</c> or <c>postal</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="channel"/> is not a defined channel.</exception>
    public static string Format(DossierChannel channel) => channel switch
    {
        DossierChannel.Direct => "direct",
        DossierChannel.Online => "online",
        DossierChannel.Postal => "postal",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown dossier channel."),
    };

    /// <summary>The <see cref="Dossier"/> constructor parameter that a column feeds.</summary>
    internal static string ParameterName(string column) => column switch
    {
        DueAt => "due",
        FinishedAt => "finishedAt",
        SupplementRequests => "supplementRequests",
        SupplementRequestedAt => "supplementRequestedAt",
        ReturnedAt => "finishedAt",
        _ => column,
    };

    /// <summary>
    /// Every status text <see cref="TryParseStatus"/> and <see cref="TryParseNotReceived"/> know, in lower case, with its
    /// status (null: a dossier never received): the table the SQL engines' status expression is generated from.
    /// </summary>
    internal static IEnumerable<(string Text, DossierStatus? Status)> StatusTexts =>
        StatusNames.Select(n => (n.Name, (DossierStatus?)n.Value))
            .Concat(PortalStatuses.SelectMany(p => new[] { (p.Code, p.Value), (p.Word, p.Value) }))
            .DistinctBy(t => t.Item1);

    private static readonly (string Name, DossierStatus Value)[] StatusNames =
    [
        ("processing", DossierStatus.Processing),
        ("awaiting_supplement", DossierStatus.AwaitingSupplement),
        ("completed", DossierStatus.Completed),
        ("refused", DossierStatus.Refused),
        ("stopped", DossierStatus.Stopped),
        ("withdrawn", DossierStatus.Withdrawn),
    ];

    /// <summary>The portal's status codes and words (docs/specification.md §9); null for a dossier never received.</summary>
    private static readonly (string Code, string Word, DossierStatus? Value)[] PortalStatuses =
    [
        ("1", "receiving", null),
        ("2", "new", DossierStatus.Processing),
        ("3", "denied", null),
        ("4", "processing", DossierStatus.Processing),
        ("5", "waiting", DossierStatus.AwaitingSupplement),
        ("6", "paying", DossierStatus.Processing),
        ("7", "cancelled", DossierStatus.Withdrawn),
        ("8", "unresolved", DossierStatus.Stopped),
        ("9", "releasing", DossierStatus.Completed),
        ("10", "done", DossierStatus.Completed),
    ];
}

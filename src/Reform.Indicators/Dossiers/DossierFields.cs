namespace Reform.Indicators.Dossiers;

/// <summary>
/// The canonical column names of a dossier file (docs/specification.md §3) and the text forms of its
/// enumerated values.
/// </summary>
/// <remarks>
/// Enumerated values are case-insensitive and trimmed: <c>" Online "</c> is
/// <see cref="DossierChannel.Online"/>. Channels also accept the national public service
/// portal's codes <c>1</c>, <c>2</c>, <c>3</c>.
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

    /// <summary>Every column, in the order of the specification.</summary>
    public static IReadOnlyList<string> All { get; } =
        [DossierId, UnitCode, ProcedureCode, Channel, ReceivedAt, DueAt, FinishedAt, Status, SupplementRequests, SupplementRequestedAt];

    /// <summary>Parses a status, case-insensitive and trimmed.</summary>
    /// <returns>Whether <paramref name="text"/> names a status.</returns>
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
        status = default;
        return false;
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
        _ => column,
    };

    private static readonly (string Name, DossierStatus Value)[] StatusNames =
    [
        ("processing", DossierStatus.Processing),
        ("awaiting_supplement", DossierStatus.AwaitingSupplement),
        ("completed", DossierStatus.Completed),
        ("refused", DossierStatus.Refused),
        ("stopped", DossierStatus.Stopped),
        ("withdrawn", DossierStatus.Withdrawn),
    ];
}

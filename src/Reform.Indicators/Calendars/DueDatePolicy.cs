using NodaTime;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Calendars;

/// <summary>
/// How a due date is computed from a receipt time: the receipt cut-off and the office hours
/// (docs/specification.md §3). <see cref="Default"/> is 15:00 and 07:30–11:30, 13:30–17:00.
/// </summary>
/// <remarks>
/// Equality compares the cut-off and the sessions one by one.
/// </remarks>
/// <example>
/// <code>
/// var lateCounter = DueDatePolicy.Default with { ReceiptCutOff = new LocalTime(16, 0) };
/// var noCutOff = DueDatePolicy.Default with { ReceiptCutOff = null };
/// </code>
/// </example>
public sealed record DueDatePolicy
{
    private static readonly OfficeSession[] DefaultSessions =
    [
        new(new LocalTime(7, 30), new LocalTime(11, 30)),
        new(new LocalTime(13, 30), new LocalTime(17, 0)),
    ];

    private static readonly OfficeSession[] DefaultWorkingSessions =
    [
        new(new LocalTime(7, 0), new LocalTime(11, 30)),
        new(new LocalTime(13, 30), new LocalTime(17, 0)),
    ];

    private readonly IReadOnlyList<OfficeSession> officeHours = DefaultSessions;
    private readonly IReadOnlyList<OfficeSession> workingSessions = DefaultWorkingSessions;

    /// <summary>The defaults: rule <see cref="DeadlineRule.EndOfDay"/>, cut-off 15:00; office hours 07:30–11:30 and 13:30–17:00; working sessions 07:00–11:30 and 13:30–17:00.</summary>
    public static DueDatePolicy Default { get; } = new();

    /// <summary>
    /// A dossier received at or after this time of day counts as received on the next working
    /// day (for limits in working days and calendar days); <see langword="null"/> for no cut-off.
    /// Default 15:00 (the one-stop counter practice under Decree 61/2018, see docs/calendar.md).
    /// </summary>
    public LocalTime? ReceiptCutOff { get; init; } = new LocalTime(15, 0);

    /// <summary>
    /// The office sessions of a working day, in order and not overlapping, that limits in
    /// hours count; at least one. Default 07:30–11:30 and 13:30–17:00.
    /// </summary>
    /// <exception cref="ArgumentException">The list is empty, unordered, overlapping, or has an empty session.</exception>
    public IReadOnlyList<OfficeSession> OfficeHours
    {
        get => officeHours;
        init => officeHours = Checked(value, nameof(OfficeHours));
    }

    /// <summary>
    /// The rule for a deadline computed from a limit (docs/specification.md §10.4); default
    /// <see cref="DeadlineRule.EndOfDay"/>, the rule of version 1.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined rule.</exception>
    public DeadlineRule Rule
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Rule), value, "Unknown deadline rule.");
    } = DeadlineRule.EndOfDay;

    /// <summary>
    /// The working sessions of a day under <see cref="DeadlineRule.WorkingHours"/>, in order and not
    /// overlapping; at least one. Default 07:00–11:30 and 13:30–17:00 (8 hours: a working day of a
    /// limit is their total length).
    /// </summary>
    /// <exception cref="ArgumentException">The list is empty, unordered, overlapping, or has an empty session.</exception>
    public IReadOnlyList<OfficeSession> WorkingSessions
    {
        get => workingSessions;
        init => workingSessions = Checked(value, nameof(WorkingSessions));
    }

    private static OfficeSession[] Checked(IReadOnlyList<OfficeSession> value, string name)
    {
        {
            ArgumentNullException.ThrowIfNull(value, name);
            var sessions = value.ToArray();
            if (sessions.Length == 0)
            {
                Preconditions.ThrowArgument("Office hours need at least one session.", name);
            }
            for (int i = 0; i < sessions.Length; i++)
            {
                if (sessions[i].End <= sessions[i].Start)
                {
                    Preconditions.ThrowArgument($"Office session {i + 1} is empty ({sessions[i]}).", name);
                }
                if (i > 0 && sessions[i].Start < sessions[i - 1].End)
                {
                    Preconditions.ThrowArgument($"Office sessions must be in order and not overlap: {sessions[i - 1]} then {sessions[i]}.", name);
                }
            }
            return sessions;
        }
    }

    /// <summary>Whether both policies have the same cut-off and the same sessions.</summary>
    /// <param name="other">The other policy.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(DueDatePolicy? other) =>
        other is not null && ReceiptCutOff == other.ReceiptCutOff && OfficeHours.SequenceEqual(other.OfficeHours)
        && Rule == other.Rule && WorkingSessions.SequenceEqual(other.WorkingSessions);

    /// <summary>A hash code consistent with <see cref="Equals(DueDatePolicy)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(ReceiptCutOff);
        foreach (var session in OfficeHours)
        {
            hash.Add(session);
        }
        hash.Add(Rule);
        foreach (var session in WorkingSessions)
        {
            hash.Add(session);
        }
        return hash.ToHashCode();
    }
}

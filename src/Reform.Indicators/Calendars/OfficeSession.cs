using NodaTime;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Calendars;

/// <summary>A period of office time within a working day, from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive).</summary>
/// <remarks><c>default(OfficeSession)</c> (00:00–00:00) is empty and is rejected by <see cref="DueDatePolicy"/>.</remarks>
public readonly record struct OfficeSession
{
    /// <summary>Creates a session.</summary>
    /// <param name="start">When it starts.</param>
    /// <param name="end">When it ends; after <paramref name="start"/> on the same day.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public OfficeSession(LocalTime start, LocalTime end)
    {
        if (end <= start)
        {
            Preconditions.ThrowOutOfRange(end, $"An office session must end after it starts; it was {start:HH:mm}–{end:HH:mm}.", nameof(end));
        }
        Start = start;
        End = end;
    }

    /// <summary>When the session starts (inclusive).</summary>
    public LocalTime Start { get; }

    /// <summary>When the session ends (exclusive).</summary>
    public LocalTime End { get; }

    /// <summary>The session as <c>HH:mm–HH:mm</c>.</summary>
    /// <returns>For example <c>07:30–11:30</c>.</returns>
    public override string ToString() => $"{Start:HH:mm}–{End:HH:mm}";
}

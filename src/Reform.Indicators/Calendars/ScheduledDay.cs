using NodaTime;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Calendars;

/// <summary>
/// A day that departs from the working week in a <see cref="WorkingCalendar"/>: a day off
/// (holiday, compensatory or swapped day) or a make-up working day, with the occasion, the
/// source document and how well it is established.
/// </summary>
/// <remarks>
/// Equality compares all five values. A schedule holds at most one entry per date.
/// </remarks>
/// <example>
/// <code>
/// new ScheduledDay(new LocalDate(2024, 5, 4), ScheduledDayKind.MakeUpWorkingDay, "Make-up for 29 Apr",
///     ScheduleConfidence.Source, "Government Office letter 2450/VPCP-KGVX (12 Apr 2024)");
/// </code>
/// </example>
public sealed record ScheduledDay
{
    /// <summary>Creates an entry of a schedule.</summary>
    /// <param name="date">The date (ISO calendar).</param>
    /// <param name="kind">Whether it is a holiday, a compensatory or swapped day off, or a make-up working day.</param>
    /// <param name="occasion">What it is for, e.g. <c>Tết</c>, <c>Victory Day bridge</c>; not empty.</param>
    /// <param name="confidence">How well the entry is established.</param>
    /// <param name="source">The legal or official source, e.g. <c>Labour Code 2019 Art. 112</c>; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="occasion"/> or <paramref name="source"/> is empty, or an enum value is undefined.</exception>
    public ScheduledDay(LocalDate date, ScheduledDayKind kind, string occasion, ScheduleConfidence confidence, string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(occasion);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        if (!Enum.IsDefined(kind))
        {
            Preconditions.ThrowArgument($"Unknown kind of scheduled day: {kind}.", nameof(kind));
        }
        if (!Enum.IsDefined(confidence))
        {
            Preconditions.ThrowArgument($"Unknown confidence: {confidence}.", nameof(confidence));
        }
        Date = date;
        Kind = kind;
        Occasion = occasion;
        Confidence = confidence;
        Source = source;
    }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <summary>How the day departs from the working week.</summary>
    public ScheduledDayKind Kind { get; }

    /// <summary>What the day is for: <c>New Year</c>, <c>Tết</c>, <c>Hùng Kings</c>, <c>Victory Day</c>, <c>Labour Day</c>, <c>National Day</c>, or a description of a swap.</summary>
    public string Occasion { get; }

    /// <summary>How well the entry is established.</summary>
    public ScheduleConfidence Confidence { get; }

    /// <summary>The legal or official source of the entry.</summary>
    public string Source { get; }

    /// <summary>Whether the day is off (every kind except <see cref="ScheduledDayKind.MakeUpWorkingDay"/>).</summary>
    public bool IsDayOff => Kind != ScheduledDayKind.MakeUpWorkingDay;

    /// <summary>A one-line description: date, kind, occasion, confidence.</summary>
    /// <returns>For example <c>2024-05-04 make-up working day: Make-up for 29 Apr (source)</c>.</returns>
    public override string ToString() =>
        $"{Date:uuuu-MM-dd} {KindName(Kind)}: {Occasion} ({ConfidenceName(Confidence)})";

    internal static string KindName(ScheduledDayKind kind) => kind switch
    {
        ScheduledDayKind.Holiday => "holiday",
        ScheduledDayKind.Compensatory => "compensatory",
        ScheduledDayKind.Swapped => "swapped",
        _ => "make-up working day",
    };

    internal static string ConfidenceName(ScheduleConfidence confidence) => confidence switch
    {
        ScheduleConfidence.Source => "source",
        ScheduleConfidence.Unconfirmed => "unconfirmed",
        ScheduleConfidence.Rule => "rule",
        _ => "estimated",
    };
}

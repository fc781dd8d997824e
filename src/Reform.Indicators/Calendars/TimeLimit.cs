using System.Globalization;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Calendars;

/// <summary>
/// A statutory time limit for handling a dossier: a non-negative number of working days,
/// calendar days or office hours (thời hạn giải quyết).
/// </summary>
/// <remarks>
/// Equality compares the value and the unit, so 7 days and 5 working days are different limits
/// even when they give the same due date. <c>default(TimeLimit)</c> is 0 working days.
/// </remarks>
/// <example>
/// <code>
/// TimeLimit.WorkingDays(15).ToString(); // "15 working days"
/// TimeLimit.Hours(8).ToString();        // "8 hours"
/// </code>
/// </example>
public readonly record struct TimeLimit
{
    /// <summary>Creates a limit.</summary>
    /// <param name="value">The number of units, at least 0.</param>
    /// <param name="unit">The unit.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative or <paramref name="unit"/> is undefined.</exception>
    public TimeLimit(int value, TimeLimitUnit unit)
    {
        Preconditions.CheckNotNegative(value);
        if (!Enum.IsDefined(unit))
        {
            Preconditions.ThrowOutOfRange(unit, $"Unknown time-limit unit {unit}.", nameof(unit));
        }
        Value = value;
        Unit = unit;
    }

    /// <summary>The number of units (at least 0).</summary>
    public int Value { get; }

    /// <summary>The unit.</summary>
    public TimeLimitUnit Unit { get; }

    /// <summary>A limit in working days.</summary>
    /// <param name="value">At least 0.</param>
    /// <returns>The limit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static TimeLimit WorkingDays(int value) => new(value, TimeLimitUnit.WorkingDays);

    /// <summary>A limit in calendar days.</summary>
    /// <param name="value">At least 0.</param>
    /// <returns>The limit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static TimeLimit Days(int value) => new(value, TimeLimitUnit.Days);

    /// <summary>A limit in office hours.</summary>
    /// <param name="value">At least 0.</param>
    /// <returns>The limit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static TimeLimit Hours(int value) => new(value, TimeLimitUnit.Hours);

    /// <summary>The limit in words: <c>15 working days</c>, <c>30 days</c>, <c>8 hours</c> (<c>1 working day</c> in the singular).</summary>
    /// <returns>The formatted limit, independent of the current culture.</returns>
    public override string ToString()
    {
        string unit = Unit switch
        {
            TimeLimitUnit.WorkingDays => "working day",
            TimeLimitUnit.Days => "day",
            _ => "hour",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{Value} {unit}{(Value == 1 ? "" : "s")}");
    }
}

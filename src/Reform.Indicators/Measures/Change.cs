using System.Globalization;

namespace Reform.Indicators.Measures;

/// <summary>
/// The change from one count to another (decisions in 2021 → 2022, regulations cut): the
/// absolute difference and the relative change.
/// </summary>
/// <remarks>
/// <see cref="Relative"/> is <c>(after − before) / before</c> as a fraction and has no value
/// when <c>before</c> is 0 (<see cref="RelativeNoValueReason"/> says so). Counts are never
/// negative.
/// </remarks>
/// <example>
/// <code>
/// Change.Between(2_000, 2_358).ToString(); // "+358 (+17.90%)"
/// </code>
/// </example>
public readonly record struct Change
{
    private Change(long before, long after)
    {
        Before = before;
        After = after;
    }

    /// <summary>The count the change starts from.</summary>
    public long Before { get; }

    /// <summary>The count the change ends at.</summary>
    public long After { get; }

    /// <summary>Creates the change from <paramref name="before"/> to <paramref name="after"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static Change Between(long before, long after) =>
        new(Utility.Preconditions.CheckNotNegative(before), Utility.Preconditions.CheckNotNegative(after));

    /// <summary><c>after − before</c>; negative when the count fell.</summary>
    public long Absolute => After - Before;

    /// <summary><c>(after − before) / before</c> as a fraction; <see langword="null"/> when <c>before</c> is 0.</summary>
    public double? Relative => Before == 0 ? null : (double)Absolute / Before;

    /// <summary>Why <see cref="Relative"/> has no value, or <see langword="null"/> when it has one.</summary>
    public string? RelativeNoValueReason => Before == 0 ? "the before count is 0, so a relative change is undefined" : null;

    /// <summary>
    /// The signed difference and the relative change, invariant culture:
    /// <c>"+358 (+17.90%)"</c>, <c>"+5 (n/a)"</c> from 0.
    /// </summary>
    public override string ToString()
    {
        string absolute = Absolute.ToString("+#,0;-#,0;0", CultureInfo.InvariantCulture);
        string relative = Relative is { } r ? Delta.Signed(r * 100) + "%" : "n/a";
        return $"{absolute} ({relative})";
    }
}

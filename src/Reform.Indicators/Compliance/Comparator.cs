namespace Reform.Indicators.Compliance;

/// <summary>How an actual value is compared with a target's threshold.</summary>
public enum Comparator
{
    /// <summary><c>&gt;=</c>: the actual value must reach the threshold ("at least 80%").</summary>
    AtLeast = 0,

    /// <summary><c>&lt;=</c>: the actual value must not exceed the threshold ("at most 5% overdue").</summary>
    AtMost = 1,

    /// <summary><c>=</c>: the actual value must equal the threshold exactly ("100%").</summary>
    EqualTo = 2,
}

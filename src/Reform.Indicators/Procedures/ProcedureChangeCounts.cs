using System.Numerics;

namespace Reform.Indicators.Procedures;

/// <summary>Procedure changes counted by kind; counts from separate inputs add up (<c>a + b</c>).</summary>
/// <remarks>Equality compares every count. <c>default</c> is all zeros, the identity of <c>+</c>.</remarks>
public readonly record struct ProcedureChangeCounts(long New, long Amended, long Replaced, long Abolished)
    : IAdditionOperators<ProcedureChangeCounts, ProcedureChangeCounts, ProcedureChangeCounts>,
      IAdditiveIdentity<ProcedureChangeCounts, ProcedureChangeCounts>
{
    /// <summary>All changes: <c>New + Amended + Replaced + Abolished</c>.</summary>
    public long Total => New + Amended + Replaced + Abolished;

    /// <summary>The count of <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public long this[ProcedureChangeKind kind] => kind switch
    {
        ProcedureChangeKind.New => New,
        ProcedureChangeKind.Amended => Amended,
        ProcedureChangeKind.Replaced => Replaced,
        ProcedureChangeKind.Abolished => Abolished,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, $"{(int)kind} is not a procedure change kind."),
    };

    /// <summary>All zeros.</summary>
    public static ProcedureChangeCounts AdditiveIdentity => default;

    /// <summary>Adds the counts kind by kind.</summary>
    /// <exception cref="OverflowException">A sum does not fit in a <see cref="long"/>.</exception>
    public static ProcedureChangeCounts operator +(ProcedureChangeCounts left, ProcedureChangeCounts right) => new(
        checked(left.New + right.New),
        checked(left.Amended + right.Amended),
        checked(left.Replaced + right.Replaced),
        checked(left.Abolished + right.Abolished));

    /// <summary>Adds the counts kind by kind; the same as <c>left + right</c>.</summary>
    public static ProcedureChangeCounts Add(ProcedureChangeCounts left, ProcedureChangeCounts right) => left + right;
}

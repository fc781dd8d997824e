namespace Reform.Indicators.Tests.Contracts;

/// <summary>
/// The laws every value type of the library obeys, checked the same way for each: equality is
/// an equivalence that agrees with the operators, <see cref="object.Equals(object)"/> and the
/// hash code; ordering is a total order that agrees with equality and the operators.
/// </summary>
/// <remarks>
/// Callers pass <c>y</c> as an independent value or as a fresh copy of <c>x</c> (so that the
/// "equal" branch is exercised, not only the "different" one).
/// </remarks>
public static class ValueContract
{
    /// <summary>Checks the equality laws on two values of <typeparamref name="T"/>.</summary>
    public static void Equality<T>(T x, T y, Func<T, T, bool> equalOperator, Func<T, T, bool> notEqualOperator)
        where T : struct, IEquatable<T>
    {
        Assert.True(x.Equals(x), "reflexive");
        Assert.Equal(x.Equals(y), y.Equals(x));
        Assert.Equal(x.Equals(y), x.Equals((object)y));
        Assert.False(x.Equals(null));
        Assert.Equal(x.Equals(y), equalOperator(x, y));
        Assert.Equal(!x.Equals(y), notEqualOperator(x, y));
        if (x.Equals(y))
        {
            Assert.Equal(x.GetHashCode(), y.GetHashCode());
            Assert.Equal(x.ToString(), y.ToString());
        }
    }

    /// <summary>Checks the ordering laws on three values, and their agreement with equality.</summary>
    public static void Ordering<T>(
        T x, T y, T z,
        Func<T, T, bool> less, Func<T, T, bool> lessOrEqual, Func<T, T, bool> greater, Func<T, T, bool> greaterOrEqual)
        where T : struct, IEquatable<T>, IComparable<T>, IComparable
    {
        int xy = Math.Sign(x.CompareTo(y));
        Assert.Equal(0, x.CompareTo(x));
        Assert.Equal(-xy, Math.Sign(y.CompareTo(x)));
        Assert.Equal(xy == 0, x.Equals(y));
        Assert.Equal(xy, Math.Sign(((IComparable)x).CompareTo(y)));
        Assert.Equal(1, ((IComparable)x).CompareTo(null));
        Assert.Equal(xy < 0, less(x, y));
        Assert.Equal(xy <= 0, lessOrEqual(x, y));
        Assert.Equal(xy > 0, greater(x, y));
        Assert.Equal(xy >= 0, greaterOrEqual(x, y));
        if (x.CompareTo(y) <= 0 && y.CompareTo(z) <= 0)
        {
            Assert.True(x.CompareTo(z) <= 0, "transitive");
        }
    }
}

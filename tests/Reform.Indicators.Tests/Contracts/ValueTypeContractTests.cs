using FsCheck.Xunit;
using Reform.Indicators.Measures;

namespace Reform.Indicators.Tests.Contracts;

/// <summary>The shared value-type laws applied to every value type of the library.</summary>
public class ValueTypeContractTests
{
    [Property]
    public void Rate_Equality(Rate x, Rate y, bool copy) =>
        ValueContract.Equality(x, copy ? new Rate(x.Numerator, x.Denominator) : y, (a, b) => a == b, (a, b) => a != b);

    [Property]
    public void Rate_Ordering(Rate x, Rate y, Rate z, bool copy) =>
        ValueContract.Ordering(x, copy ? new Rate(x.Numerator, x.Denominator) : y, z, (a, b) => a < b, (a, b) => a <= b, (a, b) => a > b, (a, b) => a >= b);

    [Property]
    public void Delta_Equality(Delta x, Delta y, bool copy) =>
        ValueContract.Equality(x, copy ? Delta.Between(x.Before, x.After) : y, (a, b) => a == b, (a, b) => a != b);

    [Property]
    public void Change_Equality(Change x, Change y, bool copy) =>
        ValueContract.Equality(x, copy ? Change.Between(x.Before, x.After) : y, (a, b) => a == b, (a, b) => a != b);

    [Property]
    public void ConfidenceInterval_Equality(Rate x, Rate y, bool copy)
    {
        var a = x.WilsonInterval() ?? default;
        var b = copy ? x.WilsonInterval() ?? default : y.WilsonInterval(0.9) ?? default;
        ValueContract.Equality(a, b, (p, q) => p == q, (p, q) => p != q);
    }
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Reform.Indicators.Measures;

namespace Reform.Indicators.Tests.Measures;

public class RateTests
{
    // Figures of the Government PAR steering committee's 2022 review (3 Feb 2023; docs/specification.md, "Reference figures").
    [Theory]
    [InlineData(22, 22, "100.00")] // ministries with an LGSP connected to the national data platform
    [InlineData(63, 63, "100.00")] // provinces with an LGSP connected
    [InlineData(19, 22, "86.36")]  // ministries with an e-government architecture per framework 2.0
    [InlineData(62, 63, "98.41")]  // provinces with an e-government architecture per framework 2.0
    public void Percent_NationalReview2022_MatchesPublishedFigure(long numerator, long denominator, string expected)
    {
        var rate = new Rate(numerator, denominator);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), rate.Percent);
        Assert.Equal(expected, rate.Percent!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(2, 3, "66.67")]
    [InlineData(1, 8, "12.50")]
    [InlineData(5, 1600, "0.31")]
    [InlineData(1, 400, "0.25")]
    [InlineData(1, 80_000, "0.00")]
    [InlineData(1, 20_000, "0.01")] // 0.005 exactly: half away from zero
    [InlineData(9_933, 10_000, "99.33")]
    [InlineData(0, 7, "0.00")]
    [InlineData(long.MaxValue / 3, long.MaxValue, "33.33")] // beyond 64-bit 10,000·N
    [InlineData(long.MaxValue - 1, long.MaxValue, "100.00")]
    [InlineData(long.MaxValue / 2, long.MaxValue, "50.00")]
    public void Percent_ExactHalfAwayFromZero(long numerator, long denominator, string expected) =>
        Assert.Equal(expected, new Rate(numerator, denominator).Percent!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void ZeroDenominator_HasNoValueAndSaysWhy()
    {
        var rate = new Rate(0, 0);
        Assert.False(rate.HasValue);
        Assert.Null(rate.Value);
        Assert.Null(rate.Percent);
        Assert.Null(rate.WilsonInterval());
        Assert.Equal(Rate.ZeroDenominatorReason, rate.NoValueReason);
        Assert.Equal(default, rate);
        Assert.Equal("n/a (0/0)", rate.ToString());
        Assert.Null(new Rate(1, 2).NoValueReason);
    }

    [Theory]
    [InlineData(-1, 5, "numerator", "-1")]
    [InlineData(1, -5, "denominator", "-5")]
    [InlineData(6, 5, "numerator", "6 out of 5")]
    public void Constructor_InvalidParts_ThrowsNamingTheValue(long numerator, long denominator, string parameter, string inMessage)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new Rate(numerator, denominator));
        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(inMessage, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_ShowsPercentAndParts() =>
        Assert.Equal("99.33% (9,933/10,000)", new Rate(9_933, 10_000).ToString());

    [Fact]
    public void Add_Overflow_Throws() =>
        Assert.Throws<OverflowException>(() => new Rate(1, long.MaxValue) + new Rate(1, 1));

    [Fact]
    public void Pool_Empty_IsZeroOverZero() => Assert.Equal(default, Rate.Pool([]));

    [Fact]
    public void Pool_IsRatioOfSumsNotMeanOfRates()
    {
        // A small unit at 0% and a large one at 100% pool to the large one's weight, not 50%.
        var pooled = Rate.Pool([new Rate(0, 1), new Rate(99, 99)]);
        Assert.Equal(new Rate(99, 100), pooled);
        Assert.Equal(99.00m, pooled.Percent);
    }

    // Newcombe (1998), "Two-sided confidence intervals for the single proportion", Stat. Med. 17,
    // Table I, method 3 (Wilson score): 81/263, 0/20, 1/29 at 95%.
    [Theory]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(0, 20, 0.0, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void WilsonInterval_MatchesPublishedExamples(long numerator, long denominator, double lower, double upper)
    {
        var interval = new Rate(numerator, denominator).WilsonInterval(0.95)!.Value;
        Assert.Equal(lower, interval.Lower, 4);
        Assert.Equal(upper, interval.Upper, 4);
        Assert.Equal(0.95, interval.Confidence);
    }

    [Fact]
    public void WilsonInterval_ToString_ShowsPercents() =>
        Assert.Equal("95% CI [25.53%, 36.62%]", new Rate(81, 263).WilsonInterval()!.Value.ToString());

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    public void WilsonInterval_ConfidenceOutsideOpenUnitInterval_Throws(double confidence)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Rate(1, 2).WilsonInterval(confidence));
        Assert.Equal("confidence", error.ParamName);
    }

    [Theory]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.995, 2.5758293035489004)]
    [InlineData(0.01, -2.3263478740408408)]
    [InlineData(0.5, 0.0)]
    public void NormalQuantile_MatchesTables(double p, double z) =>
        Assert.Equal(z, NormalDistribution.InverseCumulative(p), tolerance: 1e-8); // Acklam: relative error < 1.15e-9

    [Property]
    public bool Add_SumsBothParts(Rate a, Rate b)
    {
        var sum = a + b;
        return sum.Numerator == a.Numerator + b.Numerator && sum.Denominator == a.Denominator + b.Denominator;
    }

    [Property]
    public bool Add_IsCommutative(Rate a, Rate b) => a + b == b + a;

    [Property]
    public bool Add_IsAssociative(Rate a, Rate b, Rate c) => (a + b) + c == a + (b + c);

    [Property]
    public bool Add_ZeroOverZeroIsIdentity(Rate a) => a + default(Rate) == a;

    [Property]
    public bool Value_OfAShare_StaysInUnitInterval(Rate rate) =>
        rate.Value is not { } value || (value >= 0 && value <= 1);

    [Property]
    public bool Percent_EqualsExactDecimalRoundedHalfAwayFromZero(Rate rate) =>
        rate.Percent == (rate.HasValue
            ? Math.Round(100m * rate.Numerator / rate.Denominator, 2, MidpointRounding.AwayFromZero)
            : null);

    [Property]
    public bool Pooled_LiesBetweenItsParts(Rate a, Rate b)
    {
        var pooled = a + b;
        if (!a.HasValue || !b.HasValue)
        {
            return pooled == (a.HasValue ? a : b);
        }
        var (low, high) = IsAtMost(a, b) ? (a, b) : (b, a);
        return IsAtMost(low, pooled) && IsAtMost(pooled, high);
    }

    [Property]
    public Property WilsonInterval_ContainsTheEstimateWithinUnitInterval() =>
        Prop.ForAll(Generators.Rate(), Gen.Choose(1, 999).ToArbitrary(), (rate, permille) =>
        {
            var interval = rate.WilsonInterval(permille / 1000.0);
            if (!rate.HasValue)
            {
                return interval is null;
            }
            var (lower, upper, _) = interval!.Value;
            double p = rate.Value!.Value;
            const double slack = 1e-12;
            return 0 <= lower && lower <= p + slack && p - slack <= upper && upper <= 1;
        });

    [Property]
    public bool WilsonInterval_WidensWithConfidence(Rate rate)
    {
        if (!rate.HasValue)
        {
            return true;
        }
        var narrow = rate.WilsonInterval(0.8)!.Value;
        var wide = rate.WilsonInterval(0.99)!.Value;
        return wide.Lower <= narrow.Lower && narrow.Upper <= wide.Upper;
    }

    // a ≤ b by value, exactly (128-bit cross products).
    private static bool IsAtMost(Rate a, Rate b) => (Int128)a.Numerator * b.Denominator <= (Int128)b.Numerator * a.Denominator;
}

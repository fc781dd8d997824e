using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Reform.Indicators.Calendars;

namespace Reform.Indicators.Tests.Calendars;

public class VietnamTimeTests
{
    [Theory]
    [InlineData("2023-01-16", "2023-01-16T00:00:00", true)]
    [InlineData("2023-01-16T09:30", "2023-01-16T09:30:00", false)]
    [InlineData("2023-01-16T09:30:15", "2023-01-16T09:30:15", false)]
    [InlineData("2023-01-16 09:30:15", "2023-01-16T09:30:15", false)]
    [InlineData("2023-01-16T09:30:15.250", "2023-01-16T09:30:15.25", false)]
    [InlineData("2023-01-16T09:30+07:00", "2023-01-16T09:30:00", false)]
    [InlineData("2023-01-16T02:30Z", "2023-01-16T09:30:00", false)]
    [InlineData("2023-01-16T20:30:00+0000", "2023-01-17T03:30:00", false)]
    [InlineData("2023-01-16T10:30+08", "2023-01-16T09:30:00", false)]
    [InlineData("16/01/2023", "2023-01-16T00:00:00", true)]
    [InlineData("16/01/2023 09:30", "2023-01-16T09:30:00", false)]
    [InlineData("16/01/2023 09:30:15", "2023-01-16T09:30:15", false)]
    [InlineData("6/1/2023 9:05", "2023-01-06T09:05:00", false)]
    [InlineData("  2023-01-16  ", "2023-01-16T00:00:00", true)]
    public void TryParse_AcceptedForms(string text, string expected, bool dateOnly)
    {
        Assert.True(VietnamTime.TryParse(text, DateOrder.DayMonthYear, out var value, out bool isDateOnly));
        Assert.Equal(NodaTime.Text.LocalDateTimePattern.ExtendedIso.Parse(expected).Value, value);
        Assert.Equal(dateOnly, isDateOnly);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2023")]
    [InlineData("2023-02-30")]
    [InlineData("31/02/2023")]
    [InlineData("2023-01-16T24:00")]
    [InlineData("2023-01-16T09:60")]
    [InlineData("2023-01-16T09:30:15.")]
    [InlineData("2023-01-16X09:30")]
    [InlineData("2023-01-16T09:30+25:00")]
    [InlineData("01/16/2023")]
    [InlineData("16-01-2023")]
    [InlineData("2023-01-16T09:30 +07:00")]
    public void TryParse_RejectsInvalid(string text) => Assert.False(VietnamTime.TryParse(text, out _));

    [Fact]
    public void Parse_Invalid_ThrowsSayingTheForms() =>
        Assert.Contains("expected 2023-01-16", Assert.Throws<FormatException>(() => VietnamTime.Parse("yesterday")).Message, StringComparison.Ordinal);

    [Fact]
    public void EndOf_IsTheLastNanosecondOfTheDate() =>
        Assert.Equal(new LocalDate(2023, 1, 17).AtMidnight(), VietnamTime.EndOf(new LocalDate(2023, 1, 16)).PlusNanoseconds(1));

    [Property]
    public Property TryParse_RoundTripsIsoAndVietnameseForms() =>
        Prop.ForAll(
            (from days in Gen.Choose(0, 200 * 366) from seconds in Gen.Choose(0, 86_399)
             select new LocalDate(1900, 1, 1).PlusDays(days).At(LocalTime.FromSecondsSinceMidnight(seconds))).ToArbitrary(),
            value =>
            {
                string iso = value.ToString("uuuu'-'MM'-'dd'T'HH':'mm':'ss", null);
                string vietnamese = value.ToString("dd'/'MM'/'uuuu HH':'mm':'ss", null);
                return VietnamTime.TryParse(iso, out var a) && a == value
                    && VietnamTime.TryParse(vietnamese, out var b) && b == value;
            });
}

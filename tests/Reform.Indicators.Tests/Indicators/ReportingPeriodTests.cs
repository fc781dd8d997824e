using FsCheck.Xunit;
using NodaTime;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Tests.Indicators;

public class ReportingPeriodTests
{
    [Theory]
    [InlineData("2022", "2022-01-01", "2022-12-31")]
    [InlineData("2022-Q1", "2022-01-01", "2022-03-31")]
    [InlineData("2024-Q4", "2024-10-01", "2024-12-31")]
    [InlineData("2022-03", "2022-03-01", "2022-03-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2022-01-01..2022-06-30", "2022-01-01", "2022-06-30")]
    [InlineData("2022R", "2021-12-15", "2022-12-14")] // Decree 09/2019/NĐ-CP, Art. 12
    public void Parse_EveryForm(string name, string first, string last)
    {
        var period = ReportingPeriod.Parse(name);
        Assert.Equal(name, period.Name);
        Assert.Equal((first, last), (period.First.ToString("uuuu-MM-dd", null), period.Last.ToString("uuuu-MM-dd", null)));
        Assert.Equal(period, ReportingPeriod.Parse(period.Name));
    }

    [Theory]
    [InlineData("2022-Q5")]
    [InlineData("2022-13")]
    [InlineData("22")]
    [InlineData("2022-06-30..2022-01-01")]
    [InlineData("2022-02-30..2022-03-01")]
    [InlineData("last year")]
    public void Parse_Invalid_ThrowsListingTheForms(string name) =>
        Assert.Contains("expected 2022, 2022-Q1", Assert.Throws<FormatException>(() => ReportingPeriod.Parse(name)).Message, StringComparison.Ordinal);

    [Fact]
    public void End_IsTheLastInstantOfTheLastDate()
    {
        var period = ReportingPeriod.Year(2022);
        Assert.Equal(new LocalDate(2023, 1, 1).AtMidnight(), period.End.PlusNanoseconds(1));
        Assert.True(period.Contains(period.End));
        Assert.False(period.Contains(period.End.PlusNanoseconds(1)));
    }

    [Property]
    public bool Quarters_TileTheYear(ushort seed)
    {
        int year = 1900 + (seed % 300);
        var quarters = Enumerable.Range(1, 4).Select(q => ReportingPeriod.Quarter(year, q)).ToArray();
        return quarters[0].First == ReportingPeriod.Year(year).First
            && quarters[3].Last == ReportingPeriod.Year(year).Last
            && quarters.Zip(quarters.Skip(1)).All(p => p.First.Last.PlusDays(1) == p.Second.First)
            && quarters.Sum(q => q.Dates.Length) == ReportingPeriod.Year(year).Dates.Length;
    }
}

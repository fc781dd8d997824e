using NodaTime;

namespace Reform.Indicators.Indicators;

public sealed partial record ReportingPeriod
{
    /// <summary>
    /// The calendar months, quarters or years that make up this period, in order: the periods of a
    /// trend (<c>2022</c> every month gives <c>2022-01</c> … <c>2022-12</c>).
    /// </summary>
    /// <remarks>
    /// The pieces cover the period exactly, without gap or overlap. A piece the period only partly
    /// covers is cut to the period and named as a custom range: <c>2022R</c> (15 Dec 2021 – 14 Dec
    /// 2022) every month begins with <c>2021-12-15..2021-12-31</c> and ends with
    /// <c>2022-12-01..2022-12-14</c>. A period shorter than one step is its own single piece
    /// (<c>2022-03</c> every year is <c>[2022-03]</c>).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not a defined step.</exception>
    /// <example><c>ReportingPeriod.Parse("2022").Every(PeriodStep.Quarter)</c> gives 2022-Q1, 2022-Q2, 2022-Q3, 2022-Q4.</example>
    public IReadOnlyList<ReportingPeriod> Every(PeriodStep step)
    {
        if (!Enum.IsDefined(step))
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, "A step is Month, Quarter or Year.");
        }
        var pieces = new List<ReportingPeriod>();
        var start = First;
        while (start <= Last)
        {
            var whole = Containing(start, step);
            var end = whole.Last < Last ? whole.Last : Last;
            pieces.Add(whole.First == start && whole.Last == end ? whole
                : start == First && end == Last ? this
                : Between(start, end));
            if (end == Last)
            {
                break;
            }
            start = end.PlusDays(1);
        }
        return pieces;
    }

    /// <summary>The month, quarter or year that contains <paramref name="date"/>.</summary>
    private static ReportingPeriod Containing(LocalDate date, PeriodStep step) => step switch
    {
        PeriodStep.Month => Month(date.Year, date.Month),
        PeriodStep.Quarter => Quarter(date.Year, ((date.Month - 1) / 3) + 1),
        _ => Year(date.Year),
    };
}

namespace Reform.Indicators.Indicators;

/// <summary>The length of the periods a longer period is split into (<see cref="ReportingPeriod.Every"/>).</summary>
public enum PeriodStep
{
    /// <summary>Calendar months, named <c>2022-03</c>.</summary>
    Month = 0,

    /// <summary>Calendar quarters, named <c>2022-Q1</c>.</summary>
    Quarter = 1,

    /// <summary>Calendar years, named <c>2022</c>.</summary>
    Year = 2,
}

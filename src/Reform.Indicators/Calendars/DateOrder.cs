namespace Reform.Indicators.Calendars;

/// <summary>How a slash date such as <c>03/04/2022</c> is read: day first (Vietnam's usage) or month first.</summary>
/// <remarks>
/// ISO dates (<c>2022-04-03</c>) and the portal's digits (<c>20220403</c>) are unambiguous and
/// read the same in either order. A slash date impossible in the chosen order (a month above 12)
/// is not a timestamp; readers say so with a hint to check the order (docs/specification.md §9).
/// </remarks>
public enum DateOrder
{
    /// <summary><c>dd/MM/yyyy</c>: <c>03/04/2022</c> is 3 April 2022 (the default).</summary>
    DayMonthYear = 0,

    /// <summary><c>MM/dd/yyyy</c>: <c>03/04/2022</c> is 4 March 2022 (exports made with US settings).</summary>
    MonthDayYear = 1,
}

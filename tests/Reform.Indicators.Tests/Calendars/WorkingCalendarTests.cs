using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Reform.Indicators.Calendars;

namespace Reform.Indicators.Tests.Calendars;

public class WorkingCalendarTests
{
    private static readonly WorkingCalendar Vietnam = WorkingCalendar.Vietnam;

    // The official schedules (domain reference §7.2): days off that are weekdays, and make-up
    // Saturdays that are working days; the days around them are ordinary working days.
    [Theory]
    [InlineData("2023-01-02", false)] // New Year (Sunday) compensated on Monday
    [InlineData("2023-01-19", true)]
    [InlineData("2023-01-20", false)] // Tết 2023: off 20–26 Jan
    [InlineData("2023-01-26", false)]
    [InlineData("2023-01-27", true)]
    [InlineData("2023-05-02", false)] // Hùng Kings (Sat 29 Apr) compensated
    [InlineData("2023-05-03", false)] // Victory Day (Sun 30 Apr) compensated
    [InlineData("2023-05-04", true)]
    [InlineData("2023-09-01", false)]
    [InlineData("2023-09-04", false)] // National Day (Sat 2 Sep) compensated
    [InlineData("2023-09-05", true)]
    [InlineData("2024-01-01", false)]
    [InlineData("2024-02-07", true)]
    [InlineData("2024-02-08", false)] // Tết 2024: off 8–14 Feb
    [InlineData("2024-02-14", false)]
    [InlineData("2024-02-15", true)]
    [InlineData("2024-04-18", false)] // Hùng Kings
    [InlineData("2024-04-26", true)]
    [InlineData("2024-04-29", false)] // swapped for Saturday 4 May
    [InlineData("2024-05-04", true)]  // make-up Saturday
    [InlineData("2024-05-11", false)] // an ordinary Saturday
    [InlineData("2024-09-03", false)]
    [InlineData("2025-01-24", true)]
    [InlineData("2025-01-27", false)] // Tết 2025: off 25 Jan – 2 Feb
    [InlineData("2025-01-31", false)]
    [InlineData("2025-02-03", true)]
    [InlineData("2025-04-07", false)] // Hùng Kings
    [InlineData("2025-04-26", true)]  // make-up Saturday
    [InlineData("2025-05-02", false)] // swapped for Saturday 26 Apr
    [InlineData("2025-05-05", true)]
    [InlineData("2025-09-01", false)]
    [InlineData("2025-09-02", false)]
    [InlineData("2026-02-16", false)] // Tết 2026: Mon 16 – Fri 20 Feb
    [InlineData("2026-02-23", true)]
    public void IsWorkingDay_OfficialSchedules_MatchThePublishedDays(string date, bool working) =>
        Assert.Equal(working, Vietnam.IsWorkingDay(Date(date)));

    // Counted by hand from the published schedules: weekdays of the year, minus the weekdays
    // off, plus the make-up Saturdays.
    [Theory]
    [InlineData(2023, 260 - 11)]
    [InlineData(2024, 262 - 12 + 1)]
    [InlineData(2025, 261 - 12 + 1)]
    public void WorkingDaysBetween_WholeOfficialYear_IsTheHandCount(int year, int expected) =>
        Assert.Equal(expected, Vietnam.WorkingDaysBetween(new LocalDate(year - 1, 12, 31), new LocalDate(year, 12, 31)));

    // 2022 and 2023 had no swap outside Tết, so their other weekday days off are exactly what
    // the Labour Code rules give: a check of the compensation rule against published schedules.
    [Theory]
    [InlineData(2022)]
    [InlineData(2023)]
    public void ByRule_OutsideTet_GivesThePublishedWeekdaysOff(int year)
    {
        static bool NotTet(ScheduledDay d) => d.Date.Month is not (1 or 2) || d.Occasion.StartsWith("New Year", StringComparison.Ordinal);
        var official = OfficialSchedules.CivilService.Where(d => d.Date.Year == year && NotTet(d)).Select(d => d.Date);
        var rule = PublicHolidays.ByRule(year).Where(d => NotTet(d) && !PublicHolidays.IsWeekend(d.Date)).Select(d => d.Date);
        Assert.Equal(official.Order(), rule.Order());
    }

    [Fact]
    public void ByRule_Year2023_CompensatesInDateOrderAroundOtherHolidays()
    {
        var days = PublicHolidays.ByRule(2023).ToDictionary(d => d.Date);
        // Hùng Kings on Saturday 29 Apr and Victory Day on Sunday 30 Apr: 1 May is itself a holiday.
        Assert.Equal(ScheduledDayKind.Compensatory, days[new LocalDate(2023, 5, 2)].Kind);
        Assert.StartsWith("Hùng Kings", days[new LocalDate(2023, 5, 2)].Occasion, StringComparison.Ordinal);
        Assert.StartsWith("Victory Day", days[new LocalDate(2023, 5, 3)].Occasion, StringComparison.Ordinal);
        Assert.All(days.Values, d => Assert.Equal(ScheduleConfidence.Estimated, d.Confidence));
        Assert.Equal(11, days.Values.Count(d => d.Kind == ScheduledDayKind.Holiday));
    }

    [Fact]
    public void Schedule_OfficialYear_ListsTheFileAndWeekendHolidaysByRule()
    {
        var days = Vietnam.Schedule(2022).ToDictionary(d => d.Date);
        var newYear = days[new LocalDate(2022, 1, 1)]; // a Saturday, not in the official file
        Assert.Equal(ScheduledDayKind.Holiday, newYear.Kind);
        Assert.Equal(ScheduleConfidence.Rule, newYear.Confidence);
        Assert.Equal(ScheduleConfidence.Unconfirmed, days[new LocalDate(2022, 1, 3)].Confidence);
        // Weekend days inside an official Tết break are rest days, not listed.
        Assert.False(days.ContainsKey(new LocalDate(2022, 1, 29)));
        Assert.Equal(days.Keys.Order(), days.Keys);
    }

    [Fact]
    public void Schedule_2024_HasTheSwapAndTheMakeUpSaturdayWithTheirSource()
    {
        var days = Vietnam.Schedule(2024).ToDictionary(d => d.Date);
        Assert.Equal(ScheduledDayKind.Swapped, days[new LocalDate(2024, 4, 29)].Kind);
        var makeUp = days[new LocalDate(2024, 5, 4)];
        Assert.Equal(ScheduledDayKind.MakeUpWorkingDay, makeUp.Kind);
        Assert.False(makeUp.IsDayOff);
        Assert.Equal(ScheduleConfidence.Source, makeUp.Confidence);
        Assert.Contains("2450/VPCP-KGVX", makeUp.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(2021)]
    [InlineData(2027)]
    [InlineData(2100)]
    public void Schedule_YearWithoutOfficialSchedule_IsEstimatedByRule(int year)
    {
        var schedule = Vietnam.Schedule(year);
        Assert.Equal(PublicHolidays.ByRule(year), schedule);
        Assert.All(schedule, d => Assert.Equal(ScheduleConfidence.Estimated, d.Confidence));
        var tet = VietnameseLunarCalendar.NewYear(year);
        Assert.All(Enumerable.Range(-1, 5).Select(tet.PlusDays), d => Assert.Contains(schedule, s => s.Date == d && s.Occasion == "Tết"));
    }

    [Fact]
    public void OfficialYears_Vietnam_Are2022To2026() =>
        Assert.Equal([2022, 2023, 2024, 2025, 2026], Vietnam.OfficialYears);

    [Fact]
    public void AddWorkingDays_AcrossTet2024_SkipsTheBreak()
    {
        Assert.Equal(new LocalDate(2024, 2, 15), Vietnam.AddWorkingDays(new LocalDate(2024, 2, 7), 1));
        Assert.Equal(new LocalDate(2024, 2, 7), Vietnam.AddWorkingDays(new LocalDate(2024, 2, 15), -1));
        Assert.Equal(new LocalDate(2024, 2, 7), Vietnam.AddWorkingDays(new LocalDate(2024, 2, 10), -1));
        Assert.Equal(new LocalDate(2024, 2, 10), Vietnam.AddWorkingDays(new LocalDate(2024, 2, 10), 0));
        Assert.Equal(1, Vietnam.WorkingDaysBetween(new LocalDate(2024, 2, 7), new LocalDate(2024, 2, 15)));
        Assert.Equal(-1, Vietnam.WorkingDaysBetween(new LocalDate(2024, 2, 15), new LocalDate(2024, 2, 7)));
        Assert.Equal(new LocalDate(2024, 2, 15), Vietnam.NextWorkingDay(new LocalDate(2024, 2, 7)));
        Assert.Equal(new LocalDate(2024, 2, 7), Vietnam.PreviousWorkingDay(new LocalDate(2024, 2, 15)));
        Assert.Equal(new LocalDate(2024, 2, 15), Vietnam.WorkingDayOnOrAfter(new LocalDate(2024, 2, 10)));
        Assert.Equal(new LocalDate(2024, 2, 15), Vietnam.WorkingDayOnOrAfter(new LocalDate(2024, 2, 15)));
    }

    [Fact]
    public void Range_OutsideTheTables_ThrowsClearly()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Vietnam.IsWorkingDay(new LocalDate(1899, 12, 31)));
        Assert.Contains("1900-01-01 to 2100-12-31", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Vietnam.AddWorkingDays(new LocalDate(2101, 1, 1), 0));
        var beyond = Assert.Throws<ArgumentOutOfRangeException>(() => Vietnam.AddWorkingDays(new LocalDate(2100, 12, 20), 30));
        Assert.Equal("days", beyond.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Vietnam.AddWorkingDays(new LocalDate(2000, 1, 1), int.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => Vietnam.AddWorkingDays(new LocalDate(2000, 1, 1), int.MinValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => Vietnam.NextWorkingDay(WorkingCalendar.MaxDate));
        Assert.Throws<ArgumentOutOfRangeException>(() => Vietnam.Schedule(2101));
    }

    [Fact]
    public void IsWorkingDay_NonIsoDate_IsConverted()
    {
        var makeUp = new LocalDate(2024, 5, 4);
        Assert.True(Vietnam.IsWorkingDay(makeUp.WithCalendar(CalendarSystem.Gregorian)));
        Assert.Equal(makeUp, Vietnam.NextWorkingDay(new LocalDate(2024, 5, 3).WithCalendar(CalendarSystem.Julian)));
    }

    [Fact]
    public void WithWorkingWeek_SaturdayCentre_WorksSaturdaysButNotHolidays()
    {
        var centre = Vietnam.WithWorkingWeek(IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday);
        Assert.True(centre.IsWorkingDay(new LocalDate(2024, 5, 11)));
        Assert.False(centre.IsWorkingDay(new LocalDate(2024, 5, 12)));
        Assert.False(centre.IsWorkingDay(new LocalDate(2023, 4, 29))); // Hùng Kings on a Saturday
        Assert.False(Vietnam.IsWorkingDay(new LocalDate(2024, 5, 11))); // the original is unchanged
        Assert.Equal(6, centre.WorkingWeek.Count);
        Assert.Throws<ArgumentException>(() => Vietnam.WithWorkingWeek());
    }

    [Fact]
    public void WithDay_AndWithoutDay_ChangeOnlyThatDate()
    {
        var cultureDay = new LocalDate(2025, 11, 24);
        var withHoliday = Vietnam.WithDay(new ScheduledDay(cultureDay, ScheduledDayKind.Holiday, "Vietnamese Culture Day", ScheduleConfidence.Unconfirmed, "hypothetical"));
        Assert.False(withHoliday.IsWorkingDay(cultureDay));
        Assert.Contains(withHoliday.Schedule(2025), d => d.Date == cultureDay);
        Assert.Equal(Vietnam.WorkingDaysBetween(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)) - 1,
            withHoliday.WorkingDaysBetween(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)));

        var noSwap = Vietnam.WithoutDay(new LocalDate(2024, 4, 29)).WithoutDay(new LocalDate(2024, 5, 4));
        Assert.True(noSwap.IsWorkingDay(new LocalDate(2024, 4, 29)));
        Assert.False(noSwap.IsWorkingDay(new LocalDate(2024, 5, 4)));
        Assert.DoesNotContain(noSwap.Schedule(2024), d => d.Date == new LocalDate(2024, 4, 29));
    }

    [Fact]
    public void WithSchedule_AnnouncedLater_ReplacesTheWholeYear()
    {
        const string csv = """
            date,kind,occasion,confidence,source
            2027-02-05,holiday,Tết,source,"Hypothetical letter 1/VPCP-KGVX, for the test"
            2027-02-08,holiday,Tết,source,Hypothetical letter
            2027-02-09,holiday,Tết,source,Hypothetical letter
            2027-02-10,holiday,Tết,source,Hypothetical letter
            2027-02-11,holiday,Tết,source,Hypothetical letter
            2027-02-12,swapped,Tết bridge,source,Hypothetical letter
            2027-02-20,make-up-working-day,Make-up for 12 Feb,source,Hypothetical letter
            """;
        var days = OfficialSchedules.Parse(csv);
        Assert.Equal("Hypothetical letter 1/VPCP-KGVX, for the test", days[0].Source);
        var calendar = Vietnam.WithSchedule(days);
        Assert.Contains(2027, calendar.OfficialYears);
        Assert.False(calendar.IsWorkingDay(new LocalDate(2027, 2, 12)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2027, 2, 20)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2027, 1, 1))); // the file is the whole year
        Assert.False(Vietnam.IsWorkingDay(new LocalDate(2027, 1, 1)));
        Assert.Equal(ScheduleConfidence.Source, calendar.Schedule(2027).Single(d => d.Date == new LocalDate(2027, 2, 12)).Confidence);
        // From a stream, the same.
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));
        Assert.Equal(days, OfficialSchedules.Read(stream));
    }

    [Theory]
    [InlineData("date,kind,occasion,confidence\n", "no column 'source'")]
    [InlineData("date,kind,occasion,confidence,source\n2027-13-01,holiday,X,source,Y", "Line 2, column date")]
    [InlineData("date,kind,occasion,confidence,source\n2027-01-01,party,X,source,Y", "Line 2, column kind")]
    [InlineData("date,kind,occasion,confidence,source\n2027-01-01,holiday,X,sure,Y", "Line 2, column confidence")]
    [InlineData("date,kind,occasion,confidence,source\n2027-01-01,holiday,X,source,Y\n\n2027-01-01,holiday,X,source,Y", "Line 4, column date: 2027-01-01 is already listed on line 2")]
    [InlineData("date,kind,occasion,confidence,source\n2027-01-01,holiday,X,source", "Line 2: 4 fields")]
    [InlineData("date,kind,occasion,confidence,source\n2027-01-01,holiday,\"X,source,Y", "not closed")]
    public void Parse_MalformedCsv_SaysWhereAndWhy(string csv, string reason)
    {
        var e = Assert.Throws<FormatException>(() => OfficialSchedules.Parse(csv));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CivilService_EmbeddedData_HasEveryRowOfTheFile()
    {
        var days = OfficialSchedules.CivilService;
        Assert.Equal(59, days.Count);
        Assert.Equal(2, days.Count(d => d.Kind == ScheduledDayKind.MakeUpWorkingDay));
        Assert.All(days, d => Assert.False(string.IsNullOrWhiteSpace(d.Source)));
        Assert.All(days, d => Assert.NotEqual(d.Kind == ScheduledDayKind.MakeUpWorkingDay, d.Date.DayOfWeek is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Friday));
    }

    [Fact]
    public void Tables_WholeRange_EqualTheReferenceDayByDay()
    {
        var reference = new ReferenceCalendar(Vietnam);
        int count = 0;
        for (var d = WorkingCalendar.MinDate; d <= WorkingCalendar.MaxDate; d = d.PlusDays(1))
        {
            bool working = reference.IsWorkingDay(d);
            Assert.True(working == Vietnam.IsWorkingDay(d), $"{d}");
            Assert.Equal(count, Vietnam.WorkingDaysBetween(WorkingCalendar.MinDate, d) + (Vietnam.IsWorkingDay(WorkingCalendar.MinDate) ? 1 : 0) - (working ? 1 : 0));
            count += working ? 1 : 0;
        }
    }

    // ---- Laws, for Vietnam and for custom calendars ----

    [Property(MaxTest = 200)]
    public Property AddWorkingDays_EqualsTheDayByDayReference(CalendarCase c, DayCount n)
    {
        var expected = new ReferenceCalendar(c.Calendar).AddWorkingDays(c.Date, n.Value);
        LocalDate? actual;
        try
        {
            actual = c.Calendar.AddWorkingDays(c.Date, n.Value);
        }
        catch (ArgumentOutOfRangeException)
        {
            actual = null;
        }
        return (expected == actual).Label($"expected {expected}, got {actual}");
    }

    [Property(MaxTest = 200)]
    public Property WorkingDaysBetween_EqualsTheDayByDayReference(CalendarCase c, DayCount n)
    {
        var end = Clamp(c.Date.PlusDays(n.Value * 2));
        int expected = new ReferenceCalendar(c.Calendar).WorkingDaysBetween(c.Date, end);
        int actual = c.Calendar.WorkingDaysBetween(c.Date, end);
        return (expected == actual).Label($"to {end}: expected {expected}, got {actual}");
    }

    [Property(MaxTest = 200)]
    public Property IsWorkingDay_EqualsTheReference(CalendarCase c) =>
        (new ReferenceCalendar(c.Calendar).IsWorkingDay(c.Date) == c.Calendar.IsWorkingDay(c.Date)).ToProperty();

    [Property]
    public Property WorkingDaysBetween_OfAddWorkingDays_IsTheCount(CalendarCase c, DayCount n)
    {
        var cal = c.Calendar;
        return Prop.When(Fits(cal, c.Date, n.Value), () =>
        {
            var moved = cal.AddWorkingDays(c.Date, n.Value);
            int between = cal.WorkingDaysBetween(c.Date, moved);
            // For n >= 0 the law of the contract; for n < 0 the count includes date itself.
            int expected = n.Value >= 0 || cal.IsWorkingDay(c.Date) ? n.Value : n.Value + 1;
            return (between == expected).Label($"moved to {moved}, between = {between}, expected {expected}");
        });
    }

    [Property]
    public Property AddWorkingDays_LandsOnAWorkingDay_AndIsStrictlyMonotonic(CalendarCase c, DayCount n)
    {
        var cal = c.Calendar;
        return Prop.When(n.Value != 0 && Fits(cal, c.Date, n.Value) && Fits(cal, c.Date, n.Value + 1), () =>
        {
            var here = cal.AddWorkingDays(c.Date, n.Value);
            var next = cal.AddWorkingDays(c.Date, n.Value + 1);
            return (cal.IsWorkingDay(here) && here < next && (n.Value > 0 ? here > c.Date : here < c.Date))
                .Label($"{n.Value} -> {here}, {n.Value + 1} -> {next}");
        });
    }

    [Property]
    public Property AddWorkingDays_FromAWorkingDay_RoundTrips(CalendarCase c, DayCount n)
    {
        var cal = c.Calendar;
        return Prop.When(Fits(cal, c.Date, n.Value), () =>
        {
            var start = cal.AddWorkingDays(c.Date, 0 < n.Value ? 1 : -1); // a working day
            return Prop.When(Fits(cal, start, n.Value), () =>
                cal.AddWorkingDays(cal.AddWorkingDays(start, n.Value), -n.Value) == start);
        });
    }

    [Property]
    public bool WorkingDaysBetween_IsAdditiveAndAntisymmetric(LocalDate a, LocalDate b, LocalDate c) =>
        Vietnam.WorkingDaysBetween(a, b) + Vietnam.WorkingDaysBetween(b, c) == Vietnam.WorkingDaysBetween(a, c)
        && Vietnam.WorkingDaysBetween(a, b) == -Vietnam.WorkingDaysBetween(b, a);

    [Property]
    public bool NextAndPreviousWorkingDay_AreStrictNeighbours(LocalDate date)
    {
        var d = Clamp(date, margin: 30);
        var next = Vietnam.NextWorkingDay(d);
        var previous = Vietnam.PreviousWorkingDay(d);
        return next > d && previous < d
            && Vietnam.WorkingDaysBetween(d, next) == 1
            && Vietnam.WorkingDaysBetween(previous, d) == (Vietnam.IsWorkingDay(d) ? 1 : 0);
    }

    /// <summary>Whether AddWorkingDays(date, n) stays in the range, by the reference walk.</summary>
    private static bool Fits(WorkingCalendar calendar, LocalDate date, int n)
    {
        int before = calendar.WorkingDaysBetween(WorkingCalendar.MinDate, date) + (calendar.IsWorkingDay(WorkingCalendar.MinDate) ? 1 : 0) - (calendar.IsWorkingDay(date) ? 1 : 0);
        int after = calendar.WorkingDaysBetween(date, WorkingCalendar.MaxDate);
        return n >= 0 ? n <= after : -n <= before;
    }

    private static LocalDate Clamp(LocalDate date, int margin = 0)
    {
        var min = WorkingCalendar.MinDate.PlusDays(margin);
        var max = WorkingCalendar.MaxDate.PlusDays(-margin);
        return date < min ? min : date > max ? max : date;
    }

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}

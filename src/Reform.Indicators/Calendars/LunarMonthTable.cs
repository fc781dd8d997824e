namespace Reform.Indicators.Calendars;

/// <summary>
/// Builds the months of the lunisolar calendar from the astronomy: where each month starts and
/// which number (and leap flag) it carries.
/// </summary>
internal static class LunarMonthTable
{
    /// <summary>The months of the lunar years <c>firstYear..lastYear</c>.</summary>
    /// <param name="Starts">Day number of each month's first day, plus the first day of lunar year <c>lastYear + 1</c>.</param>
    /// <param name="Labels">Each month's <see cref="VietnameseLunarCalendar.Pack"/>ed year, number and leap flag.</param>
    internal sealed record Months(int[] Starts, int[] Labels);

    internal static Months Build(int firstYear, int lastYear, int timeZoneHours)
    {
        // Lunar year Y runs from month 1 (after the month 11 of solar year Y - 1) to the month
        // before month 1 of Y + 1, which lies in the interval after the month 11 of solar year Y.
        // So we need the months from month 11 of (firstYear - 1) to month 11 of (lastYear + 1).
        int kFirst = MeanLunation(firstYear - 1, 10);
        int kLast = MeanLunation(lastYear + 2, 3);
        int count = kLast - kFirst + 1;
        var startDay = new int[count];
        var startLongitude = new double[count];
        double zone = timeZoneHours / 24.0;
        for (int i = 0; i < count; i++)
        {
            double jd = Astronomy.NewMoon(kFirst + i);
            // The civil (UTC+7) day that contains the new moon.
            int julianDay = (int)Math.Floor(jd + zone + 0.5);
            startDay[i] = julianDay - DayNumber.UnixEpochJulianDay;
            // The Sun's longitude at 00:00 UTC+7 of that day: the month [start_i, start_i+1)
            // contains a solar term when the longitude crosses its angle between the two.
            startLongitude[i] = Astronomy.SunLongitude(julianDay - 0.5 - zone);
        }

        // Months 11: those that contain the December solstice (longitude 270°).
        var elevenths = new List<int>();
        for (int i = 0; i + 1 < count; i++)
        {
            if (Contains(startLongitude[i], startLongitude[i + 1], 270.0))
            {
                elevenths.Add(i);
            }
        }

        var starts = new List<int>();
        var labels = new List<int>();
        for (int e = 0; e + 1 < elevenths.Count; e++)
        {
            int a = elevenths[e], b = elevenths[e + 1];
            int solarYear = DayNumber.ToDate(startDay[a]).Year;
            int months = b - a;
            if (months is not (12 or 13))
            {
                throw new InvalidOperationException($"The lunar calendar found {months} months after month 11 of {solarYear}; expected 12 or 13.");
            }
            int leapOffset = -1;
            if (months == 13)
            {
                // The first month after month 11 without a major solar term (multiple of 30°).
                for (int j = 1; j < months && leapOffset < 0; j++)
                {
                    if (!HasMajorTerm(startLongitude[a + j], startLongitude[a + j + 1]))
                    {
                        leapOffset = j;
                    }
                }
                if (leapOffset < 0)
                {
                    throw new InvalidOperationException($"The lunar calendar found 13 months after month 11 of {solarYear} but no month without a major solar term.");
                }
            }
            int number = 10;
            for (int j = 0; j < months; j++)
            {
                bool leap = j == leapOffset;
                if (!leap)
                {
                    number = number == 12 ? 1 : number + 1;
                }
                int year = number >= 11 ? solarYear : solarYear + 1;
                if (year >= firstYear && year <= lastYear)
                {
                    starts.Add(startDay[a + j]);
                    labels.Add(VietnameseLunarCalendar.Pack(year, number, leap));
                }
                else if (year == lastYear + 1 && number == 1 && !leap)
                {
                    starts.Add(startDay[a + j]); // the end of the last month
                }
            }
        }
        return new Months([.. starts], [.. labels]);
    }

    /// <summary>Whether the Sun's longitude passes <paramref name="angle"/> in [from, to).</summary>
    private static bool Contains(double from, double to, double angle) =>
        Normalize(angle - from) < Normalize(to - from);

    /// <summary>Whether a multiple of 30° lies in [from, to).</summary>
    private static bool HasMajorTerm(double from, double to) =>
        Contains(from, to, Math.Ceiling(from / 30.0) * 30.0 % 360.0);

    private static double Normalize(double degrees)
    {
        double d = degrees % 360.0;
        return d < 0 ? d + 360.0 : d;
    }

    /// <summary>The lunation number (0 = January 2000) of a mean new moon near the given month.</summary>
    private static int MeanLunation(int year, int month) =>
        (int)Math.Floor((year + ((month - 1) / 12.0) - 2000.0) * 12.3685);
}

namespace Reform.Indicators.Calendars;

/// <summary>
/// The two astronomical quantities the lunisolar calendar needs: the moments of new moon and
/// the apparent longitude of the Sun.
/// </summary>
/// <remarks>
/// <para>
/// New moons follow J. Meeus, <em>Astronomical Algorithms</em> (2nd ed., 1998), chapter 49: the
/// mean phase, the periodic terms and the fourteen planetary arguments (error well under a
/// minute over 1900–2100). The Sun's apparent longitude follows chapter 25, the low-accuracy
/// method (about 0.01°, that is about a quarter of an hour in the moment of a solar term).
/// Both are computed in Terrestrial Time and converted to Universal Time with ΔT from the
/// Espenak–Meeus polynomials (NASA, 2006).
/// </para>
/// <para>
/// Julian dates (JD) are days since noon UT on 1 January 4713 BC; a calendar date's Julian day
/// number (JDN) is the JD at noon of that date.
/// </para>
/// </remarks>
internal static class Astronomy
{
    private const double Radians = Math.PI / 180.0;

    /// <summary>The JD (UT) of the <paramref name="k"/>-th new moon after the one of 6 January 2000.</summary>
    internal static double NewMoon(int k)
    {
        double t = k / 1236.85;
        double t2 = t * t, t3 = t2 * t, t4 = t3 * t;

        double jde = 2_451_550.09766 + (29.530588861 * k) + (0.00015437 * t2) - (0.000000150 * t3) + (0.00000000073 * t4);
        double e = 1 - (0.002516 * t) - (0.0000074 * t2);
        double m = Radians * (2.5534 + (29.10535670 * k) - (0.0000014 * t2) - (0.00000011 * t3));
        double mp = Radians * (201.5643 + (385.81693528 * k) + (0.0107582 * t2) + (0.00001238 * t3) - (0.000000058 * t4));
        double f = Radians * (160.7108 + (390.67050284 * k) - (0.0016118 * t2) - (0.00000227 * t3) + (0.000000011 * t4));
        double omega = Radians * (124.7746 - (1.56375588 * k) + (0.0020672 * t2) + (0.00000215 * t3));

        // Meeus table 49.A, the new-moon column.
        double correction =
            (-0.40720 * Math.Sin(mp))
            + (0.17241 * e * Math.Sin(m))
            + (0.01608 * Math.Sin(2 * mp))
            + (0.01039 * Math.Sin(2 * f))
            + (0.00739 * e * Math.Sin(mp - m))
            - (0.00514 * e * Math.Sin(mp + m))
            + (0.00208 * e * e * Math.Sin(2 * m))
            - (0.00111 * Math.Sin(mp - (2 * f)))
            - (0.00057 * Math.Sin(mp + (2 * f)))
            + (0.00056 * e * Math.Sin((2 * mp) + m))
            - (0.00042 * Math.Sin(3 * mp))
            + (0.00042 * e * Math.Sin(m + (2 * f)))
            + (0.00038 * e * Math.Sin(m - (2 * f)))
            - (0.00024 * e * Math.Sin((2 * mp) - m))
            - (0.00017 * Math.Sin(omega))
            - (0.00007 * Math.Sin(mp + (2 * m)))
            + (0.00004 * Math.Sin((2 * mp) - (2 * f)))
            + (0.00004 * Math.Sin(3 * m))
            + (0.00003 * Math.Sin(mp + m - (2 * f)))
            + (0.00003 * Math.Sin((2 * mp) + (2 * f)))
            - (0.00003 * Math.Sin(mp + m + (2 * f)))
            + (0.00003 * Math.Sin(mp - m + (2 * f)))
            - (0.00002 * Math.Sin(mp - m - (2 * f)))
            - (0.00002 * Math.Sin((3 * mp) + m))
            + (0.00002 * Math.Sin(4 * mp));

        // The planetary arguments A1..A14 and their coefficients (Meeus, chapter 49).
        double planetary =
            (0.000325 * Math.Sin(Radians * (299.77 + (0.107408 * k) - (0.009173 * t2))))
            + (0.000165 * Math.Sin(Radians * (251.88 + (0.016321 * k))))
            + (0.000164 * Math.Sin(Radians * (251.83 + (26.651886 * k))))
            + (0.000126 * Math.Sin(Radians * (349.42 + (36.412478 * k))))
            + (0.000110 * Math.Sin(Radians * (84.66 + (18.206239 * k))))
            + (0.000062 * Math.Sin(Radians * (141.74 + (53.303771 * k))))
            + (0.000060 * Math.Sin(Radians * (207.14 + (2.453732 * k))))
            + (0.000056 * Math.Sin(Radians * (154.84 + (7.306860 * k))))
            + (0.000047 * Math.Sin(Radians * (34.52 + (27.261239 * k))))
            + (0.000042 * Math.Sin(Radians * (207.19 + (0.121824 * k))))
            + (0.000040 * Math.Sin(Radians * (291.34 + (1.844379 * k))))
            + (0.000037 * Math.Sin(Radians * (161.72 + (24.198154 * k))))
            + (0.000035 * Math.Sin(Radians * (239.56 + (25.513099 * k))))
            + (0.000023 * Math.Sin(Radians * (331.55 + (3.592518 * k))));

        jde += correction + planetary;
        return jde - (DeltaTSeconds(jde) / 86_400.0);
    }

    /// <summary>The Sun's apparent geocentric longitude, in degrees in [0, 360), at a JD in UT.</summary>
    internal static double SunLongitude(double julianDayUniversal)
    {
        double jde = julianDayUniversal + (DeltaTSeconds(julianDayUniversal) / 86_400.0);
        double t = (jde - 2_451_545.0) / 36_525.0;
        double l0 = 280.46646 + (36_000.76983 * t) + (0.0003032 * t * t);
        double m = Radians * (357.52911 + (35_999.05029 * t) - (0.0001537 * t * t));
        double center =
            ((1.914602 - (0.004817 * t) - (0.000014 * t * t)) * Math.Sin(m))
            + ((0.019993 - (0.000101 * t)) * Math.Sin(2 * m))
            + (0.000289 * Math.Sin(3 * m));
        double omega = Radians * (125.04 - (1_934.136 * t));
        // True longitude, then nutation and aberration for the apparent longitude.
        double apparent = l0 + center - 0.00569 - (0.00478 * Math.Sin(omega));
        apparent %= 360.0;
        return apparent < 0 ? apparent + 360.0 : apparent;
    }

    /// <summary>ΔT = TT − UT in seconds (Espenak–Meeus polynomials, valid 1860–2150).</summary>
    internal static double DeltaTSeconds(double julianDay)
    {
        double y = 2000.0 + ((julianDay - 2_451_544.5) / 365.2425);
        double t;
        if (y < 1900)
        {
            t = y - 1860;
            return 7.62 + (0.5737 * t) - (0.251754 * t * t) + (0.01680668 * t * t * t)
                - (0.0004473624 * Math.Pow(t, 4)) + (Math.Pow(t, 5) / 233_174);
        }
        if (y < 1920)
        {
            t = y - 1900;
            return -2.79 + (1.494119 * t) - (0.0598939 * t * t) + (0.0061966 * t * t * t) - (0.000197 * Math.Pow(t, 4));
        }
        if (y < 1941)
        {
            t = y - 1920;
            return 21.20 + (0.84493 * t) - (0.076100 * t * t) + (0.0020936 * t * t * t);
        }
        if (y < 1961)
        {
            t = y - 1950;
            return 29.07 + (0.407 * t) - (t * t / 233) + (t * t * t / 2547);
        }
        if (y < 1986)
        {
            t = y - 1975;
            return 45.45 + (1.067 * t) - (t * t / 260) - (t * t * t / 718);
        }
        if (y < 2005)
        {
            t = y - 2000;
            return 63.86 + (0.3345 * t) - (0.060374 * t * t) + (0.0017275 * t * t * t)
                + (0.000651814 * Math.Pow(t, 4)) + (0.00002373599 * Math.Pow(t, 5));
        }
        if (y < 2050)
        {
            t = y - 2000;
            return 62.92 + (0.32217 * t) + (0.005589 * t * t);
        }
        double u = (y - 1820) / 100;
        return -20 + (32 * u * u) - (0.5628 * (2150 - y));
    }
}

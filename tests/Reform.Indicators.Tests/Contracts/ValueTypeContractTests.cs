using FsCheck.Xunit;
using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
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

    [Property]
    public void DossierCounts_Equality(Dossier[] dossiers, ReportingPeriod period, ReportingPeriod other, bool copy)
    {
        var x = DossierIndicators.Count(dossiers, period);
        var y = copy ? DossierIndicators.Count(dossiers.Reverse(), period) : DossierIndicators.Count(dossiers, other);
        ValueContract.Equality(x, y, (a, b) => a == b, (a, b) => a != b);
    }

    [Property]
    public void DossierClass_Equality(Dossier[] dossiers, ReportingPeriod period)
    {
        var classes = dossiers.Select(d => DossierClassifier.Classify(d, period)).ToArray();
        for (int i = 1; i < classes.Length; i++)
        {
            ValueContract.Equality(classes[i - 1], classes[i], (a, b) => a == b, (a, b) => a != b);
        }
    }

    [Property]
    public void RowError_Equality(int row, bool copy)
    {
        var x = new RowError(row, "finished_at", "before received_at", "2023-01-01");
        var y = copy ? new RowError(row, "finished_at", "before received_at", "2023-01-01") : new RowError(row, "due_at", "before received_at");
        ValueContract.Equality(x, y, (a, b) => a == b, (a, b) => a != b);
    }

    [Property]
    public void LunarDate_Equality(LunarDate x, LunarDate y, bool copy) =>
        ValueContract.Equality(x, copy ? new LunarDate(x.Year, x.Month, x.Day, x.IsLeapMonth) : y, (a, b) => a == b, (a, b) => a != b);

    [Property]
    public void LunarDate_Ordering(LunarDate x, LunarDate y, LunarDate z, bool copy) =>
        ValueContract.Ordering(x, copy ? new LunarDate(x.Year, x.Month, x.Day, x.IsLeapMonth) : y, z, (a, b) => a < b, (a, b) => a <= b, (a, b) => a > b, (a, b) => a >= b);

    [Property]
    public bool LunarDate_Ordering_IsChronological(LunarDate x, LunarDate y) =>
        Math.Sign(x.CompareTo(y)) == Math.Sign(VietnameseLunarCalendar.ToSolar(x).CompareTo(VietnameseLunarCalendar.ToSolar(y)));

    [Property]
    public void TimeLimit_Equality(byte value, byte other, bool copy)
    {
        var x = new TimeLimit(value, (TimeLimitUnit)(value % 3));
        var y = copy ? new TimeLimit(x.Value, x.Unit) : new TimeLimit(other, (TimeLimitUnit)(other % 3));
        ValueContract.Equality(x, y, (a, b) => a == b, (a, b) => a != b);
    }

    [Property]
    public void OfficeSession_Equality(byte start, byte length, bool copy)
    {
        var x = new OfficeSession(LocalTime.FromMinutesSinceMidnight(start), LocalTime.FromMinutesSinceMidnight(start + length + 1));
        var y = copy ? new OfficeSession(x.Start, x.End) : new OfficeSession(LocalTime.FromMinutesSinceMidnight(length), LocalTime.FromMinutesSinceMidnight(length + 30));
        ValueContract.Equality(x, y, (a, b) => a == b, (a, b) => a != b);
    }
}

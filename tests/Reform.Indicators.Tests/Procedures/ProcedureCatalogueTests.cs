using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Procedures;

namespace Reform.Indicators.Tests.Procedures;

/// <summary>Dated statutory limits (docs/specification.md §10.5).</summary>
public class ProcedureCatalogueTests
{
    // A limit cut from 15 to 10 working days from 1 March 2026 (as Resolutions 66.x/2026 do for named procedures).
    private static readonly ProcedureCatalogue Catalogue = new(
    [
        new AdministrativeProcedure("1.004227", "Cấp giấy phép", TimeLimit.WorkingDays(15)) { ValidTo = new LocalDate(2026, 2, 28) },
        new AdministrativeProcedure("1.004227", "Cấp giấy phép", TimeLimit.WorkingDays(10)) { ValidFrom = new LocalDate(2026, 3, 1) },
    ]);

    [Fact]
    public void DueDates_TakeTheLimitInForceOnTheReceiptDate()
    {
        var due = Catalogue.DueDates(WorkingCalendar.Vietnam);
        var before = new LocalDateTime(2026, 2, 27, 9, 0);
        var after = new LocalDateTime(2026, 3, 2, 9, 0);
        Assert.Equal(WorkingCalendar.Vietnam.DueDate(before, TimeLimit.WorkingDays(15)), due("1.004227", before));
        Assert.Equal(WorkingCalendar.Vietnam.DueDate(after, TimeLimit.WorkingDays(10)), due("1.004227", after));
        Assert.Equal(TimeLimit.WorkingDays(10), Catalogue.Find("1.004227")!.TimeLimit);
        Assert.Single(Catalogue.Procedures);
    }

    [Fact]
    public void DueDates_GiveNothing_WhenNoVersionIsInForce()
    {
        var catalogue = new ProcedureCatalogue([new AdministrativeProcedure("2.000001", "X", TimeLimit.Days(5)) { ValidFrom = new LocalDate(2026, 1, 1) }]);
        Assert.Null(catalogue.DueDates(WorkingCalendar.Vietnam)("2.000001", new LocalDateTime(2025, 12, 31, 9, 0)));
    }

    [Fact]
    public void Constructor_RejectsTwoVersionsInForceOnACommonDay()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ProcedureCatalogue(
        [
            new AdministrativeProcedure("1.004227", "A", TimeLimit.WorkingDays(15)) { ValidTo = new LocalDate(2026, 3, 1) },
            new AdministrativeProcedure("1.004227", "A", TimeLimit.WorkingDays(10)) { ValidFrom = new LocalDate(2026, 3, 1) },
        ]));
        Assert.Contains("1.004227", ex.Message, StringComparison.Ordinal);
    }
}

using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Procedures;

namespace Reform.Indicators.Tests.Dossiers;

/// <summary>Deadlines of rows without <c>due_at</c>, from the procedure's limit and the Vietnamese calendar (docs/specification.md §3).</summary>
public class DueDateFromProcedureTests
{
    private static readonly ProcedureCatalogue Catalogue = new(
    [
        new AdministrativeProcedure("1.004227", "Đăng ký khai sinh", TimeLimit.WorkingDays(3)),
        new AdministrativeProcedure("2.000001", "Thủ tục theo ngày", TimeLimit.Days(10)),
    ]);

    private static LocalDateTime DueOf(string procedure, string receivedAt)
    {
        var validator = new DossierValidator(Catalogue.DueDates(WorkingCalendar.Vietnam));
        var row = new DossierRow
        {
            Row = 2, DossierId = "HS1", UnitCode = "01", ProcedureCode = procedure, Channel = "online",
            ReceivedAt = receivedAt, Status = "processing",
        };
        var errors = new List<RowError>();
        Assert.True(validator.TryValidate(row, out var dossier, errors), string.Join("; ", errors));
        Assert.False(dossier.DueGiven);
        return dossier.Due;
    }

    [Fact]
    public void ReceivedBefore1500_CountsFromThatDay() =>
        // Mon 16 Jan 2023 14:59 -> 3 working days after Mon: Thu 19 Jan, end of day (Tết 2023 starts Fri 20 Jan).
        Assert.Equal(VietnamTime.EndOf(new LocalDate(2023, 1, 19)), DueOf("1.004227", "2023-01-16T14:59"));

    [Fact]
    public void ReceivedAt1500_CountsFromTheNextWorkingDay_AndCrossesTet() =>
        // Effective receipt Tue 17 Jan; 3 working days: Wed 18, Thu 19, then Tết (20-26 Jan off), Fri 27 Jan.
        Assert.Equal(VietnamTime.EndOf(new LocalDate(2023, 1, 27)), DueOf("1.004227", "16/01/2023 15:00"));

    [Fact]
    public void ReceivedOnSunday_CountsFromMonday() =>
        // Sun 5 May 2024 -> effective Mon 6 May; 3 working days: Tue 7, Wed 8, Thu 9 May.
        Assert.Equal(VietnamTime.EndOf(new LocalDate(2024, 5, 9)), DueOf("1.004227", "2024-05-05T09:00"));

    [Fact]
    public void MakeUpSaturday_IsAWorkingDay() =>
        // Thu 2 May 2024 09:00: Fri 3, Sat 4 (make-up working day, letter 2450/VPCP-KGVX), Mon 6 May.
        Assert.Equal(VietnamTime.EndOf(new LocalDate(2024, 5, 6)), DueOf("1.004227", "2024-05-02T09:00"));

    [Fact]
    public void CalendarDays_EndingOnANonWorkingDay_MoveToTheNextWorkingDay() =>
        // Tue 10 Jan 2023 + 10 days = Fri 20 Jan, Tết holiday -> next working day Fri 27 Jan (Civil Code 2015, Art. 148).
        Assert.Equal(VietnamTime.EndOf(new LocalDate(2023, 1, 27)), DueOf("2.000001", "2023-01-10T09:00"));
}

#:project ../../src/Reform.Indicators/Reform.Indicators.csproj

// The working calendar without a notebook: Tết, official days off, due dates across Tết.
// Run from the repository root:  dotnet run docs/samples/working-calendar.cs
using NodaTime;
using Reform.Indicators.Calendars;

foreach (int year in new[] { 1985, 2007, 2024, 2025, 2026 })
    Console.WriteLine($"Tết {year}: {VietnameseLunarCalendar.NewYear(year):uuuu-MM-dd}");

Console.WriteLine("Days off and make-up days, 2025:");
foreach (var day in WorkingCalendar.Vietnam.Schedule(2025))
    Console.WriteLine($"  {day}");

var calendar = WorkingCalendar.Vietnam;
Console.WriteLine($"Received Mon 16 Jan 2023 14:59, 10 working days: due {calendar.DueDate(new LocalDateTime(2023, 1, 16, 14, 59), TimeLimit.WorkingDays(10)):uuuu-MM-dd HH:mm}");
Console.WriteLine($"Received Mon 16 Jan 2023 15:00, 10 working days: due {calendar.DueDate(new LocalDateTime(2023, 1, 16, 15, 0), TimeLimit.WorkingDays(10)):uuuu-MM-dd HH:mm}");
Console.WriteLine($"Received Thu 2 May 2024 09:00, 3 working days:   due {calendar.DueDate(new LocalDateTime(2024, 5, 2, 9, 0), TimeLimit.WorkingDays(3)):uuuu-MM-dd HH:mm}");

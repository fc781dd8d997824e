using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Reform.Indicators.Data.Tests;

/// <summary>
/// The facts a procedure gives a dossier on a day, remembered per procedure and day by the fast
/// readers: the same answer as asking each time, for days inside the remembered window and far
/// outside it, in any order.
/// </summary>
public sealed class ProcedureDayFactsProperties
{
    /// <summary>An arbitrary function of the procedure and the date, as the online level in force is.</summary>
    private static byte Facts(int procedure, LocalDate date) =>
        (byte)((((procedure * 7) + date.Day + date.Month + date.Year) % 64 + 64) % 64);

    private static LocalDate DateOf(int dayNumber) => new LocalDate(1970, 1, 1).PlusDays(dayNumber);

    [Property(MaxTest = 100)]
    public Property Of_AnswersAsTheFunctionDoes() =>
        Prop.ForAll(
            Gen.Zip(Gen.Choose(0, 200), Gen.OneOf(Gen.Choose(18_000, 20_000), Gen.Choose(-800_000, 2_900_000))).ArrayOf().ToArbitrary(),
            asks =>
            {
                int calls = 0;
                var facts = new ProcedureDayFacts((procedure, date) =>
                {
                    calls++;
                    return Facts(procedure, date);
                });
                foreach (var (procedure, day) in asks)
                {
                    Assert.Equal(Facts(procedure, DateOf(day)), facts.Of(procedure, day));
                    Assert.Equal(Facts(procedure, DateOf(day)), facts.Of(procedure, day));
                }
                // Asked twice each: a procedure and day in the window about the first day is computed
                // once, any other every time.
                long first = asks.Length == 0 ? 0 : (long)asks[0].Item2 - (ProcedureDayFacts.Days / 2);
                bool InWindow(int day) => day - first >= 0 && day - first < ProcedureDayFacts.Days;
                int expected = asks.Where(a => InWindow(a.Item2)).Distinct().Count() + (2 * asks.Count(a => !InWindow(a.Item2)));
                Assert.Equal(expected, calls);
            });
}

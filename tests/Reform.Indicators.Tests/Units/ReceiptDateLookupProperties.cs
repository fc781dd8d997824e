using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Units;

namespace Reform.Indicators.Tests.Units;

/// <summary>
/// A dossier's unit is looked up on its receipt date (docs/specification.md §10.1): the registry and the
/// validator agree with a reference that lists, day by day, which codes name a unit.
/// </summary>
public class ReceiptDateLookupProperties
{
    private static readonly LocalDate WindowStart = new(2016, 1, 1), WindowEnd = new(2028, 12, 31);

    /// <summary>Every (code, day) of the window on which some version of the code is valid, found by walking each version day by day.</summary>
    private static HashSet<(string Code, LocalDate Day)> DayByDay(IEnumerable<AdministrativeUnit> units)
    {
        var days = new HashSet<(string, LocalDate)>();
        foreach (var unit in units)
        {
            var first = unit.ValidFrom is { } from && from > WindowStart ? from : WindowStart;
            var last = unit.ValidTo is { } to && to < WindowEnd ? to : WindowEnd;
            for (var day = first; day <= last; day = day.PlusDays(1))
            {
                days.Add((unit.Code, day));
            }
        }
        return days;
    }

    [Property(MaxTest = 60)]
    public Property FindAndValidator_AgreeWithTheDayByDayReference(UnitsSample sample) =>
        Prop.ForAll(Gen.ArrayOf(Gen.Zip(Gen.Choose(0, 1_000), Gen.Choose(-900, 900)), 40).ToArbitrary(), picks =>
        {
            var registry = sample.Registry();
            var reference = DayByDay(sample.Units);
            string[] codes = [.. sample.Units.Select(u => u.Code).Distinct(), "99999"];
            // Receipts around the reorganisation, and on, just before and just after every version's first and last day.
            LocalDate[] boundaries = [.. sample.Units.SelectMany(u => new[] { u.ValidFrom, u.ValidTo }).OfType<LocalDate>()
                .SelectMany(d => new[] { d.PlusDays(-1), d, d.PlusDays(1) })];
            var validator = new DossierValidator((_, _) => throw new InvalidOperationException("due_at is given")) { Units = registry };
            int n = 0;
            foreach (var (pick, offset) in picks)
            {
                string code = codes[pick % codes.Length];
                var day = offset % 2 == 0 && boundaries.Length > 0 ? boundaries[(pick + offset + 900) % boundaries.Length] : sample.ReformDate.PlusDays(offset);
                bool expected = reference.Contains((code, day));
                Assert.Equal(expected, registry.Find(code, day) is not null);

                var received = day.At(new LocalTime(9, 30));
                var row = new DossierRow
                {
                    Row = ++n + 1, DossierId = $"HS-{n}", UnitCode = code, ProcedureCode = "1.000001", Channel = "online", Status = "processing",
                    ReceivedAt = received.ToString("yyyy-MM-dd'T'HH:mm:ss", null), DueAt = received.PlusDays(5).ToString("yyyy-MM-dd'T'HH:mm:ss", null),
                };
                var errors = new List<RowError>();
                var outcome = validator.Validate(row, errors, out _);
                var unitFaults = errors.Where(e => e.Column == DossierFields.UnitCode).Select(e => e.Reason).ToList();
                if (expected)
                {
                    Assert.Empty(unitFaults);
                    Assert.True(outcome == RowOutcome.Accepted, string.Join("; ", errors));
                }
                else
                {
                    Assert.Equal([registry.History(code).Count == 0 ? "not in the units file" : "not valid on the receipt date"], unitFaults);
                }
            }
        });
}

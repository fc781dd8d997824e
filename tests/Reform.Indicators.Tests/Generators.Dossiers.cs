using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Tests;

public static partial class Generators
{
    /// <summary>Unit codes of a small nation: provinces (2 digits), districts (3), communes (5).</summary>
    public static IReadOnlyList<string> UnitCodes { get; } = ["01", "24", "79", "001", "250", "00004", "07210", "26734"];

    private static readonly LocalDateTime Origin = new(2021, 10, 1, 0, 0);

    /// <summary>
    /// Realistic dossiers around 2022: every status and channel, open and carried-over dossiers,
    /// supplementation (0 to 3 requests), due dates given to the minute or as the end of a date,
    /// finish times before, at and after the due time; and the optional facts of docs/specification.md
    /// §10.2–10.3 — a receiving unit (none, its own code, padded, another), an electronic result (none,
    /// true, false) and its procedure's online level (none known, none, partial, full).
    /// </summary>
    public static Gen<Dossier> Dossier { get; } =
        from id in Gen.Choose(1, int.MaxValue)
        from unit in Gen.Elements(UnitCodes.ToArray())
        from channel in Gen.Elements(DossierChannel.Direct, DossierChannel.Online, DossierChannel.Postal)
        from receivedMinutes in Gen.Choose(0, 540 * 24 * 60) // 2021-10-01 .. 2023-03
        from dueDays in Gen.Frequency((1, Gen.Choose(0, 0)), (6, Gen.Choose(1, 30)), (1, Gen.Choose(31, 120)))
        from dueAtEndOfDate in Gen.Elements(true, false)
        from status in Gen.Elements(Enum.GetValues<DossierStatus>())
        from finishOffsetMinutes in Gen.Frequency(
            (2, Gen.Choose(0, 60)),                       // same day, often exactly at receipt
            (5, Gen.Choose(0, 40 * 24 * 60)),
            (1, Gen.Choose(40 * 24 * 60, 200 * 24 * 60)))
        from finishAtDue in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from requests in Gen.Frequency((6, Gen.Constant(0)), (3, Gen.Constant(1)), (1, Gen.Choose(2, 3)))
        from requestOffsetMinutes in Gen.Choose(0, 60 * 24 * 60)
        from receiving in Gen.Elements<string?>(null, unit, " " + unit + " ", UnitCodes[0], UnitCodes[^1])
        from electronic in Gen.Elements<bool?>(null, true, false)
        from level in Gen.Elements<global::Reform.Indicators.Procedures.OnlineServiceLevel?>(null, global::Reform.Indicators.Procedures.OnlineServiceLevel.None, global::Reform.Indicators.Procedures.OnlineServiceLevel.Partial, global::Reform.Indicators.Procedures.OnlineServiceLevel.Full)
        select Build(id, unit, channel, receivedMinutes, dueDays, dueAtEndOfDate, status, finishOffsetMinutes, finishAtDue, requests, requestOffsetMinutes) with
        {
            ReceivingUnitCode = receiving, ResultElectronic = electronic, ProcedureOnlineLevel = level,
        };

    /// <summary>A list of dossiers (0 to about 300), ids unique.</summary>
    public static Arbitrary<Dossier[]> Dossiers() =>
        Gen.Sized(size => Gen.Choose(0, Math.Max(1, size * 3)).SelectMany(n => Gen.ArrayOf(Dossier, n)))
            .Select(dossiers => dossiers.DistinctBy(d => d.Id).ToArray())
            .ToArbitrary();

    /// <summary>Periods of every kind around 2022.</summary>
    public static Arbitrary<ReportingPeriod> Periods() => Gen.OneOf(
        Gen.Choose(2021, 2023).Select(ReportingPeriod.Year),
        Gen.Choose(2021, 2023).Select(ReportingPeriod.ReportingYear),
        from year in Gen.Choose(2021, 2023) from q in Gen.Choose(1, 4) select ReportingPeriod.Quarter(year, q),
        from year in Gen.Choose(2021, 2023) from m in Gen.Choose(1, 12) select ReportingPeriod.Month(year, m),
        from start in Gen.Choose(0, 500) from length in Gen.Choose(0, 200)
        select ReportingPeriod.Between(Origin.Date.PlusDays(start), Origin.Date.PlusDays(start + length))).ToArbitrary();

    private static Dossier Build(
        int id, string unit, DossierChannel channel, int receivedMinutes, int dueDays, bool dueAtEndOfDate,
        DossierStatus status, int finishOffsetMinutes, bool finishAtDue, int requests, int requestOffsetMinutes)
    {
        var received = Origin.PlusMinutes(receivedMinutes);
        var due = dueAtEndOfDate
            ? global::Reform.Indicators.Calendars.VietnamTime.EndOf(received.Date.PlusDays(dueDays))
            : received.PlusDays(dueDays).PlusHours(dueDays == 0 ? 2 : 0);
        LocalDateTime? finished = status.IsFinal()
            ? (finishAtDue ? due : received.PlusMinutes(finishOffsetMinutes))
            : null;
        LocalDateTime? requested = status == DossierStatus.AwaitingSupplement || requests > 0
            ? received.PlusMinutes(requestOffsetMinutes)
            : null;
        if (status == DossierStatus.AwaitingSupplement && requests == 0)
        {
            requests = 1;
        }
        return new Dossier($"HS{id:D10}", unit, "1.004227", channel, received, due, status, finished, requests, requested);
    }
}

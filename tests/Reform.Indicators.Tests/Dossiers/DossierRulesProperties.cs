using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Reform.Indicators.Dossiers;

namespace Reform.Indicators.Tests.Dossiers;

/// <summary>
/// The truth table of each consistency rule of <see cref="DossierRules"/> (docs/specification.md §3),
/// and the agreement of its one test, its wording, the constructor and its two time representations.
/// </summary>
public class DossierRulesProperties
{
    /// <summary>Fields that may break any rule: times close together (often equal), any status, negative counts, missing values.</summary>
    public sealed record Fields(
        LocalDateTime Received, LocalDateTime Due, DossierStatus Status, LocalDateTime? Finished, int Requests, LocalDateTime? Requested);

    private static readonly LocalDateTime Origin = new(2022, 3, 1, 8, 0);

    private static Gen<LocalDateTime> Near { get; } =
        Gen.Frequency((3, Gen.Choose(0, 4)), (2, Gen.Choose(0, 3 * 24 * 60))).Select(minutes => Origin.PlusMinutes(minutes));

    private static Gen<LocalDateTime> NearOrEndOfDay { get; } =
        Gen.OneOf(Near, Near.Select(t => t.Date.PlusDays(1).AtMidnight().PlusNanoseconds(-1)));

    private static Gen<LocalDateTime?> Optional(Gen<LocalDateTime> gen) =>
        Gen.Frequency((3, gen.Select(t => (LocalDateTime?)t)), (1, Gen.Constant((LocalDateTime?)null)));

    private static Arbitrary<Fields> AnyFields { get; } = (
        from received in Near
        from due in NearOrEndOfDay
        from status in Gen.Elements(Enum.GetValues<DossierStatus>())
        from finished in Optional(Near)
        from requests in Gen.Choose(-2, 3)
        from requested in Optional(Near)
        select new Fields(received, due, status, finished, requests, requested)).ToArbitrary();

    // The rules as the specification states them, written here independently of the code.
    private static bool DueRule(Fields f) => f.Due >= f.Received;

    private static bool FinishRule(Fields f) =>
        f.Status is DossierStatus.Completed or DossierStatus.Refused or DossierStatus.Stopped or DossierStatus.Withdrawn
            ? f.Finished is not null
            : f.Finished is null;

    private static bool FinishAfterReceiptRule(Fields f) => f.Finished is not { } finished || finished >= f.Received;

    private static bool RequestTimeRule(Fields f) => f.Status != DossierStatus.AwaitingSupplement || f.Requested is not null;

    private static bool RequestsRule(Fields f) => f.Requests >= 0;

    [Property]
    public Property EachRule_HasItsTruthTable() => Prop.ForAll(AnyFields, f =>
    {
        Assert.Equal(DueRule(f), DossierRules.DueNotBeforeReceipt(f.Received, f.Due));
        Assert.Equal(FinishRule(f), DossierRules.FinishMatchesStatus(f.Status, f.Finished.HasValue));
        Assert.Equal(FinishAfterReceiptRule(f), DossierRules.FinishNotBeforeReceipt(f.Received, f.Finished.HasValue, f.Finished.GetValueOrDefault()));
        Assert.Equal(RequestTimeRule(f), DossierRules.RequestTimeWhenAwaiting(f.Status, f.Requested.HasValue));
        Assert.Equal(RequestsRule(f), DossierRules.RequestsNotNegative(f.Requests));
    });

    [Property]
    public Property Holds_IsEveryRule_AndNoViolation_AndTheConstructorAccepts() => Prop.ForAll(AnyFields, f =>
    {
        bool expected = DueRule(f) && FinishRule(f) && FinishAfterReceiptRule(f) && RequestTimeRule(f) && RequestsRule(f);
        Assert.Equal(expected, DossierRules.Holds(f.Received, f.Due, f.Status, f.Finished, f.Requests, f.Requested));
        var violations = DossierRules.Violations(f.Received, f.Due, f.Status, f.Finished, f.Requests, f.Requested).ToList();
        Assert.Equal(expected, violations.Count == 0);
        Assert.Equal(
            new[] { !DueRule(f), !FinishRule(f) || !FinishAfterReceiptRule(f), !RequestTimeRule(f), !RequestsRule(f) }.Count(b => b),
            violations.Count);
        bool constructed = true;
        try
        {
            _ = new Dossier("d", "01", "1.000001", DossierChannel.Direct, f.Received, f.Due, f.Status, f.Finished, f.Requests, f.Requested);
        }
        catch (ArgumentException)
        {
            constructed = false;
        }
        Assert.Equal(expected, constructed);
    });

    [Property]
    public Property Holds_OnTicks_EqualsHolds_OnLocalDateTime() => Prop.ForAll(AnyFields, f =>
    {
        static long Ticks(LocalDateTime t) => t.TimeOfDay == LocalTime.MaxValue
            ? t.Date.PlusDays(1).AtMidnight().ToDateTimeUnspecified().Ticks - 1 // the end of a day as its last tick, as the fast readers hold it
            : t.ToDateTimeUnspecified().Ticks;
        Assert.Equal(
            DossierRules.Holds(f.Received, f.Due, f.Status, f.Finished, f.Requests, f.Requested),
            DossierRules.Holds(Ticks(f.Received), Ticks(f.Due), f.Status, f.Finished.HasValue, f.Finished is { } x ? Ticks(x) : 0, f.Requests, f.Requested.HasValue));
    });
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Units;
using static Reform.Indicators.Engines.Tests.TruthTable;

namespace Reform.Indicators.Engines.Tests;

/// <summary>
/// The SQL of the engines is written by hand, not generated from the rules, so each rule of
/// docs/specification.md §3, §4, §9 and §10.1 has a property over its truth table: rows that take
/// the rule's inputs through both outcomes and their boundaries (equal times, a microsecond either
/// side, every text form), every other field valid, each row checked on its own (<see cref="TruthTable"/>).
/// A disagreement between the SQL and the in-process rule fails the rule's property.
/// </summary>
public sealed class SqlRuleTruthTableTests
{
    private const int Runs = 4;

    private static readonly string?[] Channels = ["direct", "online", "postal", "1", "2", "3", " Online ", "POSTAL", "\u2003direct\t", "0", "4", "fax", "", " ", null];

    private static readonly string?[] Statuses =
    [
        "processing", "awaiting_supplement", "completed", "refused", "stopped", "withdrawn", "Completed ", " WITHDRAWN",
        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "0", " 10 ",
        "receiving", "new", "denied", "Processing", "waiting", "paying", "cancelled", "unresolved", "releasing", "DONE", " Denied ",
        "lost", "", "\t", null,
    ];

    /// <summary>Required fields and the text forms of channel and status (portal codes and words; 1 and 3 excluded).</summary>
    [Property(MaxTest = Runs)]
    public Property RequiredFieldsChannelAndStatus_SqlAgreesWithTheRule() => Prop.ForAll(Rows(
        from received in Receipts
        from channel in Gen.Elements(Channels)
        from status in Gen.Elements(Statuses)
        from finished in Gen.Elements(0, 1, 2)
        from blank in Gen.Elements<string?>("id", "unit", "procedure", "received", "none", "none", "none")
        select Valid(received) with
        {
            Channel = channel,
            Status = status,
            Finished = finished == 0 ? null : received.AddHours(finished * 30),
            Id = blank == "id" ? " " : "id",
            Unit = blank == "unit" ? null : "unit",
            Procedure = blank == "procedure" ? "" : "1.000002",
            Received = blank == "received" ? null : received,
        }), cases => Agree(cases));

    /// <summary>
    /// docs/specification.md §10.2–10.3: a receiving unit named (empty, blank, its own code padded, another) and elsewhere;
    /// <c>result_electronic</c> stated and true in every text form (a bad one rejects the row); the procedure's online
    /// level on the receipt date (none given, unknown procedure, full from a date in the rule period).
    /// </summary>
    [Property(MaxTest = Runs)]
    public Property ReceivingUnitElectronicResultAndOnlineLevel_SqlAgreesWithTheRule() => Prop.ForAll(Rows(
        from received in Receipts
        from receiving in Gen.Elements<string?>(null, "", " ", "unit", " unit\t", "UNIT", "C9999", "\u00A0C9998")
        from electronic in Gen.Elements<string?>(null, "", " ", "true", "1", "0", "false", " TRUE ", "yes")
        from channel in Gen.Elements("online", "direct", "2")
        from procedure in Gen.Elements("1.000001", "1.000002", "1.000003", "1.000004", "1.000006", "9.999999")
        select Valid(received) with { ReceivingUnit = receiving, ResultElectronic = electronic, Channel = channel, Procedure = procedure }),
        cases => Agree(cases));

    /// <summary>docs/specification.md §3: the deadline is not before the receipt; a due of 00:00 is the end of its date (§9).</summary>
    [Property(MaxTest = Runs)]
    public Property DueNotBeforeReceipt_SqlAgreesWithTheRule() => Prop.ForAll(Rows(
        from received in Receipts
        from delta in Near
        from midnight in Gen.Elements(false, false, true)
        let due = received + delta
        select Valid(received) with { Due = midnight ? received.Date.AddDays(delta.Days) : due }), cases => Agree(cases));

    /// <summary>
    /// §3 and §9.5: an end is given exactly when the status is final — finished_at, else returned_at for a final status;
    /// under the end point <c>returned</c>, returned_at whenever a final dossier has one.
    /// </summary>
    [Property(MaxTest = Runs)]
    public Property FinishMatchesStatusAndEndPoint_SqlAgreesWithTheRule() => Prop.ForAll(Gen.Elements(EndPoint.Processed, EndPoint.Returned).ToArbitrary(), endPoint => Prop.ForAll(Rows(
        from received in Receipts
        from status in Gen.Elements("processing", "awaiting_supplement", "completed", "refused", "stopped", "withdrawn", "10", "7", "5")
        from finished in Gen.Elements(false, true)
        from returned in Gen.Elements(false, true)
        from requested in Gen.Elements(false, true)
        select Valid(received) with
        {
            Status = status,
            Finished = finished ? received.AddHours(20) : null,
            Returned = returned ? received.AddHours(70) : null,
            Requested = requested ? received.AddHours(1) : null,
        }), cases => Agree(cases, endPoint: endPoint)));

    /// <summary>§3: an end is not before the receipt (the end chosen by the end point, either of them).</summary>
    [Property(MaxTest = Runs)]
    public Property FinishNotBeforeReceipt_SqlAgreesWithTheRule() => Prop.ForAll(Gen.Elements(EndPoint.Processed, EndPoint.Returned).ToArbitrary(), endPoint => Prop.ForAll(Rows(
        from received in Receipts
        from delta in Near
        from other in Near
        from which in Gen.Elements(0, 1, 2)
        select Valid(received) with
        {
            Status = "completed",
            Finished = which == 1 ? null : received + delta,
            Returned = which == 0 ? null : received + other,
        }), cases => Agree(cases, endPoint: endPoint)));

    /// <summary>§3: awaiting supplementation gives the latest request; the number of requests is not negative.</summary>
    [Property(MaxTest = Runs)]
    public Property RequestTimeAndCount_SqlAgreesWithTheRule() => Prop.ForAll(Rows(
        from received in Receipts
        from status in Gen.Elements("awaiting_supplement", "5", "waiting", "processing")
        from requested in Gen.Elements(false, true)
        from requests in Gen.Elements<int?>(-2, -1, 0, 1, 2, 3, null)
        select Valid(received) with { Status = status, Requested = requested ? received.AddHours(3) : null, Requests = requests }), cases => Agree(cases));

    /// <summary>
    /// §3 and §9.9: of the valid rows of one id (ids trimmed), under <c>first</c> the first is kept and each later one rejected;
    /// under <c>latest</c> the one of the greatest updated_at (none older than any, a tie to the row read later) is kept and the
    /// others superseded; an invalid or excluded row takes no part. The rows differ in channel, so the kept one shows in the counts.
    /// </summary>
    [Property(MaxTest = Runs)]
    public Property RepeatedIds_SqlAgreesWithTheRule() => Prop.ForAll(Gen.Elements(RepeatsPolicy.First, RepeatsPolicy.Latest).ToArbitrary(), repeats => Prop.ForAll(
        Gen.ArrayOf(
            from received in Receipts
            from count in Gen.Choose(1, 3)
            from forms in Gen.ArrayOf(Gen.Elements("id", " id", "id\u00A0", "id"), count)
            from kinds in Gen.ArrayOf(Gen.Elements("valid", "valid", "invalid", "excluded"), count)
            from channels in Gen.ArrayOf(Gen.Elements("online", "direct", "postal"), count)
            from updates in Gen.ArrayOf(Gen.Elements<int?>(null, 0, 0, 1, 2), count)
            select forms.Select((id, i) => Valid(received) with
            {
                Id = id,
                Channel = channels[i],
                Due = kinds[i] == "invalid" ? received.AddDays(-1) : received.AddDays(5),
                Status = kinds[i] == "excluded" ? "1" : "processing",
                Updated = updates[i] is { } hours ? received.AddHours(hours) : null,
            }).ToArray(), 40).ToArbitrary(),
        cases => Agree(cases, keepIds: true, repeats: repeats)));

    /// <summary>§10.1: with a units file, the unit is one valid on the receipt date (bounds inclusive), else the row is rejected.</summary>
    [Property(MaxTest = Runs)]
    public Property UnitValidOnReceiptDate_SqlAgreesWithTheRule() =>
        Prop.ForAll(Gen.Choose(-3, 3).Zip(Gen.Choose(-3, 3)).ToArbitrary(), Rows(
            from received in Receipts
            from unknown in Gen.Elements(false, false, false, true)
            select Valid(received) with { Unit = unknown ? "ZZ" : "unit" }),
            (bounds, cases) => Agree(cases, codes => new UnitRegistry(codes.Select((code, i) =>
            {
                // Each case's unit valid from a few days around its receipt, to a few days around it (some never, some open-ended).
                var received = Date(cases[i][0].Received!.Value);
                LocalDate? from = i % 5 == 0 ? null : received.PlusDays(bounds.Item1 + (i % 3) - 1);
                LocalDate? to = i % 7 == 0 ? null : received.PlusDays(bounds.Item2 + (i % 4) - 1);
                if (from is { } f && to is { } t && t < f)
                {
                    (from, to) = (to, from);
                }
                return new AdministrativeUnit(code, "Unit " + code, GovernmentLevel.Province, null, from, to);
            }))));

    /// <summary>
    /// The deadline from the procedure's limit when due_at is empty (working days, days, office hours;
    /// the 15:00 cut-off; weekends and Tết), seen through how the dossier finishing around it counts.
    /// </summary>
    [Property(MaxTest = Runs)]
    public Property DeadlineFromProcedure_SqlAgreesWithTheRule() => Prop.ForAll(Rows(
        from received in Receipts
        from cutOff in Gen.Elements(false, true)
        from procedure in Gen.Elements("1.000001", "1.000002", "1.000003", "1.000004", "1.000005", "1.000006", "1.000008", "9.999999")
        from finishAfter in Gen.Choose(0, 25 * 24 * 60)
        from final in Gen.Elements(false, true)
        let receipt = cutOff ? received.Date.AddHours(15).AddMicroseconds(-1 + Math.Abs(finishAfter % 3)) : received
        select Valid(receipt) with
        {
            Procedure = procedure,
            Due = null,
            Status = final ? "completed" : "processing",
            Finished = final ? receipt.AddMinutes(finishAfter) : null,
        }), cases => Agree(cases));

    /// <summary>§4: scope (received in the period, carried over, out) and outcome by status, around the period's first and last days.</summary>
    [Property(MaxTest = Runs)]
    public Property ScopeAndOutcome_SqlAgreesWithTheRule() => Prop.ForAll(Rows(
        from receivedAt in Gen.Elements(new DateTime(2022, 12, 31, 23, 59, 59), new DateTime(2023, 1, 1), new DateTime(2023, 3, 31, 23, 59, 59), new DateTime(2023, 4, 1), new DateTime(2022, 6, 1, 9, 0, 0))
        from finishedAt in Gen.Elements<DateTime?>(null, new DateTime(2022, 12, 31, 23, 59, 59), new DateTime(2023, 1, 1), new DateTime(2023, 3, 31, 23, 59, 59), new DateTime(2023, 4, 1), new DateTime(2023, 9, 1))
        from status in Gen.Elements("completed", "refused", "stopped", "withdrawn", "processing", "awaiting_supplement")
        from channel in Gen.Elements("direct", "online", "postal")
        let final = status is "completed" or "refused" or "stopped" or "withdrawn"
        select Valid(receivedAt) with
        {
            Channel = channel,
            Status = status,
            Due = receivedAt.AddDays(30),
            Finished = final ? (finishedAt is { } f && f >= receivedAt ? f : receivedAt.AddDays(2)) : null,
            Requested = status == "awaiting_supplement" ? receivedAt.AddDays(1) : null,
        }), cases => Agree(cases));

    /// <summary>§4: a finished dossier is late after its due time (or with more than one request), else early before the due date, else on time.</summary>
    [Property(MaxTest = Runs)]
    public Property FinishedTimeliness_SqlAgreesWithTheRule() => Prop.ForAll(Rows(
        from received in Receipts
        from dueAfter in Gen.Choose(0, 20 * 24 * 60)
        from delta in Near
        from requests in Gen.Elements<int?>(0, 1, 2, null)
        from status in Gen.Elements("completed", "refused", "withdrawn", "stopped")
        let due = received.AddMinutes(dueAfter)
        let finished = due + delta < received ? received : due + delta
        select Valid(received) with { Due = due, Finished = finished, Status = status, Requests = requests }), cases => Agree(cases));

    /// <summary>§4: a dossier open at the period's end is overdue when the end is past its due time and its clock did not stop in time (a request by the due time), or with more than one request.</summary>
    [Property(MaxTest = Runs)]
    public Property OpenOverdueAtEnd_SqlAgreesWithTheRule() => Prop.ForAll(Rows(
        from received in Gen.Choose(-60, 89).Select(d => new DateTime(2023, 1, 1, 10, 0, 0).AddDays(d))
        from dueDelta in Near
        from askedDelta in Near
        from status in Gen.Elements("processing", "awaiting_supplement")
        from requests in Gen.Elements<int?>(0, 1, 2)
        let end = new DateTime(2023, 4, 1).AddMicroseconds(-1)
        let due = end + dueDelta < received ? received : end + dueDelta
        let asked = due + askedDelta < received ? received : due + askedDelta
        select Valid(received) with { Due = due, Status = status, Requested = status == "awaiting_supplement" ? asked : null, Requests = requests }),
        cases => Agree(cases));
}

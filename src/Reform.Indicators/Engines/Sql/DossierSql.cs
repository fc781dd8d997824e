using System.Globalization;
using System.Text;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Engines.Sql;

/// <summary>
/// The rules of docs/specification.md §3 (validation, deadlines from procedures, repeated ids) and
/// §4 (classification and counts) as one SQL query, rendered for each <see cref="SqlDialect"/>:
/// the counts per (unit, period) that an SQL engine returns and the library merges.
/// </summary>
/// <remarks>
/// <para>The query reads five relations the engine provides: <c>source</c>, the dossiers with the
/// canonical columns (text codes, timestamps, an integer count) plus <c>r</c>, the reading order,
/// and <c>parsed</c>, false when a value of the row could not be read as its type;
/// <c>calendar(d, working, w)</c>, every date of the working calendar with the number of working
/// days before it; <c>working_days(k, d)</c>, the k-th working day; <c>procedures(code, kind, value)</c>,
/// the statutory limits (kind 0 working days, 1 days, 2 hours); <c>units(code, valid_from, valid_to)</c>,
/// the unit versions of the units file (an open end as a far date; versions of a code never overlap),
/// <c>levels(code, valid_from, valid_to, full_online)</c>, the spans of days over which a procedure's online
/// level is one (docs/specification.md §10.3; never overlapping for a code; empty without a procedures file),
/// when rows naming no unit on their receipt date are rejected (docs/specification.md §10.1); and <c>periods(k, first_day,
/// last_day, end_at)</c>, the periods numbered from 1. Every relation but <c>source</c> is
/// small and joined by equality on a computed key or by a range on the periods, so a distributed
/// engine broadcasts them (Citus: reference tables).</para>
/// <para>The shape is the one Citus pushes down whole to the shards of a table distributed by
/// <c>dossier_id</c>: the only window function is partitioned by the dossier key; the only joins
/// are with the reference relations; the grouping is by unit and the period's integer number.</para>
/// <para>One row per (unit, period) with a dossier in scope, plus rows with period 0 and a null
/// unit that hold the rows read and accepted. Columns: <c>unit</c>, <c>k</c>, then
/// <see cref="CountColumns"/> numbers — for a period, the dossiers in scope and accepted (equal),
/// then the other counts in the order of <see cref="PartialCountsBuilder.CountNames"/>, then
/// zero; for period 0, the rows read, the rows accepted, the rows superseded (<see cref="RepeatsPolicy.Latest"/>), zeros, then
/// the rows excluded (never received).</para>
/// <para>The status and channel expressions are generated from the tables of
/// <see cref="DossierFields"/> (canonical names, portal codes and words); a status of a dossier never
/// received (portal 1, 3) excludes its row from validation and repeats, as in docs/specification.md §9.</para>
/// <para>Policies: either end point (<see cref="DossierReadPolicy.EndPoint"/>) and either choice among the rows of an
/// id (<see cref="DossierReadPolicy.Repeats"/>); otherwise those of <see cref="DossierReadPolicy.Default"/> (a
/// <c>due_at</c> at 00:00 is the end of its date; <see cref="Supports"/> says which read policies the query applies); the end-of-day deadline rule's defaults (15:00 cut-off; office hours
/// 07:30–11:30 and 13:30–17:00 for limits in hours); more than one supplementation request late or
/// overdue as <see cref="ClassificationPolicy.MultipleSupplementRequestsAreLate"/> says. Other
/// policies are refused by the engines' callers, never computed differently.</para>
/// </remarks>
internal static class DossierSql
{
    /// <summary>The count columns after <c>unit</c> and <c>k</c>.</summary>
    public const int CountColumns = 23;

    // Office time: the default policy's sessions, 07:30–11:30 and 13:30–17:00, in microseconds.
    private const long Hour = 3_600_000_000L;
    private const long FirstStart = (7 * Hour) + (Hour / 2), FirstLength = 4 * Hour;
    private const long SecondStart = (13 * Hour) + (Hour / 2), SecondLength = (3 * Hour) + (Hour / 2);
    private const long OfficeDay = FirstLength + SecondLength;
    private const long CutOff = 15 * Hour;

    /// <summary>
    /// Checks that the query applies <paramref name="policy"/>: its end point and its choice among repeated ids may be
    /// either; its other members must be the defaults (docs/engines.md, "What the SQL engines apply").
    /// </summary>
    /// <exception cref="ArgumentException">A member the query does not apply has another value; the message names it.</exception>
    public static void Supports(DossierReadPolicy policy, string paramName)
    {
        var defaults = DossierReadPolicy.Default;
        string? unsupported =
            policy.MidnightDueIsEndOfDay != defaults.MidnightDueIsEndOfDay ? $"MidnightDueIsEndOfDay = {policy.MidnightDueIsEndOfDay}"
            : policy.DateOrder != defaults.DateOrder ? $"DateOrder = {policy.DateOrder}"
            : null;
        if (unsupported is not null)
        {
            throw new ArgumentException($"The SQL engines do not apply {unsupported} yet; only the end point and the repeats policy may differ from DossierReadPolicy.Default (docs/engines.md).", paramName);
        }
    }

    /// <summary>The query.</summary>
    /// <param name="dialect">The engine's SQL.</param>
    /// <param name="references">Common table expressions that define the reference relations, each followed by a comma; empty when they are tables.</param>
    /// <param name="source">A relation (a table reference or a parenthesised query with an alias) with the canonical columns, <c>r</c> and <c>parsed</c>.</param>
    /// <param name="policy">The classification policy.</param>
    /// <param name="checkUnits">Whether a row's unit must be one of the relation <c>units(code)</c> (a units file was given).</param>
    /// <param name="readPolicy">The end point of a final dossier (docs/specification.md §9.5) and the choice among the rows of an id (§9.9); its other members must be the defaults (<see cref="Supports"/>).</param>
    public static string Count(SqlDialect dialect, string references, string source, ClassificationPolicy policy, bool checkUnits, DossierReadPolicy readPolicy)
    {
        var endPoint = readPolicy.EndPoint;
        bool latest = readPolicy.Repeats == RepeatsPolicy.Latest;
        var d = dialect;
        // docs/specification.md §9.5, as DossierReadPolicy.EndIsReturned: a final dossier ends at returned_at when it has one and
        // the end point is the return, or when it has no finished_at.
        string endsAtReturn = endPoint == EndPoint.Returned ? "s.returned_at IS NOT NULL" : "s.finished_at IS NULL";
        // docs/specification.md §4, Decision 766: more than one supplementation request makes a dossier late.
        string tooManyRequests = policy.MultipleSupplementRequestsAreLate ? "req > 1" : "FALSE";
        string officeOfDay = $"""
            CASE WHEN c.working THEN least(greatest(s.tod - {FirstStart}, 0), {FirstLength})
                                    + least(greatest(s.tod - {SecondStart}, 0), {SecondLength}) ELSE 0 END
            """;
        string intoDay = "l.office_end - l.hours_k * " + OfficeDay;
        string statusText = $"lower({d.Trim("status")})";
        string notReceived = string.Join(", ", DossierFields.StatusTexts.Where(t => t.Status is null).Select(t => Literal(t.Text)));
        return $"""
            WITH {references}
            src AS (
                SELECT r, dossier_id, {d.Trim("dossier_id")} AS id, {d.Trim("unit_code")} AS unit, {d.Trim("procedure_code")} AS proc,
                       -- Generated from DossierFields: an exact known text at once; anything else trimmed and in lower case.
                       {Lookup("channel", $"lower({d.Trim("channel")})", ChannelTexts())} AS ch,
                       {Lookup("status", statusText, DossierFields.StatusTexts.Where(t => t.Status is not null).Select(t => (t.Text, (int)t.Status!.Value)))} AS st,
                       coalesce({statusText} IN ({notReceived}), FALSE) AS excluded,
                       received_at AS rec,
                       -- docs/specification.md §9: a due time of exactly 00:00 is the end of that date.
                       CASE WHEN {d.MicrosecondOfDay("due_at")} = 0 THEN due_at + INTERVAL '1 day' - INTERVAL '1 microsecond' ELSE due_at END AS due_at,
                       finished_at, returned_at, updated_at AS upd,
                       coalesce(supplement_requests, 0) AS req, supplement_requested_at AS asked,
                       {d.MicrosecondOfDay("received_at")} AS tod,
                       {d.Trim("receiving_unit_code")} AS recv, result_electronic AS electronic,
                       parsed AND {d.Fits("dossier_id")} AND {d.Fits("unit_code")} AND {d.Fits("procedure_code")} AND {d.Fits("channel")} AND {d.Fits("status")}
                           AND {d.Fits("receiving_unit_code")} AS fits
                FROM {source}
            ),
            -- The deadline from the procedure when due_at is empty (the join keys are null otherwise):
            -- effective is the working day the limit counts from (c.w: the working days before the
            -- date of receipt; the day itself when it is one and the time is before the cut-off),
            -- office_end the office time at which a limit in hours runs out, from the calendar's first day.
            limited AS (
                SELECT s.*, p.kind, p.value,
                       -- The end point of a final status (docs/specification.md §9.5).
                       CASE WHEN {endsAtReturn} AND s.st >= {(int)DossierStatus.Completed} THEN s.returned_at ELSE s.finished_at END AS fin, {(checkUnits ? "u.code IS NOT NULL" : "TRUE")} AS known,
                       c.w + CASE WHEN c.working AND s.tod >= {CutOff} THEN 1 ELSE 0 END AS effective,
                       -- docs/specification.md §10.2–10.3: the optional facts, each only with the data that states it.
                       coalesce(s.recv <> '', FALSE) AS named, coalesce(s.recv <> '' AND s.recv <> s.unit, FALSE) AS elsewhere,
                       s.electronic IS NOT NULL AS stated, coalesce(s.electronic, FALSE) AS e_result,
                       ol.code IS NOT NULL AS level_known, coalesce(ol.full_online, FALSE) AS full_online,
                       CAST(c.w AS BIGINT) * {OfficeDay} + CAST(p.value AS BIGINT) * {Hour} + {officeOfDay} AS office_end
                FROM src s
                LEFT JOIN procedures p ON p.code = CASE WHEN s.due_at IS NULL THEN s.proc END
                LEFT JOIN calendar c ON c.d = CASE WHEN s.due_at IS NULL THEN CAST(s.rec AS DATE) END
                LEFT JOIN levels ol ON ol.code = s.proc AND CAST(s.rec AS DATE) BETWEEN ol.valid_from AND ol.valid_to
                {(checkUnits ? "LEFT JOIN units u ON u.code = s.unit AND CAST(s.rec AS DATE) BETWEEN u.valid_from AND u.valid_to" : "")}
            ),
            dued AS (
                SELECT l.*,
                       CASE WHEN l.due_at IS NOT NULL THEN l.due_at
                            WHEN l.kind = 0 THEN wd.d + INTERVAL '1 day' - INTERVAL '1 microsecond'
                            WHEN l.kind = 1 THEN on_or_after.d + INTERVAL '1 day' - INTERVAL '1 microsecond'
                            WHEN l.value = 0 THEN l.rec -- zero hours: the receipt itself (a procedure's limit is never zero)
                            ELSE {d.PlusMicroseconds("hours_day.d", $"CASE WHEN {intoDay} <= {FirstLength} THEN {FirstStart} + {intoDay} ELSE {SecondStart} + {intoDay} - {FirstLength} END")} END AS due
                FROM (SELECT *, {d.Divide("office_end - 1", OfficeDay.ToString(System.Globalization.CultureInfo.InvariantCulture))} AS hours_k FROM limited) l
                LEFT JOIN working_days wd ON wd.k = CASE WHEN l.kind = 0 THEN l.effective + l.value END
                LEFT JOIN working_days start ON start.k = CASE WHEN l.kind = 1 THEN l.effective END
                LEFT JOIN calendar later ON later.d = start.d + l.value
                LEFT JOIN working_days on_or_after ON on_or_after.k = later.w
                LEFT JOIN working_days hours_day ON hours_day.k = CASE WHEN l.kind = 2 THEN l.hours_k END
            ),
            -- docs/specification.md §3: a row is accepted when every rule holds (null: a rule cannot hold);
            -- a row never received is neither accepted nor rejected.
            checked AS (
                SELECT r, {d.DossierKey} AS dossier_key, unit, ch, st, rec, fin, req, asked, due, excluded, upd,
                       named, elsewhere, stated, e_result, level_known, full_online,
                       coalesce(NOT excluded AND fits AND id <> '' AND unit <> '' AND known AND proc <> '' AND ch IS NOT NULL AND st IS NOT NULL AND rec IS NOT NULL
                                AND due >= rec AND (st >= 2) = (fin IS NOT NULL) AND coalesce(fin >= rec, TRUE)
                                AND req >= 0 AND (st <> 1 OR asked IS NOT NULL), FALSE) AS valid
                FROM dued
            ),
            -- A repeated id (docs/specification.md §9.9): under first, the first valid row is kept and each later
            -- valid row rejected; under latest, the valid row of the greatest updated_at (none is older than any,
            -- a tie goes to the row read later) is kept and the other valid rows are superseded.
            ranked AS (
                SELECT *, valid AND row_number() OVER (PARTITION BY dossier_key, valid ORDER BY {(latest ? "upd DESC NULLS LAST, r DESC" : "r")}) = 1 AS keep
                FROM checked
            ),
            kept AS (
                SELECT *, {(latest ? "valid AND NOT keep" : "FALSE")} AS superseded
                FROM ranked
            ),
            -- Each kept row with each period it is in scope of (received by its last day, not finished
            -- before its first); period 0 takes every row once, to count the rows read and accepted.
            classed AS (
                SELECT CASE WHEN p.k = 0 THEN NULL ELSE x.unit END AS unit, p.k, x.keep, x.excluded, x.superseded, x.ch, x.st,
                       x.named, x.elsewhere, x.stated, x.e_result, x.level_known, x.full_online,
                       CAST(x.rec AS DATE) < p.first_day AS carried,
                       x.fin IS NOT NULL AND CAST(x.fin AS DATE) <= p.last_day AS finished,
                       {tooManyRequests} OR x.fin > x.due AS late,
                       CAST(x.fin AS DATE) < CAST(x.due AS DATE) AS early,
                       {tooManyRequests} OR (CASE WHEN x.st = 1 AND x.asked <= p.end_at THEN x.asked ELSE p.end_at END) > x.due AS overdue
                FROM kept x
                JOIN periods p ON p.k = 0 OR (x.keep AND CAST(x.rec AS DATE) <= p.last_day AND (x.fin IS NULL OR CAST(x.fin AS DATE) >= p.first_day))
            )
            SELECT unit, k, count(*) AS n, {Sum("keep")},
                   {Sum("(k = 0 AND superseded) OR (k > 0 AND carried)")}, {Sum("k > 0 AND NOT carried")},
                   {Sum("k > 0 AND NOT carried AND ch = 1")}, {Sum("k > 0 AND NOT carried AND ch = 0")}, {Sum("k > 0 AND NOT carried AND ch = 2")},
                   {Sum("k > 0 AND finished AND st IN (2, 3)")},
                   {Sum("k > 0 AND finished AND st IN (2, 3) AND NOT late AND early")},
                   {Sum("k > 0 AND finished AND st IN (2, 3) AND NOT late AND NOT early")},
                   {Sum("k > 0 AND finished AND st IN (2, 3) AND late")},
                   {Sum("k > 0 AND finished AND st = 5")}, {Sum("k > 0 AND finished AND st = 4")},
                   {Sum("k > 0 AND NOT finished AND NOT overdue")}, {Sum("k > 0 AND NOT finished AND overdue")},
                   {Sum("k > 0 AND ((finished AND NOT late) OR (NOT finished AND NOT overdue))")},
                   {Sum("k > 0 AND NOT carried AND elsewhere")}, {Sum("k > 0 AND NOT carried AND named")},
                   {Sum("k > 0 AND NOT carried AND ch = 1 AND e_result")}, {Sum("k > 0 AND NOT carried AND stated")},
                   {Sum("k > 0 AND NOT carried AND ch = 1 AND e_result AND full_online")}, {Sum("k > 0 AND NOT carried AND level_known")},
                   {Sum("excluded")}
            FROM classed
            GROUP BY unit, k
            """;
    }

    /// <summary>Every channel text <see cref="DossierFields.TryParseChannel"/> reads (after trimming, in lower case), with its channel.</summary>
    private static IEnumerable<(string Text, int Value)> ChannelTexts()
    {
        foreach (string text in Enum.GetValues<DossierChannel>().Select(DossierFields.Format)
                     .Concat(Enumerable.Range(1, Enum.GetValues<DossierChannel>().Length).Select(n => n.ToString(CultureInfo.InvariantCulture))))
        {
            if (DossierFields.TryParseChannel(text, out var channel))
            {
                yield return (text, (int)channel);
            }
        }
    }

    /// <summary>
    /// <c>CASE column WHEN text THEN value … ELSE CASE normalised WHEN text THEN value … END END</c>: the
    /// exact texts at once (nearly every row), the others after trimming and lower-casing.
    /// </summary>
    private static string Lookup(string column, string normalised, IEnumerable<(string Text, int Value)> texts)
    {
        var whens = new StringBuilder();
        foreach (var (text, value) in texts)
        {
            whens.Append(CultureInfo.InvariantCulture, $" WHEN {Literal(text)} THEN {value}");
        }
        return $"CASE {column}{whens} ELSE CASE {normalised}{whens} END END";
    }

    /// <summary>A text the library owns (a status or channel name) as an SQL literal.</summary>
    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Sum(string condition) => $"CAST(sum(CASE WHEN {condition} THEN 1 ELSE 0 END) AS BIGINT)";
}

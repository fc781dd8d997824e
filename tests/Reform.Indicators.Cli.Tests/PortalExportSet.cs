using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Reform.Indicators.Data;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Samples;
using Reform.Indicators.Units;

namespace Reform.Indicators.Cli.Tests;

/// <summary>
/// Three monthly exports shaped as the national portal's (docs/specification.md §9), generated from the
/// national sample, with the outcome the specification defines known by construction: the files
/// <c>2023-01.csv</c> (comma), <c>2023-02.parquet</c> (text columns, a typed <c>NgayCapNhat</c> and count)
/// and <c>2023-03.csv</c> (semicolon, byte-order mark, CRLF, columns in another order), the units and
/// procedures files, and, for each repeats policy, the accepted dossiers, the row counts and every
/// rejected row with its faults.
/// </summary>
/// <remarks>
/// <para>Every sample dossier has a row in its final state in one of the files, with portal codes
/// or DVCQG's words for status and channel (mixed, in several cases), <c>yyyyMMddHHmmss</c> times
/// (some ISO, some <c>dd/MM/yyyy HH:mm:ss</c>), an appointment at the end of a day written as a date
/// or as midnight (<c>dd/MM/yyyy 00:00:00</c>, <c>yyyyMMdd000000</c>: §9.6 reads both as the end of the
/// day, as the sample means), an appointment at another time written exactly, no appointment where the
/// sample computes it from the procedure (§3.7), and the end of processing in <c>NgayKetThucXuLy</c>,
/// in <c>NgayTra</c> alone (§9.5) or in both. About one dossier in six reappears: an earlier snapshot
/// (processing or awaiting supplementation) in an earlier export with an earlier <c>NgayCapNhat</c>; a
/// stale snapshot in a later export carrying an older <c>NgayCapNhat</c>, or none; the same row again
/// with the same <c>NgayCapNhat</c>; three states in three exports; a bad row or a row never received
/// (status 1) under the same id. Rows never received (status 1 or 3, code or word, other fields
/// unchecked) have fresh ids, and about 3% of the rows are bad, of 16 kinds each with the faults
/// docs/specification.md §3.6 and §9 give it.</para>
/// <para>The expected outcome is computed from the rows' roles alone: a valid row carries the
/// <see cref="Dossier"/> it encodes, a bad row its faults, an excluded row its reason; the repeats
/// policy is then applied as §9.9 words it, over the valid rows in reading order.</para>
/// </remarks>
public sealed class PortalExportSet : IDisposable
{
    /// <summary>Sample dossiers in the exports.</summary>
    public const int DossierCount = 3_000;

    private const int Seed = 16_2022;

    // docs/specification.md §3.1 and §9.1: the fields in the order of the specification's tables.
    private static readonly string[] FieldOrder =
    [
        "dossier_id", "unit_code", "procedure_code", "channel", "received_at", "due_at", "finished_at", "status",
        "supplement_requests", "supplement_requested_at", "returned_at", "updated_at",
    ];

    private const string Name = "applicant"; // a column the library does not know (ignored)

    // Per export: (header, field) in file order.
    private static readonly (string Header, string Field)[] ColumnsA =
    [
        ("MaHoSo", "dossier_id"), ("MaDonVi", "unit_code"), ("MaTTHC", "procedure_code"), ("KenhThucHien", "channel"),
        ("NgayTiepNhan", "received_at"), ("NgayHenTra", "due_at"), ("NgayKetThucXuLy", "finished_at"), ("NgayTra", "returned_at"),
        ("TrangThaiHoSo", "status"), ("SoLanBoSung", "supplement_requests"), ("NgayYeuCauBoSung", "supplement_requested_at"),
        ("TenNguoiNop", Name), ("NgayCapNhat", "updated_at"),
    ];

    private static readonly (string Header, string Field)[] ColumnsB =
    [
        ("MaHoSo", "dossier_id"), ("MaDonVi", "unit_code"), ("MaTTHC", "procedure_code"), ("KenhThucHien", "channel"),
        ("NgayTiepNhan", "received_at"), ("NgayHenTra", "due_at"), ("NgayKetThucXuLy", "finished_at"), ("TrangThaiHoSo", "status"),
        ("SoLanBoSung", "supplement_requests"), ("NgayYeuCauBoSung", "supplement_requested_at"), ("NgayTra", "returned_at"),
        ("NgayCapNhat", "updated_at"), ("TenNguoiNop", Name),
    ];

    private static readonly (string Header, string Field)[] ColumnsC =
    [
        ("MaHoSo", "dossier_id"), ("TrangThai", "status"), ("MaCoQuan", "unit_code"), ("MaTTHC", "procedure_code"),
        ("KenhThucHien", "channel"), ("NgayTiepNhan", "received_at"), ("NgayHenTra", "due_at"), ("NgayKetThucXuLy", "finished_at"),
        ("NgayTra", "returned_at"), ("SoLanBoSung", "supplement_requests"), ("NgayYeuCauBoSung", "supplement_requested_at"),
        ("NgayCapNhat", "updated_at"), ("TenNguoiNop", Name),
    ];

    // The reasons of docs/specification.md §3.6 and §9 as the library words them.
    internal const string UnknownChannel = "unknown channel: expected direct, online, postal, 1, 2 or 3";
    internal const string NotATimestamp = "not a timestamp: expected 2023-01-16, 2023-01-16T09:30[:15][+07:00], 16/01/2023[ 09:30[:15]], 20230116 or 20230116093015";
    internal const string UnknownStatus = "unknown status: expected processing, awaiting_supplement, completed, refused, stopped, withdrawn, or a portal code 1 to 10";
    internal const string BeforeReceived = "before received_at";
    internal const string NotInUnits = "not in the units file";
    internal const string NoTimeLimit = "empty, and the procedure has no known time limit to compute it from (give due_at or the procedures file)";
    internal const string MonthAbove12 = "not a date in day/month/year order (a month above 12): check the date order — is the file month/day/year?";
    internal const string Repeats = "repeats an earlier row's id";

    private static readonly LocalDateTime[] ExportedAt =
    [
        new(2023, 1, 10, 17, 0, 0), new(2023, 2, 10, 17, 0, 0), new(2023, 3, 10, 17, 0, 0),
    ];

    private static readonly LocalDateTimePattern Portal = LocalDateTimePattern.CreateWithInvariantCulture("uuuuMMddHHmmss");
    private static readonly LocalDateTimePattern Iso = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss");
    private static readonly LocalDateTimePattern Slashes = LocalDateTimePattern.CreateWithInvariantCulture("dd/MM/uuuu HH:mm:ss");

    private static readonly string[] Applicants =
    [
        "Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Thu Dung", "Công ty TNHH Minh Phát, chi nhánh Huế",
        "Hộ kinh doanh \"Hoa Mai\"", "Võ Thị Em\nthôn 3, xã Hòa Bình", "Đặng Quốc Gia",
    ];

    private readonly string directory = Directory.CreateTempSubdirectory("reform-portal-").FullName;
    private readonly List<Row>[] rows = [[], [], []];
    private readonly Random random = new(Seed);
    private readonly Dictionary<RepeatsPolicy, Expectation> expected = [];
    private int freshIds;

    /// <summary>Generates the exports and their expected outcome.</summary>
    public PortalExportSet()
    {
        var sample = NationalSample.Create(2022, DossierCount, Seed);
        Units = sample.Units;
        UnitsFile = Path.Combine(directory, "units.csv");
        ProceduresFile = Path.Combine(directory, "procedures.csv");
        UnitFile.Write(sample.Units.Units, UnitsFile);
        ProcedureFile.Write(sample.Procedures.Procedures, ProceduresFile);
        Files = [Path.Combine(directory, "2023-01.csv"), Path.Combine(directory, "2023-02.parquet"), Path.Combine(directory, "2023-03.csv")];

        Dossier[] dossiers = [.. sample.Dossiers()];
        foreach (var dossier in dossiers)
        {
            AddDossier(dossier);
        }
        int goodRows = rows.Sum(r => r.Count);
        for (int i = 0; i < goodRows / 70; i++)
        {
            AddNeverReceived();
        }
        for (int i = 0; i < goodRows * 3 / 100; i++)
        {
            AddBad(dossiers, i % 16);
        }
        foreach (var list in rows)
        {
            Shuffle(list);
        }

        WriteCsv(Files[0], rows[0], ColumnsA, ',', bom: false, newLine: "\n");
        WriteParquet(Files[1], rows[1], ColumnsB);
        WriteCsv(Files[2], rows[2], ColumnsC, ';', bom: true, newLine: "\r\n");
        foreach (var policy in new[] { RepeatsPolicy.First, RepeatsPolicy.Latest })
        {
            expected[policy] = Expect(policy);
        }
    }

    /// <summary>The three exports, in reading order.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The units file (the sample's units).</summary>
    public string UnitsFile { get; }

    /// <summary>The procedures file (the sample's procedures).</summary>
    public string ProceduresFile { get; }

    /// <summary>The sample's units, for the reference report.</summary>
    public UnitRegistry Units { get; }

    /// <summary>The outcome docs/specification.md defines for the exports under <paramref name="policy"/>.</summary>
    public Expectation Expected(RepeatsPolicy policy) => expected[policy];

    /// <summary>How many rows of each role were generated (for the test's sanity checks).</summary>
    public (int Rows, int Bad, int NeverReceived, int Reappearing) Shape =>
        (rows.Sum(r => r.Count), rows.Sum(r => r.Count(x => x.Faults.Count > 0)), rows.Sum(r => r.Count(x => x.Excluded is not null)),
         rows.SelectMany(r => r).Where(x => x.Valid is not null).GroupBy(x => x.Valid!.Id).Count(g => g.Count() > 1));

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(directory, recursive: true);

    /// <summary>The outcome of the exports under one repeats policy.</summary>
    /// <param name="Accepted">The dossiers the report counts.</param>
    /// <param name="Read">Rows read.</param>
    /// <param name="Rejected">Rows rejected (a row once, however many faults).</param>
    /// <param name="Excluded">Rows never received.</param>
    /// <param name="Superseded">Rows superseded by a later state of their dossier.</param>
    /// <param name="Faults">Every fault of every rejected row.</param>
    /// <param name="ExcludedByReason">Excluded rows per reason.</param>
    public sealed record Expectation(
        IReadOnlyList<Dossier> Accepted, int Read, int Rejected, int Excluded, int Superseded,
        IReadOnlyList<Fault> Faults, IReadOnlyDictionary<string, int> ExcludedByReason);

    /// <summary>One fault of a rejected row, as the JSON report's <c>rejected</c> list gives it.</summary>
    public sealed record Fault(string File, long Row, string Column, string Reason, string? Value);

    private sealed class Row
    {
        public Dictionary<string, string> Fields { get; } = [];

        /// <summary>The dossier this row encodes, when the row is valid.</summary>
        public Dossier? Valid { get; init; }

        public LocalDateTime? UpdatedAt { get; set; }

        public List<(string Column, string Reason, string? Value)> Faults { get; } = [];

        public string? Excluded { get; init; }

        /// <summary>CSV only: the fields kept of a truncated line, or -1 for a line with one field more than the header; 0 = a whole line.</summary>
        public int Shape { get; init; }

        public int File { get; set; }

        public long Line { get; set; }
    }

    // ---- generation ----

    private void AddDossier(Dossier d)
    {
        int last = random.Next(3);
        int roll = random.Next(100);
        if (roll < 5 && last > 0)
        {
            // An earlier snapshot in an earlier export, the final state later.
            int earlier = random.Next(last);
            Add(earlier, Snapshot(d, awaiting: false), ExportedAt[earlier]);
            Add(last, d, ExportedAt[last]);
        }
        else if (roll < 8)
        {
            // Final state in February; a stale snapshot arrives in March with January's NgayCapNhat.
            Add(1, d, ExportedAt[1]);
            Add(2, Snapshot(d, awaiting: true), ExportedAt[0]);
        }
        else if (roll < 10)
        {
            // The same row again in the next export, with the same NgayCapNhat.
            int first = random.Next(2);
            var row = Add(first, d, ExportedAt[first]);
            var again = new Row { Valid = d, UpdatedAt = row.UpdatedAt };
            foreach (var (k, v) in row.Fields)
            {
                again.Fields[k] = v;
            }
            Place(first + 1, again);
        }
        else if (roll < 12)
        {
            // Final state with NgayCapNhat; a later export repeats an old snapshot without one (older than any row with one).
            int first = random.Next(2);
            Add(first, d, ExportedAt[first]);
            Add(first + 1, Snapshot(d, awaiting: false), null);
        }
        else if (roll < 14)
        {
            // Three states in three exports.
            Add(0, Snapshot(d, awaiting: false), ExportedAt[0]);
            Add(1, Snapshot(d, awaiting: true), ExportedAt[1]);
            Add(2, d, ExportedAt[2]);
        }
        else if (roll < 15)
        {
            // A bad row of the dossier first: it claims nothing (§3.6.1, §9.9).
            int first = random.Next(3);
            var bad = Encode(d, ExportedAt[first], valid: false);
            if (random.Next(2) == 0)
            {
                bad.Fields["channel"] = "fax";
                bad.Faults.Add(("channel", UnknownChannel, "fax"));
            }
            else
            {
                bad.Fields["status"] = "archived";
                bad.Faults.Add(("status", UnknownStatus, "archived"));
            }
            Place(first, bad);
            Add(Math.Min(2, first + random.Next(2)), d, ExportedAt[2]);
        }
        else if (roll < 16 && last > 0)
        {
            // Submitted online, not yet accepted in an earlier export (status 1: excluded), accepted later.
            int earlier = random.Next(last);
            var pending = new Row { Excluded = "not received: status 1" };
            pending.Fields["dossier_id"] = d.Id;
            pending.Fields["unit_code"] = d.UnitCode;
            pending.Fields["procedure_code"] = d.ProcedureCode;
            pending.Fields["channel"] = "2";
            pending.Fields["status"] = Pick("1", "receiving");
            pending.Fields["updated_at"] = Portal.Format(ExportedAt[earlier]);
            Place(earlier, pending);
            Add(last, d, ExportedAt[last]);
        }
        else
        {
            Add(last, d, ExportedAt[last]);
        }
    }

    /// <summary>An earlier, open state of <paramref name="d"/>: processing, or awaiting supplementation when it had a request.</summary>
    private static Dossier Snapshot(Dossier d, bool awaiting) =>
        awaiting && d.SupplementRequestedAt is { } requested
            ? new Dossier(d.Id, d.UnitCode, d.ProcedureCode, d.Channel, d.ReceivedAt, d.Due, DossierStatus.AwaitingSupplement,
                null, Math.Max(1, d.SupplementRequests), requested, d.DueGiven)
            : new Dossier(d.Id, d.UnitCode, d.ProcedureCode, d.Channel, d.ReceivedAt, d.Due, DossierStatus.Processing, dueGiven: d.DueGiven);

    private Row Add(int file, Dossier d, LocalDateTime? updatedAt)
    {
        var row = Encode(d, updatedAt, valid: true);
        Place(file, row);
        return row;
    }

    private void Place(int file, Row row)
    {
        row.File = file;
        rows[file].Add(row);
    }

    /// <summary>The portal text of a dossier's row, in the mixed forms real exports use.</summary>
    private Row Encode(Dossier d, LocalDateTime? updatedAt, bool valid)
    {
        var row = new Row { Valid = valid ? d : null, UpdatedAt = updatedAt };
        var f = row.Fields;
        f["dossier_id"] = d.Id;
        f["unit_code"] = d.UnitCode;
        f["procedure_code"] = d.ProcedureCode;
        f["channel"] = d.Channel switch
        {
            DossierChannel.Direct => Pick("1", "1", "direct"),
            DossierChannel.Online => Pick("2", "2", "online", "Online"),
            _ => Pick("3", "postal"),
        };
        f["received_at"] = Time(d.ReceivedAt);
        f["due_at"] = !d.DueGiven ? "" : Due(d.Due);
        f["status"] = d.Status switch
        {
            DossierStatus.Processing => Pick("2", "4", "6", "new", "processing", "paying", "Processing"),
            DossierStatus.AwaitingSupplement => Pick("5", "5", "waiting", "awaiting_supplement"),
            DossierStatus.Completed => Pick("9", "10", "10", "releasing", "done", "DONE", "completed"),
            DossierStatus.Refused => "refused",
            DossierStatus.Stopped => Pick("8", "unresolved", "stopped"),
            _ => Pick("7", "cancelled", "withdrawn"),
        };
        f["finished_at"] = "";
        f["returned_at"] = "";
        if (d.FinishedAt is { } finished)
        {
            int end = random.Next(100);
            if (end < 60)
            {
                f["finished_at"] = Time(finished);
            }
            else if (end < 85)
            {
                // Both: the end of processing is finished_at (EndPoint.Processed, the default).
                f["finished_at"] = Time(finished);
                f["returned_at"] = Time(finished.PlusMinutes(random.Next(30, 3 * 1_440)));
            }
            else
            {
                f["returned_at"] = Time(finished);
            }
        }
        f["supplement_requests"] = d.SupplementRequests == 0 ? Pick("0", "") : d.SupplementRequests.ToString(CultureInfo.InvariantCulture);
        f["supplement_requested_at"] = d.SupplementRequestedAt is { } requested ? Time(requested) : "";
        f["updated_at"] = updatedAt is { } u ? Time(u) : "";
        f[Name] = Applicants[random.Next(Applicants.Length)];
        return row;
    }

    private string Time(LocalDateTime t)
    {
        int form = random.Next(10);
        return form < 7 ? Portal.Format(t) : form < 9 ? Iso.Format(t) : Slashes.Format(t);
    }

    /// <summary>A due time; the end of a day as the portal and spreadsheets write a date-only appointment.</summary>
    private string Due(LocalDateTime due)
    {
        if (due.TimeOfDay == LocalTime.MaxValue)
        {
            var date = due.Date;
            int form = random.Next(10);
            return form < 5 ? DayFirst(date) + " 00:00:00" : form < 7 ? Digits(date) : form < 9 ? Digits(date) + "000000" : DayFirst(date);
        }
        if (due.TimeOfDay == LocalTime.Midnight || due.NanosecondOfSecond != 0)
        {
            throw new InvalidOperationException($"The sample's due time {due} has no exact portal form.");
        }
        return Time(due);
    }

    private static string DayFirst(LocalDate date) => string.Create(CultureInfo.InvariantCulture, $"{date.Day:00}/{date.Month:00}/{date.Year:0000}");

    private static string Digits(LocalDate date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year:0000}{date.Month:00}{date.Day:00}");

    private void AddNeverReceived()
    {
        string status = Pick("1", "3", "receiving", "denied", "RECEIVING", " 1");
        var row = new Row { Excluded = status.Trim() is "1" || status.Equals("receiving", StringComparison.OrdinalIgnoreCase) ? "not received: status 1" : "not received: status 3" };
        var f = row.Fields;
        f["dossier_id"] = FreshId("DK");
        f["unit_code"] = Pick("G01", "?", "");
        f["procedure_code"] = Pick("1.000002", "");
        f["channel"] = Pick("2", "online", "web");
        f["received_at"] = Pick("", "20221305", "20220301090000");
        f["status"] = status;
        f["updated_at"] = Portal.Format(ExportedAt[random.Next(3)]);
        f[Name] = Applicants[random.Next(Applicants.Length)];
        Place(random.Next(3), row);
    }

    /// <summary>A bad row of one of 16 kinds, from a sample dossier under a fresh id, with the faults §3.6 and §9 give it.</summary>
    private void AddBad(Dossier[] dossiers, int kind)
    {
        int file = random.Next(3);
        if (kind is 8 or 12 or 13 && file == 1)
        {
            file = 2 * random.Next(2); // a line shape or a text NgayCapNhat: CSV only
        }
        Dossier d;
        do
        {
            d = dossiers[random.Next(dossiers.Length)];
        }
        while (!Fits(d, kind));
        var row = Encode(d, ExportedAt[file], valid: false);
        var f = row.Fields;
        f["dossier_id"] = FreshId("HSX");
        switch (kind)
        {
            case 0:
                f["channel"] = Pick("fax", "4", "email");
                row.Faults.Add(("channel", UnknownChannel, f["channel"]));
                break;
            case 1:
                f["received_at"] = Portal.Format(d.ReceivedAt).Remove(4, 2).Insert(4, "13"); // month 13
                row.Faults.Add(("received_at", NotATimestamp, f["received_at"]));
                break;
            case 2:
                f["status"] = Pick("10", "done", "9");
                f["finished_at"] = Portal.Format(d.ReceivedAt.PlusHours(-3));
                f["returned_at"] = "";
                row.Faults.Add(("finished_at", BeforeReceived, f["finished_at"]));
                break;
            case 3:
                string status = Pick("10", "cancelled", "8", "refused");
                f["status"] = status;
                f["finished_at"] = "";
                f["returned_at"] = "";
                string named = status switch { "10" => "completed", "cancelled" => "withdrawn", "8" => "stopped", _ => "refused" };
                row.Faults.Add(("finished_at", "required when status is " + named, null));
                break;
            case 4:
                f["unit_code"] = "ZZ" + random.Next(100, 999).ToString(CultureInfo.InvariantCulture);
                row.Faults.Add(("unit_code", NotInUnits, f["unit_code"]));
                break;
            case 5:
                f["procedure_code"] = "9.99" + random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture);
                f["due_at"] = "";
                row.Faults.Add(("due_at", NoTimeLimit, f["procedure_code"]));
                break;
            case 6:
                // Month first, the day above 12: impossible day first (§9.7).
                f["due_at"] = string.Create(CultureInfo.InvariantCulture, $"{d.Due.Month:00}/{d.Due.Day:00}/{d.Due.Year:0000} 00:00:00");
                row.Faults.Add(("due_at", MonthAbove12, f["due_at"]));
                break;
            case 7:
                f["status"] = Pick("11", "archived", "0", "da_tra");
                row.Faults.Add(("status", UnknownStatus, f["status"]));
                break;
            case 8:
                f["updated_at"] = Pick("2023013117", "31/01/2023 25:00:00", "hôm qua");
                row.UpdatedAt = null;
                row.Faults.Add(("updated_at", NotATimestamp, f["updated_at"]));
                break;
            case 9:
                f["status"] = Pick("5", "waiting");
                f["finished_at"] = "";
                f["returned_at"] = "";
                f["supplement_requests"] = "1";
                f["supplement_requested_at"] = "";
                row.Faults.Add(("supplement_requested_at", "required when status is awaiting_supplement", null));
                break;
            case 10:
                f["status"] = Pick("4", "processing", "2");
                f["finished_at"] = Portal.Format(d.ReceivedAt.PlusHours(2));
                f["returned_at"] = "";
                row.Faults.Add(("finished_at", "must be empty when status is processing", f["finished_at"]));
                break;
            case 11:
                f["channel"] = "fax";
                f["status"] = "archived";
                row.Faults.Add(("channel", UnknownChannel, "fax"));
                row.Faults.Add(("status", UnknownStatus, "archived"));
                break;
            case 12:
                row = Reshape(row, 7); // truncated after 7 fields; its fault depends on the file's header
                break;
            case 13:
                row = Reshape(row, -1); // one field more than the header
                break;
            case 14:
                f["due_at"] = Digits(d.ReceivedAt.Date.PlusDays(-2));
                row.Faults.Add(("due_at", BeforeReceived, f["due_at"]));
                break;
            default:
                f["supplement_requests"] = "-1";
                row.Faults.Add(("supplement_requests", "must not be negative", "-1"));
                break;
        }
        Place(file, row);
    }

    private static bool Fits(Dossier d, int kind) => kind switch
    {
        1 => d.DueGiven && d.FinishedAt is null, // nothing else depends on the receipt
        6 => d.DueGiven && d.Due.TimeOfDay == LocalTime.MaxValue && d.Due.Day > 12,
        _ => true,
    };

    private static Row Reshape(Row row, int shape)
    {
        var copy = new Row { Shape = shape, UpdatedAt = row.UpdatedAt };
        foreach (var (k, v) in row.Fields)
        {
            copy.Fields[k] = v;
        }
        return copy;
    }

    private string FreshId(string prefix) => prefix + (++freshIds).ToString("000000", CultureInfo.InvariantCulture);

    private string Pick(params string[] choices) => choices[random.Next(choices.Length)];

    private void Shuffle(List<Row> list)
    {
        for (int i = list.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    // ---- writing ----

    private static void WriteCsv(string path, List<Row> list, (string Header, string Field)[] columns, char separator, bool bom, string newLine)
    {
        var text = new StringBuilder();
        text.Append(string.Join(separator, columns.Select(c => c.Header))).Append(newLine);
        long line = 2;
        foreach (var row in list)
        {
            row.Line = line;
            var values = columns.Select(c => Quote(row.Fields.GetValueOrDefault(c.Field, ""), separator)).ToList();
            if (row.Shape > 0)
            {
                values = values.Take(row.Shape).ToList();
                string missing = FieldOrder.First(field => Array.FindIndex(columns, c => c.Field == field) >= row.Shape);
                row.Faults.Add((missing, $"missing: the line has {row.Shape} fields, the header has {columns.Length} (a truncated line?)", null));
            }
            else if (row.Shape < 0)
            {
                values.Add("x");
                var lastColumn = columns[^1];
                string column = lastColumn.Field == Name ? lastColumn.Header : lastColumn.Field;
                row.Faults.Add((column, $"the line has {columns.Length + 1} fields, the header has {columns.Length} (an unquoted separator in a value?)", null));
            }
            string record = string.Join(separator, values);
            text.Append(record).Append(newLine);
            line += 1 + record.Count(c => c == '\n');
        }
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(bom));
    }

    private static string Quote(string value, char separator) =>
        value.IndexOfAny([separator, '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>Text columns (empty = null), <c>SoLanBoSung</c> as 32-bit integers and <c>NgayCapNhat</c> as a timestamp, as a data team's conversion writes them.</summary>
    private static void WriteParquet(string path, List<Row> list, (string Header, string Field)[] columns)
    {
        var schema = columns.Select(c => c.Field switch
        {
            "supplement_requests" => (ParquetSharp.Column)new ParquetSharp.Column<int?>(c.Header),
            "updated_at" => new ParquetSharp.Column<DateTime?>(c.Header, ParquetSharp.LogicalType.Timestamp(isAdjustedToUtc: false, ParquetSharp.TimeUnit.Micros)),
            _ => new ParquetSharp.Column<string>(c.Header),
        }).ToArray();
        using var file = new ParquetSharp.ParquetFileWriter(path, schema);
        for (int i = 0; i < list.Count; i++)
        {
            list[i].Line = i + 2;
        }
        foreach (var group in list.Chunk(1_000))
        {
            using var rowGroup = file.AppendRowGroup();
            foreach (var (_, field) in columns)
            {
                switch (field)
                {
                    case "supplement_requests":
                    {
                        using var writer = rowGroup.NextColumn().LogicalWriter<int?>();
                        writer.WriteBatch([.. group.Select(r => r.Fields.GetValueOrDefault(field, "") is { Length: > 0 } n ? int.Parse(n, CultureInfo.InvariantCulture) : (int?)null)]);
                        break;
                    }
                    case "updated_at":
                    {
                        using var writer = rowGroup.NextColumn().LogicalWriter<DateTime?>();
                        writer.WriteBatch([.. group.Select(r => r.UpdatedAt?.ToDateTimeUnspecified())]);
                        break;
                    }
                    default:
                    {
                        using var writer = rowGroup.NextColumn().LogicalWriter<string?>();
                        writer.WriteBatch([.. group.Select(r => r.Fields.GetValueOrDefault(field, "") is { Length: > 0 } v ? v : null)]);
                        break;
                    }
                }
            }
        }
        file.Close();
    }

    // ---- the expected outcome (docs/specification.md §9.4, §9.9, §9.10) ----

    private Expectation Expect(RepeatsPolicy policy)
    {
        var read = rows.SelectMany(r => r).ToList(); // reading order: file by file, row by row
        read.Sort((a, b) => a.File != b.File ? a.File.CompareTo(b.File) : a.Line.CompareTo(b.Line));
        var faults = new List<Fault>();
        var excludedByReason = new Dictionary<string, int>();
        int rejected = 0, excluded = 0, superseded = 0;
        var valid = new List<(Row Row, int Order)>();
        for (int i = 0; i < read.Count; i++)
        {
            var row = read[i];
            if (row.Excluded is { } reason)
            {
                excluded++;
                excludedByReason[reason] = excludedByReason.GetValueOrDefault(reason) + 1;
            }
            else if (row.Faults.Count > 0)
            {
                rejected++;
                faults.AddRange(row.Faults.Select(f => new Fault(Files[row.File], row.Line, f.Column, f.Reason, f.Value)));
            }
            else
            {
                valid.Add((row, i));
            }
        }
        var accepted = new List<Dossier>();
        foreach (var rowsOfId in valid.GroupBy(v => v.Row.Valid!.Id))
        {
            var ordered = rowsOfId.OrderBy(v => v.Order).ToList();
            var kept = policy == RepeatsPolicy.First
                ? ordered[0]
                : ordered.OrderBy(v => v.Row.UpdatedAt.HasValue).ThenBy(v => v.Row.UpdatedAt ?? default).ThenBy(v => v.Order).Last();
            accepted.Add(kept.Row.Valid!);
            foreach (var other in ordered.Where(v => v.Order != kept.Order))
            {
                if (policy == RepeatsPolicy.First)
                {
                    rejected++;
                    faults.Add(new Fault(Files[other.Row.File], other.Row.Line, "dossier_id", Repeats, other.Row.Valid!.Id));
                }
                else
                {
                    superseded++;
                }
            }
        }
        return new Expectation(accepted, read.Count, rejected, excluded, superseded, faults, excludedByReason);
    }
}

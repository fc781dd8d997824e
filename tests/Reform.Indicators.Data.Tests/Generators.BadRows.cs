using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Reform.Indicators.Dossiers;

namespace Reform.Indicators.Data.Tests;

public static partial class Generators
{
    /// <summary>
    /// Dossier files as CSV text: the realistic dossiers of <see cref="Dossiers"/>, written by
    /// <see cref="DossierFile.Write(IEnumerable{Dossier}, Stream, DataFormat)"/>, with some lines
    /// changed into every kind of bad row (each validation rule, repeated ids, truncated and
    /// overlong lines, fields too long, unknown unit or procedure) and into unusual but valid forms
    /// (padding — also with white space beyond ASCII —, ids beyond ASCII, quotes, Vietnamese dates, offsets, fractions, portal channel codes, blank lines).
    /// </summary>
    public static Arbitrary<string> DossierCsvWithBadRows() =>
        (from dossiers in Dossiers().Generator
         from n in Gen.Choose(0, 25)
         from changes in Gen.ArrayOf(Change, n)
         select Mutate(dossiers, changes)).ToArbitrary();

    private const int Mutations = 38;

    private static readonly Gen<(int Line, int Kind, int Extra)> Change =
        from line in Gen.Choose(0, 400) from kind in Gen.Choose(0, Mutations - 1) from extra in Gen.Choose(0, 1000) select (line, kind, extra);

    private static string Mutate(Dossier[] dossiers, (int Line, int Kind, int Extra)[] changes)
    {
        using var stream = new MemoryStream();
        DossierFile.Write(dossiers, stream, DataFormat.Csv);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        foreach (var (line, kind, extra) in changes)
        {
            if (lines.Count < 2)
            {
                break;
            }
            int i = 1 + (line % (lines.Count - 1));
            var f = lines[i].Split(',');
            if (f.Length != 14)
            {
                continue; // already changed into something else
            }
            int timestamp = extra % 4 switch { 0 => 4, 1 => 5, 2 => 6, _ => 9 };
            switch (kind)
            {
                case 0: f[extra % 10] = ""; break;
                case 1: f[timestamp] = "yesterday"; break;
                case 2: f[3] = "fax"; break;
                case 3: f[7] = "lost"; break;
                case 4: f[extra % 10] = " " + f[extra % 10] + "\t"; break;
                case 5: f[timestamp] = Vietnamese(f[timestamp]); break;
                case 6: f[timestamp] = f[timestamp].Length > 10 ? f[timestamp] + (extra % 2 == 0 ? "+07:00" : "Z") : f[timestamp]; break;
                case 7: f[0] = lines[1 + (extra % (lines.Count - 1))].Split(',')[0]; break;
                case 8: f[8] = extra % 2 == 0 ? "-1" : "x"; break;
                case 9: lines[i] = string.Join(',', f.Take(1 + (extra % 13))); continue;
                case 10: lines[i] = string.Join(',', f) + ",extra"; continue;
                case 11: f[1] = "99999"; break;
                case 12: f[5] = ""; f[2] = "9.999999"; break;
                case 13: f[extra % 10] = "\"" + f[extra % 10] + "\""; break;
                case 14: f[extra % 10] = new string('x', 4090 + (extra % 10)); break;
                case 15: lines.Insert(i, extra % 2 == 0 ? "" : "  "); continue;
                case 16: f[5] = ""; break;
                case 17: f[7] = f[7].ToUpperInvariant(); f[3] = f[3] switch { "direct" => "1", "online" => "2", _ => "3" }; break;
                case 18: f[timestamp] = (extra % 3) switch { 0 => "2022-13-01", 1 => "2022-02-30T08:00", _ => "2022-01-03T24:00" }; break;
                case 19: f[timestamp] = f[timestamp].Length == 19 ? f[timestamp] + ".5" : f[timestamp]; break;
                case 20: f[timestamp] = f[timestamp].Length == 19 ? f[timestamp][..16] : f[timestamp]; break;
                case 21: f[timestamp] = f[timestamp].Length == 19 ? f[timestamp].Replace('T', ' ') : f[timestamp]; break;
                case 22: f[6] = f[6].Length == 0 ? "2022-06-01T10:00:00" : ""; break;        // final without finish, or open with one
                case 23: f[6] = f[6].Length > 0 ? "2000-01-01T00:00:00" : f[6]; break;       // finished before received
                case 24: f[5] = "2000-01-01"; break;                                         // due before received
                case 25: f[7] = "awaiting_supplement"; f[6] = ""; f[9] = extra % 2 == 0 ? "" : f[4]; break;
                case 26: f[0] = "\"" + f[0] + "\n" + f[0] + "\""; break;                     // a quoted new line: row numbers shift
                case 27: f[0] = new string(' ', 1 + (extra % 3)); break;                     // white space only
                case 28: f[0] = (extra % 3) switch { 0 => "\u3000" + f[0] + "\u00A0", 1 => "\u0085" + f[0] + "\u2003", _ => "\u3000" }; break; // white space beyond ASCII
                case 29: f[0] = "HS-Đ" + (extra % 5).ToString(System.Globalization.CultureInfo.InvariantCulture) + (extra % 2 == 0 ? "" : "\u1EA1"); break; // ids beyond ASCII, repeated
                // Portal shapes (docs/specification.md §9).
                case 30: f[7] = Portal(f[7], extra); break;                                  // codes 2, 4-10 and the portal's words
                case 31: f[7] = (extra % 4) switch { 0 => "1", 1 => "3", 2 => "receiving", _ => " Denied " }; break; // never received: excluded
                case 32: f[timestamp] = Digits(f[timestamp]); break;                         // yyyyMMddHHmmss, yyyyMMdd
                case 33: f[10] = f[6].Length > 0 ? f[6] : f[4]; f[6] = extra % 2 == 0 ? "" : f[6]; break; // returned_at, as the end or beside it
                case 34: f[11] = (extra % 3) switch { 0 => "not a time", 1 => f[4], _ => Digits(f[4]) }; break; // updated_at
                case 35: f[12] = "000.00.01.H" + (extra % 7).ToString(System.Globalization.CultureInfo.InvariantCulture); f[13] = (extra % 4) switch { 0 => "1", 1 => "FALSE", 2 => "maybe", _ => "" }; break;
                case 36: f[5] = f[5].Length == 10 ? f[5] + (extra % 2 == 0 ? "T00:00:00" : " 00:00") : f[5]; break; // a due date written as midnight
                case 37: f[timestamp] = (extra % 2) switch { 0 => "13/12/2022", _ => "12/31/2022 08:00" }; break; // one order only: the other is refused with a hint
            }
            lines[i] = string.Join(',', f);
        }
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>A canonical status as one of the portal's codes or words for it (refused has none: kept).</summary>
    private static string Portal(string status, int extra) => status switch
    {
        "processing" => (extra % 6) switch { 0 => "2", 1 => "4", 2 => "6", 3 => "new", 4 => "paying", _ => "processing" },
        "awaiting_supplement" => extra % 2 == 0 ? "5" : "waiting",
        "completed" => (extra % 4) switch { 0 => "9", 1 => "10", 2 => "releasing", _ => "DONE" },
        "stopped" => extra % 2 == 0 ? "8" : "unresolved",
        "withdrawn" => extra % 2 == 0 ? "7" : "cancelled",
        _ => status,
    };

    /// <summary>2022-01-03T08:00:00 as 20220103080000, 2022-01-03 as 20220103 (other shapes kept).</summary>
    private static string Digits(string iso) => iso.Length switch
    {
        10 when iso[4] == '-' => iso.Replace("-", "", StringComparison.Ordinal),
        19 when iso[4] == '-' => iso.Replace("-", "", StringComparison.Ordinal).Replace("T", "", StringComparison.Ordinal).Replace(":", "", StringComparison.Ordinal),
        _ => iso,
    };

    /// <summary>2022-01-03T08:00:00 as 3/1/2022 08:00:00 (or 03/01/2022).</summary>
    private static string Vietnamese(string iso)
    {
        if (iso.Length < 10 || iso[4] != '-')
        {
            return iso;
        }
        string date = $"{int.Parse(iso[8..10], System.Globalization.CultureInfo.InvariantCulture)}/{iso[5..7]}/{iso[..4]}";
        return iso.Length > 10 ? date + " " + iso[11..] : date;
    }
}

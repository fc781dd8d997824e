using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Units;

/// <summary>
/// Builds the commune crosswalk of 1 July 2025 from the anchor codes and the published text of
/// what each new commune was formed from (<c>commune-composition-2025-07-01.csv</c>).
/// </summary>
/// <remarks>
/// <para>The method (docs/units.md, "The commune crosswalk"):</para>
/// <list type="number">
/// <item>The text is split at commas and at <c>và</c> ("and") outside parentheses.</item>
/// <item>A piece that says <c>một phần</c> ("part of") makes it and the pieces after it parts; one
/// that says <c>phần còn lại</c> ("the rest of") makes it and the pieces after it remainders; a
/// parenthesis saying <c>phần còn lại</c> makes its own piece a remainder. Pieces before any
/// such words are whole communes.</item>
/// <item>The name is what follows the last commune-type word (<c>phường</c>, <c>xã</c>,
/// <c>thị trấn</c>), or the whole piece when there is none, cut at <c>sau khi</c> ("after the
/// rearrangement"); a piece that is only the words about area and population names nothing.</item>
/// <item>The name is looked up among the old communes of the old provinces the new province was
/// formed from, compared without case, type word, hyphens or leading zeros, with the tone mark of
/// <c>oa</c>, <c>oe</c>, <c>uy</c> in one placement. A district in parentheses
/// (<c>(quận Hà Đông)</c>) narrows the candidates; when several remain and one kept the new code,
/// that one; when several still remain, the one in an old district that the row's unambiguous
/// pieces came from, if exactly one is; otherwise the piece is reported as unmatched.</item>
/// <item>Each new code that is an old commune's code links that commune (the anchor) when the text
/// did not already.</item>
/// <item>A row whose code is not a commune of 1 July 2025 (the source has one: 00071 for Phường Hiệp Hòa, whose code is 07147) is read as the province's new commune of the same name, and reported.</item>
/// <item>Old communes that no link reaches are reported.</item>
/// </list>
/// </remarks>
internal static class CommuneComposition
{
    private static readonly Lazy<UnitCrosswalk> LazyCrosswalk = new(Build);

    private static readonly Regex CommuneType = new(@"(?:^|\s)(?:phường|xã|thị trấn)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex UnitTypePrefix = new(@"^(?:phường|xã|thị trấn|quận|huyện|thị xã|thành phố|tỉnh|đặc khu)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex DistrictHint = new(@"^(?:quận|huyện|thị xã|thành phố)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly (string Old, string New)[] ToneMarks =
    [
        ("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"),
        ("òe", "oè"), ("óe", "oé"), ("ỏe", "oẻ"), ("õe", "oẽ"), ("ọe", "oẹ"),
        ("ùy", "uỳ"), ("úy", "uý"), ("ủy", "uỷ"), ("ũy", "uỹ"), ("ụy", "uỵ"),
    ];

    /// <summary>The crosswalk from the 10,035 communes of 30 June 2025 to the 3,321 of 1 July 2025.</summary>
    internal static UnitCrosswalk Crosswalk2025 => LazyCrosswalk.Value;

    /// <summary>A name in the form it is compared in (see the remarks).</summary>
    internal static string Key(string name)
    {
        string text = UnitTypePrefix.Replace(name.Normalize().Trim(), "").ToLowerInvariant();
        foreach (var (old, replacement) in ToneMarks)
        {
            text = text.Replace(old, replacement, StringComparison.Ordinal);
        }
        var words = text.Replace('-', ' ').Replace('–', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.All(char.IsAsciiDigit) ? w.TrimStart('0') is { Length: > 0 } n ? n : "0" : w);
        return string.Join(' ', words);
    }

    /// <summary>The pieces of one composition text: the name's key, its share and the district named in parentheses (a key too), in order.</summary>
    internal static IEnumerable<(string Name, string Key, CrosswalkShare Share, string? District)> Pieces(string text)
    {
        var mode = CrosswalkShare.Whole;
        foreach (var piece in SplitTopLevel(text.Normalize()))
        {
            var (body, parentheses) = Parentheses(piece);
            string lower = body.ToLowerInvariant();
            if (lower.Contains("phần còn lại", StringComparison.Ordinal))
            {
                mode = CrosswalkShare.Remainder;
            }
            else if (lower.Contains("một phần", StringComparison.Ordinal))
            {
                mode = CrosswalkShare.Part;
            }
            var share = parentheses.Any(p => p.Contains("phần còn lại", StringComparison.OrdinalIgnoreCase)) ? CrosswalkShare.Remainder : mode;
            string? district = parentheses.Where(p => DistrictHint.IsMatch(p)).Select(Key).FirstOrDefault();
            int after = lower.IndexOf("sau khi", StringComparison.Ordinal);
            if (after >= 0)
            {
                body = body[..after];
            }
            var types = CommuneType.Matches(body);
            string name = (types.Count > 0 ? body[(types[^1].Index + types[^1].Length)..] : body).Trim();
            string nameLower = name.ToLowerInvariant();
            if (name.Length == 0 || nameLower.Contains("diện tích", StringComparison.Ordinal) || nameLower.Contains("dân số", StringComparison.Ordinal)
                || nameLower.Contains("một phần", StringComparison.Ordinal) || nameLower.Contains("phần còn lại", StringComparison.Ordinal))
            {
                continue;
            }
            yield return (name, Key(name), share, district);
        }
    }

    private static UnitCrosswalk Build()
    {
        var registry = VietnamUnits.Registry;
        LocalDate reform = VietnamUnits.ReformDate;
        var before = registry.AsOf(reform.PlusDays(-1));
        // Old communes by old province, then by name key.
        var byProvince = new Dictionary<string, Dictionary<string, List<(AdministrativeUnit Commune, string District)>>>(StringComparer.Ordinal);
        foreach (var commune in before.OfLevel(GovernmentLevel.Commune))
        {
            var ancestors = before.Ancestors(commune.Code);
            string province = ancestors[^1].Code;
            string district = ancestors.Count > 1 ? Key(ancestors[0].Name) : "";
            var names = byProvince.TryGetValue(province, out var n) ? n : byProvince[province] = new(StringComparer.Ordinal);
            (names.TryGetValue(Key(commune.Name), out var list) ? list : names[Key(commune.Name)] = []).Add((commune, district));
        }
        var links = new Dictionary<(string Old, string New), UnitCrosswalkLink>();
        var unmatched = new List<UnmatchedComposition>();
        var after = registry.AsOf(reform);
        foreach (var row in EmbeddedCsv.Read("commune-composition-2025-07-01.csv"))
        {
            string newCode = row["unit_code"];
            if (!after.Contains(newCode) || after[newCode].Level != GovernmentLevel.Commune)
            {
                // The source has a wrong code on a row or two (00071 for Phường Hiệp Hòa, 07147): take the
                // province's new commune of that name, and say so.
                var byName = after.Children(row["province_code"]).Where(c => Key(c.Name) == Key(row["name"])).ToList();
                unmatched.Add(new UnmatchedComposition(newCode, row["name"], byName.Count == 1
                    ? $"not a commune code of {IsoDates.Format(reform)}; read as {byName[0].Code}, the province's commune of that name"
                    : $"not a commune code of {IsoDates.Format(reform)}, and no single commune of the province has that name; its text is skipped"));
                if (byName.Count != 1)
                {
                    continue;
                }
                newCode = byName[0].Code;
            }
            var oldProvinces = VietnamProvinces.FormedFrom2025.TryGetValue(row["province_code"], out var formed) ? formed : [row["province_code"]];
            // First the pieces that name one old commune; then the others, narrowed to the old districts
            // those came from (a new commune is nearly always formed within one or two old districts).
            var pending = new List<(string Name, CrosswalkShare Share, List<(AdministrativeUnit Commune, string District)> Candidates)>();
            foreach (var (name, key, share, district) in Pieces(row["formed_from"]))
            {
                var candidates = oldProvinces
                    .SelectMany(p => byProvince.TryGetValue(p, out var names) && names.TryGetValue(key, out var list) ? list : [])
                    .ToList();
                if (district is not null && candidates.Count > 1)
                {
                    var narrowed = candidates.Where(c => c.District == district).ToList();
                    candidates = narrowed.Count > 0 ? narrowed : candidates;
                }
                if (candidates.Count > 1 && candidates.FindIndex(c => c.Commune.Code == newCode) is var anchor and >= 0)
                {
                    candidates = [candidates[anchor]];
                }
                pending.Add((name, share, candidates));
            }
            var districts = pending.Where(p => p.Candidates.Count == 1).Select(p => p.Candidates[0].District).ToHashSet(StringComparer.Ordinal);
            foreach (var (name, share, all) in pending)
            {
                var candidates = all.Count > 1 && all.Where(c => districts.Contains(c.District)).ToList() is { Count: 1 } inDistrict ? inDistrict : all;
                if (candidates.Count == 1)
                {
                    links.TryAdd((candidates[0].Commune.Code, newCode), new UnitCrosswalkLink(candidates[0].Commune.Code, newCode, share, CrosswalkOrigin.Composition));
                }
                else
                {
                    unmatched.Add(new UnmatchedComposition(newCode, name, candidates.Count == 0
                        ? "no old commune of that name in the province"
                        : string.Create(CultureInfo.InvariantCulture, $"{candidates.Count} old communes of that name in the province")));
                }
            }
            if (before.Contains(newCode) && before[newCode].Level == GovernmentLevel.Commune)
            {
                links.TryAdd((newCode, newCode), new UnitCrosswalkLink(newCode, newCode, CrosswalkShare.Whole, CrosswalkOrigin.Anchor));
            }
        }
        var reached = links.Keys.Select(k => k.Old).ToHashSet(StringComparer.Ordinal);
        foreach (var commune in before.OfLevel(GovernmentLevel.Commune))
        {
            if (!reached.Contains(commune.Code))
            {
                unmatched.Add(new UnmatchedComposition("", $"{commune.Code} {commune.Name}", "not reached by any link"));
            }
        }
        return new UnitCrosswalk(reform, links.Values, unmatched);
    }

    private static IEnumerable<string> SplitTopLevel(string text)
    {
        var piece = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            bool and = depth == 0 && c == ' ' && string.CompareOrdinal(text, i, " và ", 0, 4) == 0;
            if (depth == 0 && (c == ',' || c == ';' || and))
            {
                yield return piece.ToString();
                piece.Clear();
                i += and ? 3 : 0;
                continue;
            }
            piece.Append(c);
        }
        yield return piece.ToString();
    }

    private static (string Body, List<string> Parentheses) Parentheses(string piece)
    {
        var body = new StringBuilder();
        var inner = new List<string>();
        var current = new StringBuilder();
        int depth = 0;
        foreach (char c in piece)
        {
            if (c == '(')
            {
                if (depth++ > 0)
                {
                    current.Append(c);
                }
                continue;
            }
            if (c == ')' && depth > 0)
            {
                if (--depth == 0)
                {
                    inner.Add(current.ToString().Trim());
                    current.Clear();
                }
                else
                {
                    current.Append(c);
                }
                continue;
            }
            (depth > 0 ? current : body).Append(c);
        }
        return (body.ToString().Trim(), inner);
    }
}

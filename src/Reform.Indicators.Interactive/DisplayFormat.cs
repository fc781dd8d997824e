using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Interactive;

/// <summary>
/// How the notebook display (<see cref="HtmlViews"/>) and the charts (<see cref="Charts"/>) write
/// numbers, dates and table headers: <see cref="Invariant"/> (<c>99.33%</c>, <c>1,234</c>,
/// <c>2022-06-02</c>) unless <see cref="Culture"/> is set, e.g. to <see cref="Vietnamese"/>
/// (<c>99,33%</c>, <c>1.234</c>, <c>02/06/2022</c>, Vietnamese table headers).
/// </summary>
/// <remarks>
/// <para>Only what is shown changes: values, exports (CSV, Parquet, xlsx) and the command line stay
/// invariant, so files read the same everywhere. An xlsx export holds numbers as numbers, which
/// Excel shows with the reader's own decimal comma.</para>
/// <para>Reading is separate: dossier files are read day first (<c>02/06/2023</c> is 2 June 2023) by
/// default (<c>DossierReadPolicy.DateOrder</c>, <c>reform report --date-order</c>).</para>
/// <para>The setting is one for the process (a notebook session): set it once in a cell.
/// Sentences of the display (e.g. "… and 13 more groups") stay in English.</para>
/// </remarks>
/// <example><c>DisplayFormat.Culture = DisplayFormat.Vietnamese;</c> then <c>new Rate(9_933, 10_000)</c> shows <c>99,33% (9.933/10.000)</c>.</example>
public static partial class DisplayFormat
{
    /// <summary>The default: <c>99.33%</c>, <c>1,234</c>, dates as <c>2022-06-02</c>, English headers.</summary>
    public static CultureInfo Invariant => CultureInfo.InvariantCulture;

    /// <summary>
    /// Vietnamese conventions: decimal comma (<c>99,33%</c>), a dot between thousands
    /// (<c>1.234</c>), dates as <c>dd/MM/yyyy</c>, and Vietnamese table headers. Built here (not
    /// looked up from the machine's locale data), so it is the same on every machine.
    /// </summary>
    public static CultureInfo Vietnamese { get; } = CreateVietnamese();

    /// <summary>The conventions in use; <see cref="Invariant"/> unless set.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public static CultureInfo Culture
    {
        get => culture;
        set => culture = value ?? throw new ArgumentNullException(nameof(value));
    }

    private static CultureInfo culture = CultureInfo.InvariantCulture;

    /// <summary>Whether headers are shown in Vietnamese: <see cref="Vietnamese"/> or any culture of the Vietnamese language.</summary>
    internal static bool IsVietnamese => ReferenceEquals(Culture, Vietnamese) || Culture.TwoLetterISOLanguageName == "vi";

    /// <summary>A text formatted with <see cref="Culture"/>.</summary>
    internal static string Format(FormattableString text) => text.ToString(Culture);

    /// <summary>A date: <c>2022-06-02</c>, or <c>02/06/2022</c> in Vietnamese.</summary>
    internal static string Date(LocalDate date) =>
        date.ToString(IsVietnamese ? "dd'/'MM'/'uuuu" : "uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);

    /// <summary>A period in one line: <c>2022 (2022-01-01..2022-12-31)</c>, or <c>2022 (01/01/2022–31/12/2022)</c> in Vietnamese.</summary>
    internal static string Period(ReportingPeriod period) =>
        !IsVietnamese ? period.ToString() : $"{period.Name} ({Date(period.First)}–{Date(period.Last)})";

    /// <summary>
    /// A text the core library wrote with invariant numbers (<c>+17.50 pp (+49.58%)</c>, <c>+1,358</c>)
    /// in the conventions of <see cref="Culture"/>: the separators between digits follow its number format.
    /// </summary>
    internal static string Numbers(string invariantText)
    {
        var format = Culture.NumberFormat;
        if (format.NumberDecimalSeparator == "." && format.NumberGroupSeparator == ",")
        {
            return invariantText;
        }
        return DigitSeparator().Replace(invariantText, m => m.Value == "." ? format.NumberDecimalSeparator : format.NumberGroupSeparator);
    }

    /// <summary>The table headers of <paramref name="html"/> (<c>&lt;th&gt;name&lt;/th&gt;</c>) in Vietnamese when <see cref="IsVietnamese"/>; unknown headers stay.</summary>
    internal static string Headers(string html) =>
        !IsVietnamese ? html : HeaderCell().Replace(html, m => VietnameseHeaders.TryGetValue(m.Groups[1].Value, out var vi) ? $"<th>{vi}</th>" : m.Value);

    /// <summary>"95% CI", or "KTC 95%" (khoảng tin cậy) in Vietnamese.</summary>
    internal static string Interval => IsVietnamese ? "KTC 95%" : "95% CI";

    private static readonly Dictionary<string, string> VietnameseHeaders = new(StringComparer.Ordinal)
    {
        ["key"] = "mã",
        ["name"] = "tên",
        ["level"] = "cấp",
        ["period"] = "kỳ",
        ["in scope"] = "tổng số hồ sơ",
        ["received"] = "tiếp nhận",
        ["resolved"] = "đã giải quyết",
        ["on-time resolution"] = "giải quyết đúng hạn",
        ["on-time handling"] = "xử lý đúng hạn",
        ["online"] = "trực tuyến",
        ["rate"] = "tỷ lệ",
        ["change"] = "thay đổi",
        ["column"] = "cột",
        ["reason"] = "lý do",
        ["count"] = "số lượng",
        ["row"] = "dòng",
        ["value"] = "giá trị",
        ["file"] = "tệp",
        ["indicator"] = "chỉ tiêu",
        ["numerator"] = "tử số",
        ["denominator"] = "mẫu số",
        ["ratio"] = "tỷ lệ",
        ["points"] = "điểm",
        ["max"] = "tối đa",
        ["target"] = "chỉ tiêu",
        ["status"] = "tình trạng",
        ["actual"] = "thực tế",
        ["gap"] = "chênh lệch",
        ["source"] = "căn cứ",
        ["failing unit"] = "đơn vị chưa đạt",
    };

    private static CultureInfo CreateVietnamese()
    {
        var vietnamese = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        var numbers = vietnamese.NumberFormat;
        numbers.NumberDecimalSeparator = numbers.PercentDecimalSeparator = numbers.CurrencyDecimalSeparator = ",";
        numbers.NumberGroupSeparator = numbers.PercentGroupSeparator = numbers.CurrencyGroupSeparator = ".";
        vietnamese.DateTimeFormat.ShortDatePattern = "dd/MM/yyyy";
        vietnamese.DateTimeFormat.DateSeparator = "/";
        return CultureInfo.ReadOnly(vietnamese);
    }

    [GeneratedRegex(@"(?<=\d)[.,](?=\d)")]
    private static partial Regex DigitSeparator();

    [GeneratedRegex("<th>([^<]*)</th>")]
    private static partial Regex HeaderCell();
}

using NodaTime;
using static Reform.Indicators.Scorecards.SourceConfidence;
using static Reform.Indicators.Scorecards.ZeroDenominatorPolicy;

namespace Reform.Indicators.Scorecards;

/// <summary>
/// The index set of Decision 766/QĐ-TTg (23 June 2022) as data: its indicators with their
/// formulas, maxima, thresholds and zero-denominator policies, the two portal layouts (5 groups
/// from 1 August 2022, 6 groups later), and the rating bands — each entry with its source.
/// </summary>
/// <remarks>
/// <para>The official annex is not confirmed from the legal text. The formulas and weights are
/// rebuilt (docs/specification.md §14, docs/scorecard.md) from two
/// third-party implementations of the national portal (DVCQG): a formula specification
/// ("Mô tả công thức tính chỉ số 766") and a capture of the live API for Phú Thọ province with
/// the scores reverse-engineered. Every entry says which; entries marked
/// <see cref="SourceConfidence.Unconfirmed"/> are the library's choice where the notes are
/// silent or disagree. Change them with <c>with</c> and <see cref="ScorecardLayout.WithIndicator"/>,
/// or build a <see cref="ScorecardCatalogue"/> of your own.</para>
/// <para>The data is built in code rather than read from an embedded file so that every entry is
/// type-checked (thresholds, policies, confidence are enums and decimals, not strings to parse)
/// and carries its source next to it; <c>docs/scorecard.md</c> prints the same table.</para>
/// </remarks>
public static class Decision766
{
    private const string Spec = "Formula specification 'Mô tả công thức tính chỉ số 766' (third-party implementation of the DVCQG formulas); see docs/scorecard.md";
    private const string Capture = "Phú Thọ capture of the DVCQG API, scores reverse-engineered (third-party); see docs/scorecard.md";
    private const string Both = Spec + "; weight: " + Capture;

    /// <summary>The date the evaluation system went into official operation: 1 August 2022 (Nam Định Department of Home Affairs page on the decision [source]; docs/specification.md §14).</summary>
    public static LocalDate InOperationFrom { get; } = new(2022, 8, 1);

    /// <summary>
    /// The date from which the 6-group layout (online services and online payment apart) is taken
    /// to be in force: 1 January 2024. [unconfirmed] The notes only say that provincial press
    /// reported separate payment groups by January 2024 (week 3 of 2024); the exact switch date is
    /// not known. Build a catalogue with another date if you know it.
    /// </summary>
    public static LocalDate SixGroupsFrom { get; } = new(2024, 1, 1);

    /// <summary>Every indicator of the index set, in display order (the same definitions serve both layouts).</summary>
    public static IReadOnlyList<IndicatorDefinition> Indicators { get; } =
    [
        // Group 1 - transparency (18). Observed portal score linear for 1.1-1.4 (2,290 observations).
        new("1.1", "PUBLISH_ON_TIME", "Procedures published on time (TTHC công bố đúng hạn)", 6m,
            "procedures in publication decisions dated in the period whose every such decision was on time: decision date ≤ latest effective date of the legal basis − 20 working days (ministry) or − 5 (province)",
            "procedures in publication decisions (QĐ công bố) dated in the period, each counted once", null, NotApplicable, Both, SecondarySource),
        new("1.2", "PUBLIC_UPDATE_ON_TIME", "Procedures made public on time on the national TTHC database (CSDLQG về TTHC)", 4m,
            "publications made public in the period within 10 working days (ministry) or 5 (province) of the decision date; the unit itself only",
            "publications made public in the period + publications due to be public by the period's end and not yet public", null, NotApplicable, Both, SecondarySource),
        new("1.3", "PUBLIC_CONTENT_FULL", "Procedures made public with all mandatory components", 2m,
            "public procedures under the unit's authority with all seven components (Decree 63/2010 Art. 8(2))",
            "procedures under the unit's authority public at the period's end (a snapshot)", null, NotApplicable, Both, SecondarySource),
        new("1.4", "DOSSIER_SYNC", "Dossiers synchronised to the national portal (hồ sơ đồng bộ)", 6m,
            "dossiers received in the period and synced to the DVCQG",
            "dossiers received in the period; when 0, last year's received ÷ 12 (month), ÷ 4 (quarter) or × 1 (year), else 0 points", null, ZeroPoints, Both, SecondarySource),

        // Group 2 - progress and results (20).
        new("2.1", null, "Dossiers handled early or on time (hồ sơ xử lý trước hạn, đúng hạn)", 20m,
            "dossiers in scope handled early or on time, or open and not yet due (docs/specification.md §4, handledOnTime)",
            "dossiers received in or carried over into the period (inScope)", null, NotApplicable,
            Spec + "; observed portal score 20 × ratio (984 observations): " + Capture, SecondarySource),

        // Group 3 - online services (12) and online payment (10).
        new("3.1", null, "Procedures offered as online public services (TTHC cung cấp DVCTT)", 2m,
            "procedures under the unit's authority with partial or full online service at the period's end",
            "procedures under the unit's authority", 0.8m, NotApplicable, Both, SecondarySource),
        new("3.2", null, "Online services that received dossiers (DVCTT có phát sinh hồ sơ)", 4m,
            "online services of the unit with at least one dossier received online in the period",
            "online services (partial or full) under the unit's authority", null, NotApplicable, Both, SecondarySource),
        new("3.3", null, "Online share of dossiers (tỷ lệ hồ sơ trực tuyến)", 6m,
            "dossiers received online in the period, with an electronic result when the procedure requires a written result",
            "dossiers received in the period", 0.5m, NotApplicable,
            Both + ". The spec multiplies by the sync rate, the observed portal score does not: option MultiplyOnlineShareBySyncRate", SecondarySource),
        new("3.5", null, "Procedures with financial obligations integrated for online payment", 2m,
            "fee-bearing procedures under the unit's authority whose fee data is integrated for online payment on the DVCQG",
            "fee-bearing procedures under the unit's authority (fee information in the national TTHC database)", 0.8m, NotApplicable, Both, SecondarySource),
        new("3.5b", null, "Procedures with at least one online payment", 2m,
            "fee-bearing procedures under the unit's authority with at least one dossier of the period paid online",
            "fee-bearing procedures under the unit's authority",
            0.8m, NotApplicable,
            Capture + ". Formula not in the spec ('portal'); numerator and denominator are the library's reading, and the 80% cap is an inference of the notes", Unconfirmed),
        new("3.6", null, "Dossiers paid online (hồ sơ thanh toán trực tuyến)", 6m,
            "dossiers received in the period paid online (on the DVCQG or on the ministry/provincial gateway)",
            "dossiers received in the period of fee-bearing procedures, minus those whose synced fees are all zero", null, NotApplicable, Both, SecondarySource),

        // Group 4 - digitisation (22). The spec gives 4.2 full points at 80%; the observed portal is linear, which is used here.
        new("4.1", "ORIGINAL_RESULT_AVAILABLE", "Dossiers with an electronic result (kết quả giải quyết TTHC điện tử)", 6m,
            "dossiers completed in the period with an electronic result file",
            "dossiers completed in the period of procedures that require a written result (period basis: the library's choice)", null, NotApplicable, Both, SecondarySource),
        new("4.2", "SO_HOA_GIAY_TO_GIAI_QUYET", "Dossiers digitised (thực hiện số hóa hồ sơ)", 4m,
            "dossiers received in the period with digitised components and, when a written result is required, an electronic result",
            "dossiers received in the period", null, NotApplicable,
            Both + ". The spec says full points at 80%; the observed portal is linear, used here", SecondarySource),
        new("4.3", "REUSED_DIGITIZED_DATA", "Dossiers reusing digitised data (khai thác, sử dụng lại dữ liệu)", 2m,
            "dossiers received in the period with at least one component reused from digitised data",
            "dossiers received in the period", 0.8m, NotApplicable, Both, SecondarySource),
        new("4.4", "SYNCED_WITH_DVCQG_PERSONAL_STORAGE", "Dossiers connected to the citizen's data store on the DVCQG", 4m,
            "dossiers received in the period with a component from the personal data store or the result link synced",
            "dossiers received in the period", null, NotApplicable, Both, SecondarySource),
        new("4.5a", "CITIZEN_DATA_CONNECTED_FORMALITY", "Procedures connected to the national population database (CSDL quốc gia về dân cư)", 2m,
            "procedures for individuals under the unit's authority with at least one dossier of the period using VNeID or population data",
            "procedures for individuals under the unit's authority", null, NotApplicable, Both, SecondarySource),
        new("4.5b", "CITIZEN_DATA_CONNECTED_DOSSIER", "Dossiers using population data", 2m,
            "dossiers received in the period using VNeID or population data",
            "dossiers received in the period", null, NotApplicable, Both, SecondarySource),
        new("4.6", "ELECTRONIC_CERTIFIED_COPY", "Electronic certified copies from originals (chứng thực bản sao điện tử)", 2m,
            "not confirmed: supply the input yourself",
            "not confirmed: supply the input yourself", null, NotApplicable,
            Capture + ". Formula not confirmed, likely a post-2022 addition; the code 4.6 is the library's", Unconfirmed),

        // Group 5 - satisfaction (18).
        new("5.1", "PETITION_CLASSIFICATION", "Petitions (PAKN) classified by type (monitoring only)", 0m,
            "petitions received in the period and classified (regulations/TTHC or staff behaviour)",
            "petitions received in the period", null, NotApplicable, Both, SecondarySource),
        new("5.2", "PETITION_PROCESSING_ON_TIME", "Petitions (PAKN) handled on time", 6m,
            "petitions received in the period whose every step met its deadline (refusal 2, first supplementation 5, handling 15, publication 2 working days)",
            "petitions received in the period; none gives full points", null, FullPoints, Both, SecondarySource),
        new("5.3", "PETITION_HANDLING_SATISFACTION", "Satisfaction with petition handling", 6m,
            "petitions received in the period that are neither rated unsatisfied (more dislikes than likes), late nor raised again",
            "petitions first received in the period; none gives full points", null, FullPoints, Both, SecondarySource),
        new("5.4", "DOSSIER_RECEIVING_SATISFACTION", "Satisfaction in receiving and handling dossiers", 6m,
            "max(0, in scope − overdue or late − with a petition or a dislike): 100% − (overdue rate + feedback rate), as on the portal",
            "dossiers in scope (as 2.1); none gives 0 points", 0.9m, ZeroPoints, Both, SecondarySource),
    ];

    private static IndicatorDefinition[] Pick(params string[] codes) => [.. codes.Select(Indicator)];

    private static readonly string[] Group1 = ["1.1", "1.2", "1.3", "1.4"];
    private static readonly string[] Group2 = ["2.1"];
    private static readonly string[] Group3a = ["3.1", "3.2", "3.3"];
    private static readonly string[] Group3b = ["3.5", "3.5b", "3.6"];
    private static readonly string[] Group4 = ["4.1", "4.2", "4.3", "4.4", "4.5a", "4.5b", "4.6"];
    private static readonly string[] Group5 = ["5.1", "5.2", "5.3", "5.4"];

    /// <summary>
    /// The 5-group layout in force from 1 August 2022: transparency 18, progress 20, online
    /// services 22, digitisation 22, satisfaction 18 (docs/specification.md §14 [source]). The
    /// split of group 3 into its indicators is the current portal's [secondary source].
    /// </summary>
    public static ScorecardLayout Layout2022 { get; } = new(
        "Decision 766, 5 groups", InOperationFrom,
        [
            new("1", "Transparency (Công khai, minh bạch)", 18m, Group1),
            new("2", "Progress and results (Tiến độ, kết quả giải quyết)", 20m, Group2),
            new("3", "Online service provision (Cung cấp dịch vụ trực tuyến)", 22m, [.. Group3a, .. Group3b]),
            new("4", "Dossier digitisation (Số hóa hồ sơ)", 22m, Group4),
            new("5", "Satisfaction (Mức độ hài lòng)", 18m, Group5),
        ],
        Pick([.. Group1, .. Group2, .. Group3a, .. Group3b, .. Group4, .. Group5]),
        "Decision 766/QĐ-TTg groups and maxima: namdinh, baocaotaichinh and VnEconomy pages (docs/specification.md §14)", Source);

    /// <summary>
    /// The 6-group layout of the current portal: 18 + 20 + 12 + 10 + 22 + 18, online payment
    /// apart from online services (docs/specification.md §14 [secondary source]), in force from
    /// <see cref="SixGroupsFrom"/> [unconfirmed date].
    /// </summary>
    public static ScorecardLayout Layout2024 { get; } = new(
        "Decision 766, 6 groups", SixGroupsFrom,
        [
            new("1", "Transparency (Công khai, minh bạch)", 18m, Group1),
            new("2", "Progress and results (Tiến độ, kết quả giải quyết)", 20m, Group2),
            new("3a", "Online public services (Dịch vụ công trực tuyến)", 12m, Group3a),
            new("3b", "Online payment (Thanh toán trực tuyến)", 10m, Group3b),
            new("4", "Dossier digitisation (Số hóa hồ sơ)", 22m, Group4),
            new("5", "Satisfaction (Mức độ hài lòng)", 18m, Group5),
        ],
        Pick([.. Group1, .. Group2, .. Group3a, .. Group3b, .. Group4, .. Group5]),
        Capture + "; switch date unconfirmed", SecondarySource);

    /// <summary>Both layouts by date: <see cref="Layout2022"/> from 1 August 2022, <see cref="Layout2024"/> from <see cref="SixGroupsFrom"/>.</summary>
    public static ScorecardCatalogue Catalogue { get; } = new([Layout2022, Layout2024]);

    /// <summary>
    /// The rating bands: Excellent (Xuất sắc) 90–100 and Weak (Yếu) below 50 [source: VnEconomy];
    /// Good (Tốt) 80–&lt;90, Fair (Khá) 70–&lt;80 and Average (Trung bình) 50–&lt;70 [unconfirmed;
    /// used by the Phú Thọ capture; a district at 83.8 was called "tốt"] (docs/specification.md §14).
    /// </summary>
    public static RatingBands Bands { get; } = new(
    [
        new("Excellent", "Xuất sắc", 90m, Source),
        new("Good", "Tốt", 80m, Unconfirmed),
        new("Fair", "Khá", 70m, Unconfirmed),
        new("Average", "Trung bình", 50m, Unconfirmed),
        new("Weak", "Yếu", 0m, Source),
    ]);

    /// <summary>The built-in definition of indicator <paramref name="code"/>, e.g. <c>3.1</c>.</summary>
    /// <exception cref="KeyNotFoundException">There is no such indicator.</exception>
    public static IndicatorDefinition Indicator(string code) =>
        Indicators.FirstOrDefault(i => i.Code == code) ?? throw new KeyNotFoundException($"Decision 766 has no indicator {code}.");
}

using NodaTime;
using Reform.Indicators.Scorecards.Indicators;
using static Reform.Indicators.Scorecards.SourceConfidence;

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
    private const string Capture = Decision766Sources.Capture;

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
    /// <remarks>Each is the definition of one indicator object in <c>Scorecards/Indicators</c> (docs/scorecard.md, "How an indicator is defined").</remarks>
    public static IReadOnlyList<IndicatorDefinition> Indicators { get; } = [.. Decision766Indicators.All.Select(i => i.Definition)];

    private static IndicatorDefinition[] Pick(params string[] codes) => [.. codes.Select(Indicator)];

    private static readonly string[] Group1 = Decision766Indicators.Codes(
        Decision766Indicators.PublishedOnTime,
        Decision766Indicators.MadePublicOnTime,
        Decision766Indicators.PublicContentComplete,
        Decision766Indicators.DossiersSynced);
    private static readonly string[] Group2 = Decision766Indicators.Codes(Decision766Indicators.OnTimeResolution);
    private static readonly string[] Group3a = Decision766Indicators.Codes(
        Decision766Indicators.ProceduresOnline,
        Decision766Indicators.OnlineServicesUsed,
        Decision766Indicators.OnlineShare);
    private static readonly string[] Group3b = Decision766Indicators.Codes(
        Decision766Indicators.FeesIntegrated,
        Decision766Indicators.ProceduresPaidOnline,
        Decision766Indicators.DossiersPaidOnline);
    private static readonly string[] Group4 = Decision766Indicators.Codes(
        Decision766Indicators.ElectronicResults,
        Decision766Indicators.DossiersDigitised,
        Decision766Indicators.DataReused,
        Decision766Indicators.PersonalDataStore,
        Decision766Indicators.ProceduresUsingPopulationData,
        Decision766Indicators.DossiersUsingPopulationData,
        Decision766Indicators.ElectronicCertifiedCopies);
    private static readonly string[] Group5 = Decision766Indicators.Codes(
        Decision766Indicators.PetitionsClassified,
        Decision766Indicators.PetitionsOnTime,
        Decision766Indicators.PetitionSatisfaction,
        Decision766Indicators.DossierSatisfaction);

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

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>The indicators of Decision 766 (docs/specification.md §14), one object each, in display order.</summary>
internal static class Decision766Indicators
{
    /// <summary>1.1.</summary>
    public static readonly PublishedOnTime PublishedOnTime = new();

    /// <summary>1.2.</summary>
    public static readonly MadePublicOnTime MadePublicOnTime = new();

    /// <summary>1.3.</summary>
    public static readonly PublicContentComplete PublicContentComplete = new();

    /// <summary>1.4.</summary>
    public static readonly DossiersSynced DossiersSynced = new();

    /// <summary>2.1.</summary>
    public static readonly OnTimeResolution OnTimeResolution = new();

    /// <summary>3.1.</summary>
    public static readonly ProceduresOnline ProceduresOnline = new();

    /// <summary>3.2.</summary>
    public static readonly OnlineServicesUsed OnlineServicesUsed = new();

    /// <summary>3.3.</summary>
    public static readonly OnlineShare OnlineShare = new();

    /// <summary>3.5.</summary>
    public static readonly FeesIntegrated FeesIntegrated = new();

    /// <summary>3.5b.</summary>
    public static readonly ProceduresPaidOnline ProceduresPaidOnline = new();

    /// <summary>3.6.</summary>
    public static readonly DossiersPaidOnline DossiersPaidOnline = new();

    /// <summary>4.1.</summary>
    public static readonly ElectronicResults ElectronicResults = new();

    /// <summary>4.2.</summary>
    public static readonly DossiersDigitised DossiersDigitised = new();

    /// <summary>4.3.</summary>
    public static readonly DataReused DataReused = new();

    /// <summary>4.4.</summary>
    public static readonly PersonalDataStore PersonalDataStore = new();

    /// <summary>4.5a.</summary>
    public static readonly ProceduresUsingPopulationData ProceduresUsingPopulationData = new();

    /// <summary>4.5b.</summary>
    public static readonly DossiersUsingPopulationData DossiersUsingPopulationData = new();

    /// <summary>4.6.</summary>
    public static readonly ElectronicCertifiedCopies ElectronicCertifiedCopies = new();

    /// <summary>5.1.</summary>
    public static readonly PetitionsClassified PetitionsClassified = new();

    /// <summary>5.2.</summary>
    public static readonly PetitionsOnTime PetitionsOnTime = new();

    /// <summary>5.3.</summary>
    public static readonly PetitionSatisfaction PetitionSatisfaction = new();

    /// <summary>5.4.</summary>
    public static readonly DossierSatisfaction DossierSatisfaction = new();

    /// <summary>Every indicator, in display order (group 1 to 5).</summary>
    public static IReadOnlyList<ScorecardIndicator> All { get; } =
    [
        PublishedOnTime,
        MadePublicOnTime,
        PublicContentComplete,
        DossiersSynced,
        OnTimeResolution,
        ProceduresOnline,
        OnlineServicesUsed,
        OnlineShare,
        FeesIntegrated,
        ProceduresPaidOnline,
        DossiersPaidOnline,
        ElectronicResults,
        DossiersDigitised,
        DataReused,
        PersonalDataStore,
        ProceduresUsingPopulationData,
        DossiersUsingPopulationData,
        ElectronicCertifiedCopies,
        PetitionsClassified,
        PetitionsOnTime,
        PetitionSatisfaction,
        DossierSatisfaction,
    ];

    /// <summary>The indicators that records score (all but 4.6).</summary>
    public static IReadOnlyList<ScorecardIndicator> Computed { get; } = [.. All.Where(i => i.IsComputed)];

    private static readonly Dictionary<string, ScorecardIndicator> ByCode = All.ToDictionary(i => i.Code, StringComparer.Ordinal);

    /// <summary>The indicator with code <paramref name="code"/>; null when Decision 766 has none (a user's own indicator).</summary>
    public static ScorecardIndicator? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>The codes of <paramref name="indicators"/>, for a layout's groups.</summary>
    public static string[] Codes(params ScorecardIndicator[] indicators) => [.. indicators.Select(i => i.Code)];

    /// <summary>
    /// Every computed indicator's numerator and denominator for <paramref name="scope"/>, by code:
    /// one tally per indicator fed every record of the scope, then finished.
    /// </summary>
    public static Dictionary<string, IndicatorInput> Inputs(UnitScope scope)
    {
        var tallies = Computed.Select(i => i.Start(scope)).ToArray();
        scope.TallyAll(tallies);
        var inputs = new Dictionary<string, IndicatorInput>(StringComparer.Ordinal);
        for (int i = 0; i < tallies.Length; i++)
        {
            inputs[Computed[i].Code] = tallies[i].Finish();
        }
        return inputs;
    }
}

using Reform.Indicators.Utility;
using Reform.Indicators.Calendars;
using Reform.Indicators.Indicators;
using Reform.Indicators.Petitions;
using Reform.Indicators.Procedures;
using Reform.Indicators.Units;

namespace Reform.Indicators.Scorecards;

/// <summary>The rules of a scorecard computation, as data; <see cref="Default"/> follows Decision 766 as docs/specification.md §14 describes it.</summary>
/// <remarks>Equal by content: two options with equal rules and equal maps (in any order) are equal.</remarks>
public sealed record ScorecardOptions
{
    /// <summary>Decision 766: its catalogue and bands, the Vietnamese civil-service calendar, and the portal's scope rules.</summary>
    public static ScorecardOptions Default { get; } = new();

    /// <summary>The layouts by date; the one in force on the period's last date is used.</summary>
    public ScorecardCatalogue Catalogue { get; init; } = Decision766.Catalogue;

    /// <summary>The rating bands.</summary>
    public RatingBands Bands { get; init; } = Decision766.Bands;

    /// <summary>The working calendar for the publication (1.1, 1.2) and petition (5.2) deadlines.</summary>
    public WorkingCalendar Calendar { get; init; } = WorkingCalendar.Vietnam;

    /// <summary>How dossiers are classified (2.1, 5.4).</summary>
    public ClassificationPolicy Classification { get; init; } = ClassificationPolicy.Default;

    /// <summary>
    /// Whose records count, by the scored unit's level: ministries, provinces and districts their
    /// subtree, communes their own (docs/specification.md §14). The district rule is the
    /// library's reading [unconfirmed]: the notes name provinces, ministries and communes only.
    /// </summary>
    public IReadOnlyDictionary<GovernmentLevel, ScopeRule> Scope { get => scope; init => scope = ValueMap<GovernmentLevel, ScopeRule>.Of(value); }

    private readonly IReadOnlyDictionary<GovernmentLevel, ScopeRule> scope = ValueMap<GovernmentLevel, ScopeRule>.Of(new Dictionary<GovernmentLevel, ScopeRule>
    {
        [GovernmentLevel.Ministry] = ScopeRule.Subtree,
        [GovernmentLevel.Province] = ScopeRule.Subtree,
        [GovernmentLevel.District] = ScopeRule.Subtree,
        [GovernmentLevel.Commune] = ScopeRule.OwnRecords,
    });

    /// <summary>
    /// Vertical branches (ngành dọc) of ministries: the code a branch office uses in the records,
    /// mapped to its ministry's code. A branch's records count for its ministry under
    /// <see cref="ScopeRule.Subtree"/>. Branches need not be units of the hierarchy.
    /// </summary>
    public IReadOnlyDictionary<string, string> VerticalBranches { get => verticalBranches; init => verticalBranches = ValueMap<string, string>.Of(value, StringComparer.Ordinal); }

    private readonly IReadOnlyDictionary<string, string> verticalBranches = ValueMap<string, string>.Of([], StringComparer.Ordinal);

    /// <summary>The publication deadlines of 1.1 and 1.2.</summary>
    public PublicationDeadlines Publication { get; init; } = PublicationDeadlines.Decision766;

    /// <summary>The petition deadlines of 5.2.</summary>
    public PetitionDeadlines PetitionDeadlines { get; init; } = PetitionDeadlines.Decision766;

    /// <summary>How not-applicable indicators enter the totals.</summary>
    public NotApplicableHandling NotApplicable { get; init; } = NotApplicableHandling.CountAsZero;

    /// <summary>
    /// Whether indicator 3.3's numerator is multiplied by the sync rate (1.4), as the formula
    /// specification says. Off by default: the scores observed on the portal match the plain
    /// online share (docs/scorecard.md, indicator 3.3).
    /// </summary>
    public bool MultiplyOnlineShareBySyncRate { get; init; }

    /// <summary>
    /// Last year's received dossiers per scored unit (its whole scope), for the 1.4 fallback when
    /// no dossier was received in the period: ÷ 12 for a month, ÷ 4 for a quarter, × 1 for a
    /// year, × days ÷ 365 for another period (the last is the library's choice).
    /// </summary>
    public IReadOnlyDictionary<string, long> PriorYearReceived { get => priorYearReceived; init => priorYearReceived = ValueMap<string, long>.Of(value, StringComparer.Ordinal); }

    private readonly IReadOnlyDictionary<string, long> priorYearReceived = ValueMap<string, long>.Of([], StringComparer.Ordinal);
}

namespace Reform.Indicators.Procedures;

/// <summary>
/// The lead and follow-up times, in working days, of Decision 766 indicators 1.1 and 1.2; as data,
/// default <see cref="Decision766"/> (docs/scorecard.md, indicators 1.1 and 1.2; a secondary source).
/// </summary>
/// <param name="MinistryLead">A ministry's decision is on time at most this many working days before the legal basis takes effect (20).</param>
/// <param name="ProvinceLead">A province's (or lower unit's) decision: the same lead (5).</param>
/// <param name="MinistryMakePublic">A ministry makes a published procedure public at most this many working days after the decision (10).</param>
/// <param name="ProvinceMakePublic">A province (or lower unit): the same (5).</param>
public sealed record PublicationDeadlines(int MinistryLead, int ProvinceLead, int MinistryMakePublic, int ProvinceMakePublic)
{
    /// <summary>Lead 20 (ministry) or 5 (province) working days; made public within 10 or 5 working days.</summary>
    public static PublicationDeadlines Decision766 { get; } = new(20, 5, 10, 5);
}

using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Petitions;
using static Reform.Indicators.Scorecards.Indicators.Decision766Sources;
using static Reform.Indicators.Scorecards.SourceConfidence;
using static Reform.Indicators.Scorecards.ZeroDenominatorPolicy;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// 5.2, petitions (PAKN) handled on time (docs/specification.md §14): of the petitions received in
/// the period, those whose every step that has come by the period's end met its deadline.
/// No petitions give full points.
/// </summary>
internal sealed class PetitionsOnTime : PetitionShare
{
    /// <inheritdoc/>
    public override IndicatorDefinition Definition { get; } = new(
        "5.2", "PETITION_PROCESSING_ON_TIME", "Petitions (PAKN) handled on time", 6m,
        "petitions received in the period whose every step met its deadline (refusal 2, first supplementation 5, handling 15, publication 2 working days)",
        "petitions received in the period; none gives full points", null, FullPoints, Both, SecondarySource);

    /// <inheritdoc/>
    public override IReadOnlyList<DataNeed> Needs { get; } = [DataNeed.Needs(ScorecardDataPart.Petitions)];

    /// <inheritdoc/>
    protected override bool Qualifies(Petition petition, UnitScope scope) => OnTime(petition, scope);

    /// <summary>Whether <paramref name="petition"/> met every deadline that has come by the scope's period end (also 5.3's condition).</summary>
    internal static bool OnTime(Petition petition, UnitScope scope) =>
        OnTime(petition, scope.Period.Last, scope.Calendar, scope.Options.PetitionDeadlines);

    /// <summary>
    /// Whether a petition met every deadline that has come by the end of <paramref name="asOf"/>:
    /// refusal, first supplementation and handling counted in working days from receipt,
    /// publication from handling. A step after <paramref name="asOf"/> has not happened yet.
    /// </summary>
    internal static bool OnTime(Petition petition, LocalDate asOf, WorkingCalendar calendar, PetitionDeadlines deadlines)
    {
        LocalDate? Seen(LocalDateTime? at) => at is { } t && t.Date <= asOf ? t.Date : null;
        var received = petition.ReceivedAt.Date;
        if (Seen(petition.RefusedAt) is { } refused)
        {
            return refused <= calendar.AddWorkingDays(received, deadlines.Refusal);
        }
        if (Seen(petition.SupplementRequestedAt) is { } requested && requested > calendar.AddWorkingDays(received, deadlines.FirstSupplementRequest))
        {
            return false;
        }
        var handlingDue = calendar.AddWorkingDays(received, deadlines.Handling);
        if (Seen(petition.HandledAt) is not { } handled)
        {
            return handlingDue >= asOf;
        }
        if (handled > handlingDue)
        {
            return false;
        }
        var publicationDue = calendar.AddWorkingDays(handled, deadlines.Publication);
        return Seen(petition.PublishedAt) is { } published ? published <= publicationDue : publicationDue >= asOf;
    }
}

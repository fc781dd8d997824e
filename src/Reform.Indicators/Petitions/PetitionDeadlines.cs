namespace Reform.Indicators.Petitions;

/// <summary>
/// The deadlines, in working days, that Decision 766 indicator 5.2 applies to a petition (PAKN);
/// as data, default <see cref="Decision766"/> (docs/scorecard.md, indicator 5.2; a secondary source).
/// </summary>
/// <param name="Refusal">Refusal at most this many working days after receipt (2).</param>
/// <param name="FirstSupplementRequest">First supplementation request at most this many working days after receipt (5).</param>
/// <param name="Handling">Handling at most this many working days after receipt (15).</param>
/// <param name="Publication">Publication at most this many working days after handling (2).</param>
public sealed record PetitionDeadlines(int Refusal, int FirstSupplementRequest, int Handling, int Publication)
{
    /// <summary>Refusal 2, first supplementation 5, handling 15, publication 2 working days.</summary>
    public static PetitionDeadlines Decision766 { get; } = new(2, 5, 15, 2);
}

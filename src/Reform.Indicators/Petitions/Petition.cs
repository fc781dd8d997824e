using NodaTime;

namespace Reform.Indicators.Petitions;

/// <summary>
/// A citizen's or business's feedback or petition (phản ánh, kiến nghị, PAKN) about regulations,
/// procedures or staff behaviour, with the timestamps of its handling and its ratings.
/// </summary>
/// <remarks>
/// Decision 766 group 5 (docs/scorecard.md, indicators 5.1–5.3). Steps that did not happen are null. All
/// times are Vietnam civil time. Column names: <c>docs/scorecard.md</c>.
/// </remarks>
/// <param name="Id">The petition's identifier (<c>petition_id</c>).</param>
/// <param name="UnitCode">The unit that handles it (<c>unit_code</c>).</param>
/// <param name="ReceivedAt">When it was received or transferred to the unit (<c>received_at</c>).</param>
/// <param name="Classified">Whether it was classified as about regulations/procedures or about staff behaviour (<c>classified</c>; 5.1).</param>
/// <param name="RefusedAt">When it was refused, if it was (<c>refused_at</c>).</param>
/// <param name="SupplementRequestedAt">When the first supplementation was requested, if it was (<c>supplement_requested_at</c>).</param>
/// <param name="HandledAt">When it was handled (reached "pending publication" or "published") (<c>handled_at</c>).</param>
/// <param name="PublishedAt">When the answer was published (<c>published_at</c>).</param>
/// <param name="Likes">How many "like" ratings the answer received (<c>likes</c>).</param>
/// <param name="Dislikes">How many "dislike" ratings the answer received (<c>dislikes</c>).</param>
/// <param name="RaisedAgain">Whether the petitioner raised it again (<c>raised_again</c>).</param>
public sealed record Petition(
    string Id,
    string UnitCode,
    LocalDateTime ReceivedAt,
    bool Classified = false,
    LocalDateTime? RefusedAt = null,
    LocalDateTime? SupplementRequestedAt = null,
    LocalDateTime? HandledAt = null,
    LocalDateTime? PublishedAt = null,
    int Likes = 0,
    int Dislikes = 0,
    bool RaisedAgain = false)
{
    /// <summary>Whether it is rated unsatisfied: more dislikes than likes.</summary>
    public bool RatedUnsatisfied => Dislikes > Likes;
}

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// One part of <see cref="ScorecardData"/> an indicator reads, with the fields it reads there:
/// required (without it the indicator has no data, docs/specification.md §14) or optional (read
/// when present; without it the indicator is computed with the facts taken as absent).
/// </summary>
/// <param name="Part">The part.</param>
/// <param name="Fields">The fields (file columns) it reads in that part; empty when it reads the records as a whole.</param>
/// <param name="Required">Whether the indicator has no data without the part.</param>
/// <param name="WithoutIt">For an optional part whose absence changes the rule, what is not applied (e.g. <c>feedback not subtracted</c>); null otherwise.</param>
internal sealed record DataNeed(ScorecardDataPart Part, IReadOnlyList<string> Fields, bool Required, string? WithoutIt)
{
    /// <summary>A part without which the indicator has no data.</summary>
    public static DataNeed Needs(ScorecardDataPart part, params string[] fields) => new(part, fields, true, null);

    /// <summary>A part read when present; <paramref name="withoutIt"/> says what is not applied without it (null: nothing worth a note).</summary>
    public static DataNeed Uses(ScorecardDataPart part, string? withoutIt, params string[] fields) => new(part, fields, false, withoutIt);

    /// <summary>The part and its fields in words: <c>procedure details (public_from, components)</c>, or <c>publication decisions</c>.</summary>
    public string What => ScorecardDataParts.Name(Part) + (Fields.Count == 0 ? "" : $" ({string.Join(", ", Fields)})");
}

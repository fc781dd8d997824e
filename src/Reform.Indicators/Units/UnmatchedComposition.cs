namespace Reform.Indicators.Units;

/// <summary>A piece of a new unit's composition text that could not be matched to one old unit, or an old unit no link reaches.</summary>
/// <param name="NewCode">The new unit whose text holds the piece; empty for an old unit that no link reaches.</param>
/// <param name="Text">The piece of text (a name as written), or the old unit's code and name.</param>
/// <param name="Reason">Why: <c>no old commune of that name in the province</c>, <c>several old communes of that name</c>, <c>not reached by any link</c>.</param>
public sealed record UnmatchedComposition(string NewCode, string Text, string Reason);

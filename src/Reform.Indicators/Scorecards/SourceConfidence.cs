namespace Reform.Indicators.Scorecards;

/// <summary>
/// How sure the sources are of a rule (docs/scorecard.md: S source, 2 secondary source, U unconfirmed).
/// </summary>
public enum SourceConfidence
{
    /// <summary>Seen in the cited legal text or official page ([source]).</summary>
    Source = 0,

    /// <summary>From a third-party implementation of the national portal's formulas or a news report ([secondary source]).</summary>
    SecondarySource = 1,

    /// <summary>Background knowledge or an inference not confirmed from a source ([unconfirmed]); change it when you know better.</summary>
    Unconfirmed = 2,
}

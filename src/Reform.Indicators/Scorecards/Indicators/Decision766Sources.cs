namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>Where the Decision 766 formulas and weights come from (docs/specification.md §14, docs/scorecard.md): two third-party implementations of the national portal.</summary>
internal static class Decision766Sources
{
    /// <summary>The formula document.</summary>
    public const string Spec = "Formula specification 'Mô tả công thức tính chỉ số 766' (third-party implementation of the DVCQG formulas); see docs/scorecard.md";

    /// <summary>The capture of the portal's API.</summary>
    public const string Capture = "Phú Thọ capture of the DVCQG API, scores reverse-engineered (third-party); see docs/scorecard.md";

    /// <summary>The formula from the document, the weight from the capture.</summary>
    public const string Both = Spec + "; weight: " + Capture;
}

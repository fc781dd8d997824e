namespace Reform.Indicators.Scorecards;

/// <summary>What an indicator scores when its denominator is 0 (nothing to count).</summary>
/// <remarks>
/// Decision 766 as implemented on the national portal shows "0 or N/A" for a zero denominator,
/// with exceptions in the satisfaction group: no petitions (PAKN) gives full points for 5.2 and
/// 5.3, no dossiers gives 0 points for 5.4 (docs/specification.md §14).
/// </remarks>
public enum ZeroDenominatorPolicy
{
    /// <summary>The indicator scores 0 points and stays in the maximum.</summary>
    ZeroPoints = 0,

    /// <summary>
    /// The indicator is not applicable: it scores 0 points, is shown as N/A, and under
    /// <see cref="NotApplicableHandling.Rescale"/> its maximum leaves the total.
    /// </summary>
    NotApplicable = 1,

    /// <summary>The indicator scores its full maximum (the portal's rule for petitions, 5.2 and 5.3).</summary>
    FullPoints = 2,
}

namespace Reform.Indicators.Indicators;

/// <summary>Whether a dossier counts in a period, and why (docs/specification.md §4).</summary>
public enum DossierScope
{
    /// <summary>Received after the period, or finished before it began.</summary>
    OutOfScope = 0,

    /// <summary>Received before the period's first date and not finished before it (tồn kỳ trước chuyển sang).</summary>
    CarriedOver = 1,

    /// <summary>Received in the period (tiếp nhận trong kỳ).</summary>
    Received = 2,
}

namespace Reform.Indicators.Regulations;

/// <summary>What a reform decision does to a business regulation (quy định kinh doanh).</summary>
/// <remarks>
/// Resolution 76/NQ-CP (15 July 2021) sets the 2025 target "cut and simplify at least 20% of
/// business regulations and at least 20% of compliance costs" (cắt giảm, đơn giản hóa).
/// </remarks>
public enum RegulationChangeKind
{
    /// <summary>Simplified (đơn giản hóa): the regulation stays in force with a lighter requirement or cost.</summary>
    Simplified = 0,

    /// <summary>Cut (cắt giảm, bãi bỏ): the regulation is no longer in force from this date; its compliance cost becomes 0.</summary>
    Cut = 1,
}

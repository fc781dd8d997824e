using System.Globalization;

namespace Reform.Indicators.Scorecards;

/// <summary>A rating band: scores at or above <see cref="MinScore"/> (and below the next band up) earn it.</summary>
/// <param name="Name">The band's English name, e.g. <c>Excellent</c>.</param>
/// <param name="VietnameseName">The band's Vietnamese name, e.g. <c>Xuất sắc</c>.</param>
/// <param name="MinScore">The lowest total (inclusive) of the band, compared with the unrounded total.</param>
/// <param name="Confidence">How sure the source of this cut-off is.</param>
public sealed record RatingBand(string Name, string VietnameseName, decimal MinScore, SourceConfidence Confidence)
{
    /// <summary><c>"Good (Tốt, ≥ 80)"</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({VietnameseName}, ≥ {MinScore})");
}

using System.Globalization;
using Reform.Indicators.Measures;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Scorecards;

/// <summary>
/// The numerator and denominator of one scorecard indicator for one unit and period, with the
/// ratio they give.
/// </summary>
/// <remarks>
/// <para>Both parts are non-negative decimals rather than counts, because a few rules give
/// fractional parts (the dossier-sync fallback divides last year's total by 12 or 4). The
/// <see cref="Ratio"/> is <c>min(1, N ÷ D)</c>, unrounded, and has no value when D is 0; a
/// numerator above its denominator (possible with a fallback denominator) is capped, and
/// <see cref="IsCapped"/> says so.</para>
/// <para>Equality compares both parts and the note.</para>
/// </remarks>
public readonly record struct IndicatorInput
{
    /// <summary>Creates an input.</summary>
    /// <param name="numerator">The numerator; at least 0.</param>
    /// <param name="denominator">The denominator; at least 0.</param>
    /// <param name="note">How a part was obtained when that is not the plain definition (e.g. a fallback); null otherwise.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is negative.</exception>
    public IndicatorInput(decimal numerator, decimal denominator, string? note = null)
    {
        Preconditions.CheckArgumentRange(numerator >= 0, numerator, $"numerator must not be negative; it was {numerator.ToString(CultureInfo.InvariantCulture)}.");
        Preconditions.CheckArgumentRange(denominator >= 0, denominator, $"denominator must not be negative; it was {denominator.ToString(CultureInfo.InvariantCulture)}.");
        Numerator = numerator;
        Denominator = denominator;
        Note = note;
    }

    /// <summary>The numerator (at least 0).</summary>
    public decimal Numerator { get; }

    /// <summary>The denominator (at least 0); 0 means there was nothing to count.</summary>
    public decimal Denominator { get; }

    /// <summary>How a part was obtained when that is not the plain definition; null otherwise.</summary>
    public string? Note { get; }

    /// <summary>Whether the denominator is above 0.</summary>
    public bool HasValue => Denominator != 0;

    /// <summary><c>min(1, N ÷ D)</c> unrounded, or <see langword="null"/> when the denominator is 0.</summary>
    public decimal? Ratio => HasValue ? Math.Min(1m, Numerator / Denominator) : null;

    /// <summary>Whether the numerator exceeds the denominator, so that <see cref="Ratio"/> was capped at 1.</summary>
    public bool IsCapped => Numerator > Denominator;

    /// <summary>The input of a <see cref="Rate"/>: its numerator and denominator.</summary>
    public static IndicatorInput FromRate(Rate rate) => new(rate.Numerator, rate.Denominator);

    /// <summary><c>"993/1000"</c>, or with a note <c>"0/41.5 (last year's received ÷ 12)"</c>, invariant culture.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator}") + (Note is null ? "" : $" ({Note})");
}

using System.Globalization;
using Reform.Indicators.Measures;

namespace Reform.Indicators.Compliance;

/// <summary>One bound unit's value against a target: the evidence of a failing unit.</summary>
/// <param name="UnitCode">The unit's code.</param>
/// <param name="Actual">The unit's value in percent, exact (not rounded).</param>
/// <param name="Evidence">The rate behind the value, when the value is a rate.</param>
public sealed record UnitCompliance(string UnitCode, decimal Actual, Rate? Evidence)
{
    /// <summary><c>"79: 97.50% (39/40)"</c>.</summary>
    public override string ToString() => Evidence is { } rate
        ? $"{UnitCode}: {rate}"
        : string.Create(CultureInfo.InvariantCulture, $"{UnitCode}: {Actual:0.00}%");
}

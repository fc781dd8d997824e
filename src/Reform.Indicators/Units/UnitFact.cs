using NodaTime;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Units;

/// <summary>
/// A fact that holds for a unit over a period, such as "LGSP connected to the national data
/// platform since 2021-06-30" (<see cref="KnownUnitFacts.LgspConnected"/>).
/// </summary>
/// <remarks>
/// <see cref="Since"/> and <see cref="Until"/> are inclusive; a missing <see cref="Until"/>
/// means the fact still holds. Facts are keyed by unit code; the code is resolved against a
/// <see cref="UnitHierarchy"/> of the date of interest when coverage is computed
/// (<see cref="UnitFacts"/>). Fact names are compared ordinally (case-sensitive). Equality
/// compares every part. <c>default(UnitFact)</c> has empty code and name and holds on no day
/// of interest only by accident; create facts with the constructor.
/// </remarks>
/// <example>
/// <code>
/// var fact = new UnitFact("BTP", KnownUnitFacts.LgspConnected, new LocalDate(2021, 6, 30));
/// fact.HoldsOn(new LocalDate(2022, 12, 31)); // true
/// </code>
/// </example>
public readonly record struct UnitFact
{
    private readonly string? unitCode;
    private readonly string? fact;

    /// <summary>Creates a dated fact on a unit.</summary>
    /// <param name="unitCode">The unit's code; not empty.</param>
    /// <param name="fact">The fact's name, e.g. <c>lgsp-connected</c>; not empty.</param>
    /// <param name="since">The first day the fact holds (inclusive).</param>
    /// <param name="until">The last day the fact holds (inclusive); <see langword="null"/> when it still holds.</param>
    /// <exception cref="ArgumentException">The code or fact name is empty, or <paramref name="until"/> is before <paramref name="since"/>.</exception>
    public UnitFact(string unitCode, string fact, LocalDate since, LocalDate? until = null)
    {
        if (string.IsNullOrWhiteSpace(unitCode))
        {
            Preconditions.ThrowArgument($"A unit fact needs a unit code; it was '{unitCode}' for fact '{fact}'.", nameof(unitCode));
        }
        if (string.IsNullOrWhiteSpace(fact))
        {
            Preconditions.ThrowArgument($"The fact on unit {unitCode} has no name.", nameof(fact));
        }
        if (until is { } last && last < since)
        {
            Preconditions.ThrowArgument(
                $"Fact '{fact}' on unit {unitCode} ends on {IsoDates.Format(last)}, before it starts on {IsoDates.Format(since)}.", nameof(until));
        }
        this.unitCode = unitCode;
        this.fact = fact;
        Since = since;
        Until = until;
    }

    /// <summary>The code of the unit the fact is about.</summary>
    public string UnitCode => unitCode ?? string.Empty;

    /// <summary>The fact's name, e.g. <c>lgsp-connected</c>.</summary>
    public string Fact => fact ?? string.Empty;

    /// <summary>The first day the fact holds (inclusive).</summary>
    public LocalDate Since { get; }

    /// <summary>The last day the fact holds (inclusive); <see langword="null"/> when it still holds.</summary>
    public LocalDate? Until { get; }

    /// <summary>Whether the fact holds on <paramref name="date"/>: <c>Since ≤ date ≤ Until</c>.</summary>
    public bool HoldsOn(LocalDate date) => Since <= date && (Until is not { } last || date <= last);

    /// <summary>The unit, fact and period: <c>"BTP lgsp-connected from 2021-06-30"</c>.</summary>
    public override string ToString() => $"{UnitCode} {Fact} {IsoDates.Range(Since, Until)}";
}

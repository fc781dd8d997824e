using Reform.Indicators.Measures;
using NodaTime;

namespace Reform.Indicators.Units;

/// <summary>
/// A set of dated facts on units, and the coverage of a fact over the units of a hierarchy
/// ("22/22 ministries have an LGSP connected to the national data platform").
/// </summary>
/// <remarks>
/// <para>
/// A unit holds a fact on a date when at least one of its <see cref="UnitFact"/> records of
/// that name holds on the date; overlapping or repeated records are harmless.
/// </para>
/// <para>
/// Coverage (docs/specification.md §7) is a <see cref="Rate"/>: the units that hold the fact on the
/// hierarchy's date over the units considered (a level, or a list of codes) valid on that
/// date. No units gives 0/0, which has no value. Facts on codes that are not in the hierarchy
/// (a unit that no longer exists) do not count.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var facts = new UnitFacts(ministryCodes.Select(c => new UnitFact(c, KnownUnitFacts.LgspConnected, new LocalDate(2021, 6, 30))));
/// facts.Coverage(KnownUnitFacts.LgspConnected, registry.AsOf(new LocalDate(2022, 12, 31)), GovernmentLevel.Ministry);
/// // 100.00% (22/22)
/// </code>
/// </example>
public sealed class UnitFacts
{
    private readonly Dictionary<(string UnitCode, string Fact), UnitFact[]> byUnitAndFact;

    /// <summary>Creates a set of facts; an empty sequence gives a set in which nothing holds.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentException">A fact was not created with its constructor (it has no unit code or name).</exception>
    public UnitFacts(IEnumerable<UnitFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Facts = facts.ToArray();
        foreach (var fact in Facts)
        {
            if (fact.UnitCode.Length == 0 || fact.Fact.Length == 0)
            {
                throw new ArgumentException($"A fact has no unit code or name ({fact}); create facts with the UnitFact constructor.", nameof(facts));
            }
        }
        byUnitAndFact = Facts
            .GroupBy(f => (f.UnitCode, f.Fact))
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>Every fact, in the order given.</summary>
    public IReadOnlyList<UnitFact> Facts { get; }

    /// <summary>Whether the unit <paramref name="unitCode"/> holds <paramref name="fact"/> on <paramref name="date"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public bool Holds(string unitCode, string fact, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(unitCode);
        ArgumentNullException.ThrowIfNull(fact);
        return byUnitAndFact.TryGetValue((unitCode, fact), out var records) && records.Any(r => r.HoldsOn(date));
    }

    /// <summary>The units of <paramref name="level"/> in <paramref name="hierarchy"/> that hold <paramref name="fact"/> on its date, in ordinal order.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IReadOnlyList<AdministrativeUnit> UnitsHolding(string fact, UnitHierarchy hierarchy, GovernmentLevel level) =>
        Split(fact, hierarchy, level).Holding;

    /// <summary>
    /// The units of <paramref name="level"/> in <paramref name="hierarchy"/> that do not hold
    /// <paramref name="fact"/> on its date, in ordinal order: the evidence of a coverage below 100%.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IReadOnlyList<AdministrativeUnit> UnitsNotHolding(string fact, UnitHierarchy hierarchy, GovernmentLevel level) =>
        Split(fact, hierarchy, level).NotHolding;

    /// <summary>
    /// The share of the units of <paramref name="level"/> valid on the hierarchy's date that
    /// hold <paramref name="fact"/> on that date; 0/0 (no value) when the level has no units then.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Rate Coverage(string fact, UnitHierarchy hierarchy, GovernmentLevel level)
    {
        var (holding, notHolding) = Split(fact, hierarchy, level);
        return new Rate(holding.Count, holding.Count + notHolding.Count);
    }

    /// <summary>
    /// The share of the listed units (each counted once) that hold <paramref name="fact"/> on
    /// the hierarchy's date; 0/0 (no value) for an empty list.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">A listed code is not valid on the hierarchy's date; the message names it.</exception>
    public Rate Coverage(string fact, UnitHierarchy hierarchy, IEnumerable<string> unitCodes)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(hierarchy);
        ArgumentNullException.ThrowIfNull(unitCodes);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in unitCodes)
        {
            hierarchy.OrdinalOf(code);
            codes.Add(code);
        }
        return new Rate(codes.Count(c => Holds(c, fact, hierarchy.Date)), codes.Count);
    }

    private (List<AdministrativeUnit> Holding, List<AdministrativeUnit> NotHolding) Split(
        string fact, UnitHierarchy hierarchy, GovernmentLevel level)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(hierarchy);
        var holding = new List<AdministrativeUnit>();
        var notHolding = new List<AdministrativeUnit>();
        foreach (var unit in hierarchy.OfLevel(level))
        {
            (Holds(unit.Code, fact, hierarchy.Date) ? holding : notHolding).Add(unit);
        }
        return (holding, notHolding);
    }
}

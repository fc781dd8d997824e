using System.Numerics;
using NodaTime;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Units;

/// <summary>
/// Maps the units before a reorganisation to the units after it (old code → new code,
/// effective on one date), so that figures can be compared across it.
/// </summary>
/// <remarks>
/// <para>
/// The old codes name units valid on the day before <see cref="EffectiveDate"/>, the new codes
/// units valid from <see cref="EffectiveDate"/>; the same code may name different units on the
/// two sides (code 24: Bắc Giang before 1 July 2025, the merged Bắc Ninh after). Never join by
/// code across the date: map through the crosswalk.
/// </para>
/// <para>
/// A crosswalk models merges and renames: each old unit goes to exactly one new unit, and a new
/// unit is formed from one or more old units. A unit split among several successors would need
/// weights and is not modelled. <see cref="Verify(UnitRegistry, GovernmentLevel)"/> checks the codes against a registry.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var crosswalk = VietnamProvinces.Crosswalk2025;
/// crosswalk.NewCodeOf("27");   // "24": old Bắc Ninh is part of the new Bắc Ninh
/// crosswalk.OldCodesOf("79");  // ["74", "77", "79"]: Bình Dương, Bà Rịa - Vũng Tàu, Hồ Chí Minh
/// crosswalk.Map(new Dictionary&lt;string, long&gt; { ["24"] = 10, ["27"] = 5 }); // { ["24"] = 15 }
/// </code>
/// </example>
public sealed class Crosswalk
{
    private readonly Dictionary<string, string> newByOld;
    private readonly Dictionary<string, string[]> oldByNew;

    /// <summary>Creates a crosswalk effective on <paramref name="effectiveDate"/>.</summary>
    /// <param name="effectiveDate">The first day of the new units; the old ones are valid until the day before.</param>
    /// <param name="links">One link per old code.</param>
    /// <exception cref="ArgumentNullException"><paramref name="links"/> is null.</exception>
    /// <exception cref="ArgumentException">An old code appears in more than one link, or a link was not created with its constructor; the message names the code.</exception>
    public Crosswalk(LocalDate effectiveDate, IEnumerable<CrosswalkLink> links)
    {
        ArgumentNullException.ThrowIfNull(links);
        EffectiveDate = effectiveDate;
        Links = links.ToArray();
        newByOld = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var link in Links)
        {
            if (link.OldCode.Length == 0 || link.NewCode.Length == 0)
            {
                Preconditions.ThrowArgument($"A crosswalk link has an empty code ({link}); create links with the CrosswalkLink constructor.", nameof(links));
            }
            if (!newByOld.TryAdd(link.OldCode, link.NewCode))
            {
                Preconditions.ThrowArgument(
                    $"Old code {link.OldCode} appears twice in the crosswalk (-> {newByOld[link.OldCode]} and -> {link.NewCode}); " +
                    "each old unit must map to exactly one new unit.",
                    nameof(links));
            }
        }
        oldByNew = Links
            .GroupBy(l => l.NewCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(l => l.OldCode).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        OldCodes = [.. newByOld.Keys.Order(StringComparer.Ordinal)];
        NewCodes = [.. oldByNew.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The first day on which the new units are valid.</summary>
    public LocalDate EffectiveDate { get; }

    /// <summary>The links, in the order given.</summary>
    public IReadOnlyList<CrosswalkLink> Links { get; }

    /// <summary>The old codes, sorted.</summary>
    public IReadOnlyList<string> OldCodes { get; }

    /// <summary>The new codes, sorted.</summary>
    public IReadOnlyList<string> NewCodes { get; }

    /// <summary>The new code of the unit that the old unit <paramref name="oldCode"/> became part of.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="oldCode"/> is null.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="oldCode"/> is not an old code of this crosswalk.</exception>
    public string NewCodeOf(string oldCode)
    {
        ArgumentNullException.ThrowIfNull(oldCode);
        return newByOld.TryGetValue(oldCode, out var newCode)
            ? newCode
            : throw new KeyNotFoundException($"{oldCode} is not an old code of the crosswalk effective {IsoDates.Format(EffectiveDate)}.");
    }

    /// <summary>The new code for <paramref name="oldCode"/>; <see langword="false"/> when it is not an old code.</summary>
    public bool TryGetNewCode(string oldCode, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? newCode)
    {
        newCode = null;
        return oldCode is not null && newByOld.TryGetValue(oldCode, out newCode);
    }

    /// <summary>The old codes the new unit <paramref name="newCode"/> was formed from, sorted; empty when it is not a new code.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="newCode"/> is null.</exception>
    public IReadOnlyList<string> OldCodesOf(string newCode)
    {
        ArgumentNullException.ThrowIfNull(newCode);
        return oldByNew.TryGetValue(newCode, out var oldCodes) ? oldCodes.AsReadOnly() : [];
    }

    /// <summary>
    /// Maps values keyed by old code to values keyed by new code, combining the values of old
    /// units that became one new unit with <paramref name="add"/> (e.g. <c>Rate.Add</c> to pool rates).
    /// </summary>
    /// <remarks>
    /// Only new units with at least one old value appear in the result; several values for one
    /// old code are combined too. The total over all keys is preserved when <paramref name="add"/> is a sum.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">A key is not an old code of this crosswalk; the message names it.</exception>
    public IReadOnlyDictionary<string, T> Map<T>(IEnumerable<KeyValuePair<string, T>> oldValues, Func<T, T, T> add)
    {
        ArgumentNullException.ThrowIfNull(oldValues);
        ArgumentNullException.ThrowIfNull(add);
        var result = new SortedDictionary<string, T>(StringComparer.Ordinal);
        foreach (var (oldCode, value) in oldValues)
        {
            string newCode = NewCodeOf(oldCode);
            result[newCode] = result.TryGetValue(newCode, out var sum) ? add(sum, value) : value;
        }
        return result;
    }

    /// <summary>Maps values keyed by old code to new codes, summing the values of merged units.</summary>
    /// <inheritdoc cref="Map{T}(IEnumerable{KeyValuePair{string, T}}, Func{T, T, T})"/>
    public IReadOnlyDictionary<string, T> Map<T>(IEnumerable<KeyValuePair<string, T>> oldValues)
        where T : IAdditionOperators<T, T, T> =>
        Map(oldValues, static (a, b) => a + b);

    /// <summary>
    /// Checks the crosswalk against <paramref name="registry"/>: every old code names a unit
    /// valid on the day before <see cref="EffectiveDate"/>, every new code a unit valid on
    /// <see cref="EffectiveDate"/>, and every unit of <paramref name="level"/> valid on the day
    /// before is an old code of the crosswalk.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="registry"/> is null.</exception>
    /// <exception cref="ArgumentException">A check fails; the message names the code.</exception>
    public void Verify(UnitRegistry registry, GovernmentLevel level)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var before = EffectiveDate.PlusDays(-1);
        foreach (var oldCode in OldCodes)
        {
            if (registry.Find(oldCode, before) is null)
            {
                Preconditions.ThrowArgument($"Old code {oldCode} names no unit on {IsoDates.Format(before)}, the day before the crosswalk takes effect.", nameof(registry));
            }
        }
        foreach (var newCode in NewCodes)
        {
            if (registry.Find(newCode, EffectiveDate) is null)
            {
                Preconditions.ThrowArgument($"New code {newCode} names no unit on {IsoDates.Format(EffectiveDate)}, the day the crosswalk takes effect.", nameof(registry));
            }
        }
        foreach (var unit in registry.AsOf(before).OfLevel(level))
        {
            if (!newByOld.ContainsKey(unit.Code))
            {
                Preconditions.ThrowArgument($"Unit {unit} is not mapped by the crosswalk effective {IsoDates.Format(EffectiveDate)}.", nameof(registry));
            }
        }
    }
}

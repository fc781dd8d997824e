using System.Numerics;
using NodaTime;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Units;

/// <summary>
/// The administrative units valid on one date, linked to their parents, each with a dense
/// ordinal for array-indexed grouping.
/// </summary>
/// <remarks>
/// <para>
/// Obtained from <see cref="UnitRegistry.AsOf(LocalDate)"/>. Every unit valid on
/// <see cref="Date"/> appears exactly once, and its parent (valid on the same date, by the
/// registry's checks) appears too.
/// </para>
/// <para>
/// <b>Ordinals.</b> Units are numbered 0..<see cref="Count"/>−1 in pre-order: top-level units
/// (ministries, then provinces) by code, each followed by its subtree, children by code. So a
/// parent's ordinal is below its children's, and the subtree of the unit with ordinal
/// <c>i</c> is the contiguous range <c>[i, SubtreeEnd(i))</c>. <see cref="ParentOrdinals"/>
/// gives each unit's parent ordinal (−1 at the top), which is all a columnar engine needs to
/// roll counts up (<see cref="RollUp{T}(ReadOnlySpan{T}, Span{T})"/>).
/// </para>
/// <para>
/// <b>Rollup</b> (docs/specification.md §5): each unit counts its own values and those of every unit
/// below it in this hierarchy, so a parent's rollup equals its own value plus its children's
/// rollups.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var provinces2025 = VietnamProvinces.Registry.AsOf(new LocalDate(2025, 7, 1));
/// provinces2025.Count;          // 34
/// provinces2025["24"].Name;     // "Bắc Ninh"
/// provinces2025.OrdinalOf("01"); // 0
/// </code>
/// </example>
public sealed class UnitHierarchy
{
    private readonly AdministrativeUnit[] units;
    private readonly int[] parentOrdinals;
    private readonly int[] subtreeEnds;
    private readonly Dictionary<string, int> ordinals;
    private readonly int[][] childOrdinals;

    internal UnitHierarchy(LocalDate date, IEnumerable<AdministrativeUnit> validUnits)
    {
        Date = date;
        var valid = validUnits.ToArray();
        var codeIndex = new Dictionary<string, int>(valid.Length, StringComparer.Ordinal);
        for (int i = 0; i < valid.Length; i++)
        {
            codeIndex.Add(valid[i].Code, i);
        }
        var children = new List<int>[valid.Length];
        var roots = new List<int>();
        for (int i = 0; i < valid.Length; i++)
        {
            if (valid[i].ParentCode is { } parentCode)
            {
                // The registry guarantees the parent is valid on the date.
                int parent = codeIndex[parentCode];
                (children[parent] ??= []).Add(i);
            }
            else
            {
                roots.Add(i);
            }
        }
        Comparison<int> byLevelThenCode = (a, b) =>
        {
            int byLevel = valid[a].Level.CompareTo(valid[b].Level);
            return byLevel != 0 ? byLevel : string.CompareOrdinal(valid[a].Code, valid[b].Code);
        };

        units = new AdministrativeUnit[valid.Length];
        parentOrdinals = new int[valid.Length];
        subtreeEnds = new int[valid.Length];
        ordinals = new Dictionary<string, int>(valid.Length, StringComparer.Ordinal);
        var childLists = new List<int>[valid.Length];
        int next = 0;
        // Iterative pre-order walk: (index in valid, parent ordinal).
        var stack = new Stack<(int Index, int ParentOrdinal, bool Exit, int Ordinal)>();
        roots.Sort(byLevelThenCode);
        for (int r = roots.Count - 1; r >= 0; r--)
        {
            stack.Push((roots[r], -1, false, -1));
        }
        while (stack.Count > 0)
        {
            var (index, parentOrdinal, exit, ordinal) = stack.Pop();
            if (exit)
            {
                subtreeEnds[ordinal] = next;
                continue;
            }
            int own = next++;
            units[own] = valid[index];
            parentOrdinals[own] = parentOrdinal;
            ordinals.Add(valid[index].Code, own);
            childLists[own] = [];
            if (parentOrdinal >= 0)
            {
                childLists[parentOrdinal].Add(own);
            }
            stack.Push((index, parentOrdinal, true, own));
            if (children[index] is { } kids)
            {
                kids.Sort(byLevelThenCode);
                for (int k = kids.Count - 1; k >= 0; k--)
                {
                    stack.Push((kids[k], own, false, -1));
                }
            }
        }
        childOrdinals = Array.ConvertAll(childLists, list => list.ToArray());
    }

    /// <summary>The date on which every unit of the hierarchy is valid.</summary>
    public LocalDate Date { get; }

    /// <summary>The number of units.</summary>
    public int Count => units.Length;

    /// <summary>The units in ordinal order (pre-order; see the remarks).</summary>
    public IReadOnlyList<AdministrativeUnit> Units => units.AsReadOnly();

    /// <summary>The parent ordinal of each unit, indexed by ordinal; −1 for a top-level unit.</summary>
    public ReadOnlySpan<int> ParentOrdinals => parentOrdinals;

    /// <summary>The unit with ordinal <paramref name="ordinal"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ordinal"/> is not in 0..<see cref="Count"/>−1.</exception>
    public AdministrativeUnit this[int ordinal] => units[CheckOrdinal(ordinal)];

    /// <summary>The unit with code <paramref name="code"/>.</summary>
    /// <exception cref="KeyNotFoundException">No unit with that code is valid on <see cref="Date"/>.</exception>
    public AdministrativeUnit this[string code] => units[OrdinalOf(code)];

    /// <summary>Whether a unit with code <paramref name="code"/> is valid on <see cref="Date"/>.</summary>
    public bool Contains(string code) => code is not null && ordinals.ContainsKey(code);

    /// <summary>The ordinal of the unit with code <paramref name="code"/>; <see langword="false"/> when there is none.</summary>
    public bool TryGetOrdinal(string code, out int ordinal)
    {
        ordinal = -1;
        return code is not null && ordinals.TryGetValue(code, out ordinal);
    }

    /// <summary>The ordinal of the unit with code <paramref name="code"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No unit with that code is valid on <see cref="Date"/>.</exception>
    public int OrdinalOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return ordinals.TryGetValue(code, out int ordinal)
            ? ordinal
            : throw new KeyNotFoundException($"No unit with code {code} is valid on {IsoDates.Format(Date)}.");
    }

    /// <summary>
    /// The end (exclusive) of the subtree of the unit with ordinal <paramref name="ordinal"/>:
    /// the unit and all units below it are the ordinals <c>[ordinal, SubtreeEnd(ordinal))</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ordinal"/> is not in 0..<see cref="Count"/>−1.</exception>
    public int SubtreeEnd(int ordinal) => subtreeEnds[CheckOrdinal(ordinal)];

    /// <summary>The unit directly above <paramref name="code"/>, or <see langword="null"/> for a top-level unit.</summary>
    /// <exception cref="KeyNotFoundException">No unit with that code is valid on <see cref="Date"/>.</exception>
    public AdministrativeUnit? Parent(string code) => parentOrdinals[OrdinalOf(code)] is var p and >= 0 ? units[p] : null;

    /// <summary>The units directly below <paramref name="code"/>, by code; empty for a leaf.</summary>
    /// <exception cref="KeyNotFoundException">No unit with that code is valid on <see cref="Date"/>.</exception>
    public IReadOnlyList<AdministrativeUnit> Children(string code) =>
        Array.ConvertAll(childOrdinals[OrdinalOf(code)], c => units[c]);

    /// <summary>The units above <paramref name="code"/>, nearest first (parent, grandparent, …); empty for a top-level unit.</summary>
    /// <exception cref="KeyNotFoundException">No unit with that code is valid on <see cref="Date"/>.</exception>
    public IReadOnlyList<AdministrativeUnit> Ancestors(string code)
    {
        var result = new List<AdministrativeUnit>();
        for (int p = parentOrdinals[OrdinalOf(code)]; p >= 0; p = parentOrdinals[p])
        {
            result.Add(units[p]);
        }
        return result;
    }

    /// <summary>
    /// Every unit below <paramref name="code"/> (children, their children, …) in ordinal order,
    /// not including the unit itself; empty for a leaf.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No unit with that code is valid on <see cref="Date"/>.</exception>
    public IReadOnlyList<AdministrativeUnit> Descendants(string code)
    {
        int ordinal = OrdinalOf(code);
        return units[(ordinal + 1)..subtreeEnds[ordinal]];
    }

    /// <summary>The top-level units (ministries, then provinces, each by code).</summary>
    public IReadOnlyList<AdministrativeUnit> Roots => units.Where((_, i) => parentOrdinals[i] < 0).ToArray();

    /// <summary>The units of <paramref name="level"/>, in ordinal order; empty when there are none (e.g. districts after 1 July 2025).</summary>
    public IReadOnlyList<AdministrativeUnit> OfLevel(GovernmentLevel level) => units.Where(u => u.Level == level).ToArray();

    /// <summary>
    /// Rolls values up the hierarchy: <c>totals[i]</c> = <c>own[i]</c> plus the totals of
    /// <c>i</c>'s children, i.e. the sum over the subtree of <c>i</c>. Both spans are indexed by ordinal.
    /// </summary>
    /// <remarks>Walks ordinals from the last to the first, adding each total into its parent's: O(n), no allocation. <paramref name="totals"/> may be the same memory as <paramref name="own"/>.</remarks>
    /// <exception cref="ArgumentException">A span's length is not <see cref="Count"/>.</exception>
    public void RollUp<T>(ReadOnlySpan<T> own, Span<T> totals)
        where T : IAdditionOperators<T, T, T>
    {
        if (own.Length != Count || totals.Length != Count)
        {
            Preconditions.ThrowArgument(
                $"Both spans must have one value per unit ({Count}); they have {own.Length} and {totals.Length}.", nameof(own));
        }
        own.CopyTo(totals);
        for (int i = Count - 1; i >= 0; i--)
        {
            int parent = parentOrdinals[i];
            if (parent >= 0)
            {
                totals[parent] += totals[i];
            }
        }
    }

    /// <summary>
    /// Rolls values given by unit code up the hierarchy: the result has one entry per unit of
    /// the hierarchy, the sum of the values of its subtree. Several values for one code are
    /// added; a unit with no value counts as zero.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="own"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">A code is not valid on <see cref="Date"/>; the message names it.</exception>
    public IReadOnlyDictionary<string, T> RollUp<T>(IEnumerable<KeyValuePair<string, T>> own)
        where T : IAdditionOperators<T, T, T>, IAdditiveIdentity<T, T>
    {
        ArgumentNullException.ThrowIfNull(own);
        var values = new T[Count];
        Array.Fill(values, T.AdditiveIdentity);
        foreach (var (code, value) in own)
        {
            int ordinal = OrdinalOf(code);
            values[ordinal] += value;
        }
        RollUp<T>(values, values);
        var result = new Dictionary<string, T>(Count, StringComparer.Ordinal);
        for (int i = 0; i < Count; i++)
        {
            result.Add(units[i].Code, values[i]);
        }
        return result;
    }

    private int CheckOrdinal(int ordinal)
    {
        if ((uint)ordinal >= (uint)units.Length)
        {
            Preconditions.ThrowOutOfRange(ordinal, $"ordinal must be in 0..{units.Length - 1}; it was {ordinal}.", nameof(ordinal));
        }
        return ordinal;
    }
}

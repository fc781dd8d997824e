using NodaTime;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Units;

/// <summary>
/// A crosswalk in which an old unit may be split among several new units (whole, part, remainder),
/// as the communes were on 1 July 2025; each old unit has one <em>successor</em> to which its
/// figures are attributed.
/// </summary>
/// <remarks>
/// <para>
/// Unlike <see cref="Crosswalk"/>, an old code may have several links. Figures are attributed
/// (not weighted) to the old unit's <see cref="SuccessorOf(string)"/>: the new unit of its
/// <see cref="CrosswalkShare.Whole"/> link; else the new unit that kept its code (the anchor);
/// else the new unit of its <see cref="CrosswalkShare.Remainder"/> link; else the new unit of its
/// first <see cref="CrosswalkShare.Part"/> link by code. Several links of the same rank: the one
/// with the lowest new code. <see cref="ToCrosswalk"/> gives that attribution as a
/// <see cref="Crosswalk"/>.
/// </para>
/// <para>
/// <see cref="WithLinks"/> lets a user override or extend the links: the user's links of an old
/// code replace every built-in link of that code.
/// </para>
/// </remarks>
public sealed class UnitCrosswalk
{
    private readonly Dictionary<string, UnitCrosswalkLink[]> byOld;
    private readonly Dictionary<string, UnitCrosswalkLink[]> byNew;

    /// <summary>Creates a crosswalk effective on <paramref name="effectiveDate"/>.</summary>
    /// <param name="effectiveDate">The first day of the new units.</param>
    /// <param name="links">The links; the same (old, new) pair at most once.</param>
    /// <param name="unmatched">What the crosswalk's source could not match (kept for reporting); none when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="links"/> is null.</exception>
    /// <exception cref="ArgumentException">A link has an empty code (e.g. <c>default</c>), or a pair of codes appears twice; the message names it.</exception>
    public UnitCrosswalk(LocalDate effectiveDate, IEnumerable<UnitCrosswalkLink> links, IEnumerable<UnmatchedComposition>? unmatched = null)
    {
        ArgumentNullException.ThrowIfNull(links);
        EffectiveDate = effectiveDate;
        Links = [.. links];
        var pairs = new HashSet<(string, string)>();
        foreach (var link in Links)
        {
            if (link.OldCode.Length == 0 || link.NewCode.Length == 0)
            {
                Preconditions.ThrowArgument("A crosswalk link has an empty code; create links with the UnitCrosswalkLink constructor.", nameof(links));
            }
            if (!pairs.Add((link.OldCode, link.NewCode)))
            {
                Preconditions.ThrowArgument($"The crosswalk links {link.OldCode} -> {link.NewCode} twice.", nameof(links));
            }
        }
        byOld = Links.GroupBy(l => l.OldCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(l => l.NewCode, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        byNew = Links.GroupBy(l => l.NewCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(l => l.OldCode, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        Unmatched = unmatched is null ? [] : [.. unmatched];
    }

    /// <summary>The first day of the new units.</summary>
    public LocalDate EffectiveDate { get; }

    /// <summary>The links, in the order given.</summary>
    public IReadOnlyList<UnitCrosswalkLink> Links { get; }

    /// <summary>What the source of the links could not match: pieces of composition text, and old units no link reaches; empty for a user's crosswalk.</summary>
    public IReadOnlyList<UnmatchedComposition> Unmatched { get; }

    /// <summary>The old codes, sorted.</summary>
    public IReadOnlyList<string> OldCodes => [.. byOld.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The links from <paramref name="oldCode"/>, by new code; empty when it has none.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="oldCode"/> is null.</exception>
    public IReadOnlyList<UnitCrosswalkLink> LinksFrom(string oldCode)
    {
        ArgumentNullException.ThrowIfNull(oldCode);
        return byOld.TryGetValue(oldCode, out var links) ? links.AsReadOnly() : [];
    }

    /// <summary>The links to <paramref name="newCode"/>, by old code; empty when it has none.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="newCode"/> is null.</exception>
    public IReadOnlyList<UnitCrosswalkLink> LinksTo(string newCode)
    {
        ArgumentNullException.ThrowIfNull(newCode);
        return byNew.TryGetValue(newCode, out var links) ? links.AsReadOnly() : [];
    }

    /// <summary>The new unit the old unit's figures are attributed to (see the remarks), or <see langword="null"/> when it has no link.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="oldCode"/> is null.</exception>
    public string? SuccessorOf(string oldCode)
    {
        ArgumentNullException.ThrowIfNull(oldCode);
        if (!byOld.TryGetValue(oldCode, out var links))
        {
            return null;
        }
        // Links are sorted by new code, so the first of the best rank has the lowest code.
        return links.MinBy(l => Rank(l, oldCode)).NewCode;
    }

    /// <summary>
    /// This crosswalk with <paramref name="overrides"/>: for each old code they name, their links
    /// replace every link of that code; other old codes keep theirs.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="overrides"/> is null.</exception>
    /// <exception cref="ArgumentException">The overrides link a pair twice or have an empty code.</exception>
    public UnitCrosswalk WithLinks(IEnumerable<UnitCrosswalkLink> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var extra = overrides.ToArray();
        var replaced = extra.Select(l => l.OldCode).ToHashSet(StringComparer.Ordinal);
        return new UnitCrosswalk(EffectiveDate, Links.Where(l => !replaced.Contains(l.OldCode)).Concat(extra), Unmatched);
    }

    /// <summary>Each old code to its <see cref="SuccessorOf(string)"/>, as a <see cref="Crosswalk"/> for mapping figures.</summary>
    public Crosswalk ToCrosswalk() =>
        new(EffectiveDate, byOld.Keys.Order(StringComparer.Ordinal).Select(old => new CrosswalkLink(old, SuccessorOf(old)!)));

    private static int Rank(UnitCrosswalkLink link, string oldCode) => link.Share switch
    {
        CrosswalkShare.Whole => 0,
        _ when link.NewCode == oldCode => 1,
        CrosswalkShare.Remainder => 2,
        _ => 3,
    };
}

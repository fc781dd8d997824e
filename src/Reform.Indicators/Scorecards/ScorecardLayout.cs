using NodaTime;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Scorecards;

/// <summary>
/// A scorecard layout in force from a date: its groups, its indicators and their maxima, with the
/// source — e.g. the 5-group layout of Decision 766 from 1 August 2022.
/// </summary>
/// <remarks>
/// The constructor checks that indicator codes are unique, that every indicator sits in exactly
/// one group, and that each group's maximum is the sum of its indicators' maxima, so
/// <see cref="MaxPoints"/> (the sum of the groups) is the sum of every indicator's maximum.
/// </remarks>
public sealed record ScorecardLayout
{
    private readonly Dictionary<string, IndicatorDefinition> byCode;

    /// <summary>Creates a layout.</summary>
    /// <param name="name">The layout's name, e.g. <c>Decision 766, 6 groups</c>.</param>
    /// <param name="effectiveFrom">The first date the layout is in force.</param>
    /// <param name="groups">The groups, in display order.</param>
    /// <param name="indicators">The indicators; each in exactly one group.</param>
    /// <param name="source">Where the layout comes from.</param>
    /// <param name="confidence">How sure the source is.</param>
    /// <exception cref="ArgumentException">The layout is inconsistent; the message says how.</exception>
    public ScorecardLayout(
        string name, LocalDate effectiveFrom, IEnumerable<ScoreGroup> groups, IEnumerable<IndicatorDefinition> indicators,
        string source, SourceConfidence confidence)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var groupList = groups.ToArray();
        var indicatorList = indicators.ToArray();
        byCode = new Dictionary<string, IndicatorDefinition>(StringComparer.Ordinal);
        foreach (var indicator in indicatorList)
        {
            if (!byCode.TryAdd(indicator.Code, indicator))
            {
                Preconditions.ThrowArgument($"Layout '{name}': indicator {indicator.Code} appears twice.", nameof(indicators));
            }
        }
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in groupList)
        {
            decimal sum = 0;
            foreach (var code in group.IndicatorCodes)
            {
                if (!byCode.TryGetValue(code, out var indicator))
                {
                    Preconditions.ThrowArgument($"Layout '{name}': group {group.Code} lists indicator {code}, which is not among the indicators.", nameof(groups));
                }
                if (!placed.Add(code))
                {
                    Preconditions.ThrowArgument($"Layout '{name}': indicator {code} is in more than one group.", nameof(groups));
                }
                sum += indicator!.MaxPoints;
            }
            if (sum != group.MaxPoints)
            {
                Preconditions.ThrowArgument(FormattableString.Invariant($"Layout '{name}': group {group.Code} has maximum {group.MaxPoints} but its indicators add up to {sum}."), nameof(groups));
            }
        }
        if (indicatorList.FirstOrDefault(i => !placed.Contains(i.Code)) is { } orphan)
        {
            Preconditions.ThrowArgument($"Layout '{name}': indicator {orphan.Code} is in no group.", nameof(indicators));
        }
        Name = name;
        EffectiveFrom = effectiveFrom;
        Groups = ValueList<ScoreGroup>.Of(groupList);
        Indicators = ValueList<IndicatorDefinition>.Of(groupList.SelectMany(g => g.IndicatorCodes).Select(c => byCode[c]));
        Source = source;
        Confidence = confidence;
    }

    /// <summary>The layout's name.</summary>
    public string Name { get; }

    /// <summary>The first date the layout is in force.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>The groups, in display order.</summary>
    public IReadOnlyList<ScoreGroup> Groups { get; }

    /// <summary>The indicators, group by group in display order.</summary>
    public IReadOnlyList<IndicatorDefinition> Indicators { get; }

    /// <summary>Where the layout comes from.</summary>
    public string Source { get; }

    /// <summary>How sure the source is.</summary>
    public SourceConfidence Confidence { get; }

    /// <summary>Whether both have the same name, date, groups, indicators, source and confidence (the lookup by code follows from them).</summary>
    public bool Equals(ScorecardLayout? other) =>
        other is not null && Name == other.Name && EffectiveFrom == other.EffectiveFrom && Groups.Equals(other.Groups)
        && Indicators.Equals(other.Indicators) && Source == other.Source && Confidence == other.Confidence;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, EffectiveFrom, Groups, Indicators, Source, Confidence);

    /// <summary>The maximum total: the sum of the groups' maxima (100 for Decision 766).</summary>
    public decimal MaxPoints => Groups.Sum(g => g.MaxPoints);

    /// <summary>The indicator with code <paramref name="code"/>.</summary>
    /// <exception cref="KeyNotFoundException">The layout has no such indicator.</exception>
    public IndicatorDefinition Indicator(string code) =>
        byCode.TryGetValue(code, out var indicator) ? indicator : throw new KeyNotFoundException($"Layout '{Name}' has no indicator {code}.");

    /// <summary>A copy of this layout with <paramref name="indicator"/> in place of the indicator with the same code (e.g. a changed threshold).</summary>
    /// <exception cref="KeyNotFoundException">The layout has no indicator with that code.</exception>
    /// <exception cref="ArgumentException">The new maximum breaks a group's sum; change the group too.</exception>
    public ScorecardLayout WithIndicator(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        _ = Indicator(indicator.Code);
        return new ScorecardLayout(Name, EffectiveFrom, Groups, Indicators.Select(i => i.Code == indicator.Code ? indicator : i), Source, Confidence);
    }

    /// <summary>
    /// Scores a unit's inputs: each indicator by its rule, then the groups and the total.
    /// An indicator with no input counts as 0/0.
    /// </summary>
    /// <param name="inputs">The inputs by indicator code.</param>
    /// <param name="notApplicable">How not-applicable indicators enter the groups and the total.</param>
    /// <returns>The group scores (in order) and the total, unrounded.</returns>
    public (IReadOnlyList<GroupScore> Groups, decimal Total) Score(IReadOnlyDictionary<string, IndicatorInput> inputs, NotApplicableHandling notApplicable = NotApplicableHandling.CountAsZero)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var groups = new GroupScore[Groups.Count];
        decimal total = 0, applicableGroupMax = 0;
        for (int g = 0; g < Groups.Count; g++)
        {
            var group = Groups[g];
            var scores = new IndicatorScore[group.IndicatorCodes.Count];
            decimal points = 0, applicableMax = 0;
            for (int i = 0; i < scores.Length; i++)
            {
                var definition = byCode[group.IndicatorCodes[i]];
                scores[i] = definition.Score(inputs.TryGetValue(definition.Code, out var input) ? input : default);
                points += scores[i].Points;
                applicableMax += scores[i].IsApplicable ? definition.MaxPoints : 0;
            }
            if (notApplicable == NotApplicableHandling.Rescale)
            {
                // An all-N/A group leaves the total; a partly N/A group is rescaled to its maximum.
                points = applicableMax == 0 ? 0 : Math.Round(points / applicableMax * group.MaxPoints, IndicatorDefinition.PointsDecimals, MidpointRounding.AwayFromZero);
                applicableGroupMax += applicableMax == 0 ? 0 : group.MaxPoints;
            }
            groups[g] = new GroupScore(group, scores, points);
            total += points;
        }
        if (notApplicable == NotApplicableHandling.Rescale)
        {
            total = applicableGroupMax == 0 ? 0 : Math.Round(total / applicableGroupMax * MaxPoints, IndicatorDefinition.PointsDecimals, MidpointRounding.AwayFromZero);
        }
        return (groups, total);
    }

    /// <summary><c>"Decision 766, 6 groups (from 2024-01-01, 100 points)"</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{Name} (from {IsoDates.Format(EffectiveFrom)}, {MaxPoints} points)");
}

namespace Reform.Indicators.Scorecards;

/// <summary>Ranks by score, highest first, with ties sharing a rank (competition ranking: 1, 2, 2, 4).</summary>
/// <remarks>
/// Ranks are computed on the scores as given — pass unrounded scores (rounding before ranking
/// gave wrong ranks in COINr before 1.1.9). The result does not depend on the input order: the
/// rank of an item is 1 + the number of items with a strictly higher score.
/// </remarks>
/// <example>
/// <code>
/// Ranking.Competition([92.18m, 91.87m, 92.18m, 80m]); // [1, 3, 1, 4]
/// </code>
/// </example>
public static class Ranking
{
    /// <summary>The competition rank of each score, in input order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is null.</exception>
    public static int[] Competition<T>(IReadOnlyList<T> scores)
        where T : IComparable<T>
    {
        ArgumentNullException.ThrowIfNull(scores);
        var order = Enumerable.Range(0, scores.Count).ToArray();
        Array.Sort(order, (a, b) => scores[b].CompareTo(scores[a]));
        var ranks = new int[scores.Count];
        for (int i = 0; i < order.Length; i++)
        {
            ranks[order[i]] = i > 0 && scores[order[i]].CompareTo(scores[order[i - 1]]) == 0 ? ranks[order[i - 1]] : i + 1;
        }
        return ranks;
    }

    /// <summary>The competition rank of each item by <paramref name="score"/>, in input order.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int[] Competition<TItem, T>(IReadOnlyList<TItem> items, Func<TItem, T> score)
        where T : IComparable<T>
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(score);
        return Competition<T>([.. items.Select(score)]);
    }
}

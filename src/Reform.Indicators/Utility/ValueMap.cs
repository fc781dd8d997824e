using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Reform.Indicators.Utility;

/// <summary>
/// An immutable dictionary that is equal to another <see cref="ValueMap{TKey, TValue}"/> with the
/// same keys mapped to equal values, in any order, with a hash code to match: what records that
/// hold dictionaries store, so that their synthesised equality compares contents, not references.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type; its own equality decides.</typeparam>
internal sealed class ValueMap<TKey, TValue> : IReadOnlyDictionary<TKey, TValue>, IEquatable<ValueMap<TKey, TValue>>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> items;

    private ValueMap(Dictionary<TKey, TValue> items) => this.items = items;

    /// <summary>
    /// <paramref name="source"/> as a value map with keys compared by <paramref name="comparer"/> (the
    /// default equality when null): itself when it is one with the same comparer, else a copy; null stays null.
    /// </summary>
    public static IReadOnlyDictionary<TKey, TValue> Of(IEnumerable<KeyValuePair<TKey, TValue>> source, IEqualityComparer<TKey>? comparer = null) =>
        source is null ? null!
        : source is ValueMap<TKey, TValue> map && map.items.Comparer.Equals(comparer ?? EqualityComparer<TKey>.Default) ? map
        : new ValueMap<TKey, TValue>(new Dictionary<TKey, TValue>(source, comparer));

    /// <inheritdoc/>
    public TValue this[TKey key] => items[key];

    /// <inheritdoc/>
    public IEnumerable<TKey> Keys => items.Keys;

    /// <inheritdoc/>
    public IEnumerable<TValue> Values => items.Values;

    /// <inheritdoc/>
    public int Count => items.Count;

    /// <inheritdoc/>
    public bool ContainsKey(TKey key) => items.ContainsKey(key);

    /// <inheritdoc/>
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => items.TryGetValue(key, out value);

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    /// <summary>Whether both map the same keys to equal values.</summary>
    public bool Equals(ValueMap<TKey, TValue>? other)
    {
        if (other is null || other.items.Count != items.Count)
        {
            return false;
        }
        foreach (var (key, value) in items)
        {
            if (!other.items.TryGetValue(key, out var theirs) || !EqualityComparer<TValue>.Default.Equals(value, theirs))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValueMap<TKey, TValue>);

    /// <summary>A hash of the entries that does not depend on their order.</summary>
    public override int GetHashCode()
    {
        int hash = items.Count;
        foreach (var (key, value) in items)
        {
            hash += HashCode.Combine(items.Comparer.GetHashCode(key), value);
        }
        return hash;
    }

    /// <summary>The entries in the ordinal order of their keys' text, as <c>{k: v, …}</c> (the same for equal maps).</summary>
    public override string ToString() => $"{{{string.Join(", ", items.Select(p => $"{p.Key}: {p.Value}").Order(StringComparer.Ordinal))}}}";
}

using System.Collections;

namespace Reform.Indicators.Utility;

/// <summary>
/// An immutable set that is equal to another <see cref="ValueSet{T}"/> with the same elements, in
/// any order, with a hash code to match: what records that hold sets store, so that their
/// synthesised equality compares the sets' contents instead of their references.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ValueSet<T> : IReadOnlySet<T>, IEquatable<ValueSet<T>>
{
    private readonly HashSet<T> items;

    private ValueSet(HashSet<T> items) => this.items = items;

    /// <summary>
    /// <paramref name="source"/> as a value set compared by <paramref name="comparer"/> (the default
    /// equality when null): itself when it is one with the same comparer, else a copy; null stays null.
    /// </summary>
    public static IReadOnlySet<T> Of(IEnumerable<T> source, IEqualityComparer<T>? comparer = null) =>
        source is null ? null!
        : source is ValueSet<T> set && set.items.Comparer.Equals(comparer ?? EqualityComparer<T>.Default) ? set
        : new ValueSet<T>(new HashSet<T>(source, comparer));

    /// <inheritdoc/>
    public int Count => items.Count;

    /// <inheritdoc/>
    public bool Contains(T item) => items.Contains(item);

    /// <inheritdoc/>
    public bool IsProperSubsetOf(IEnumerable<T> other) => items.IsProperSubsetOf(other);

    /// <inheritdoc/>
    public bool IsProperSupersetOf(IEnumerable<T> other) => items.IsProperSupersetOf(other);

    /// <inheritdoc/>
    public bool IsSubsetOf(IEnumerable<T> other) => items.IsSubsetOf(other);

    /// <inheritdoc/>
    public bool IsSupersetOf(IEnumerable<T> other) => items.IsSupersetOf(other);

    /// <inheritdoc/>
    public bool Overlaps(IEnumerable<T> other) => items.Overlaps(other);

    /// <inheritdoc/>
    public bool SetEquals(IEnumerable<T> other) => items.SetEquals(other);

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    /// <summary>Whether both hold the same elements.</summary>
    public bool Equals(ValueSet<T>? other) => other is not null && items.SetEquals(other.items);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValueSet<T>);

    /// <summary>A hash of the elements that does not depend on their order.</summary>
    public override int GetHashCode()
    {
        int hash = items.Count;
        foreach (var item in items)
        {
            hash += item is null ? 0 : items.Comparer.GetHashCode(item) * 31;
        }
        return hash;
    }

    /// <summary>The elements in the ordinal order of their text, as <c>{a, b, …}</c> (the same for equal sets).</summary>
    public override string ToString() => $"{{{string.Join(", ", items.Select(i => i?.ToString()).Order(StringComparer.Ordinal))}}}";
}

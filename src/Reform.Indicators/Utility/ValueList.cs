using System.Collections;

namespace Reform.Indicators.Utility;

/// <summary>
/// An immutable list that is equal to another <see cref="ValueList{T}"/> with equal elements in
/// the same order, with a hash code to match: what records that hold lists store, so that their
/// synthesised equality compares the lists' contents instead of their references.
/// </summary>
/// <typeparam name="T">The element type; its own equality decides.</typeparam>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] items;

    private ValueList(T[] items) => this.items = items;

    /// <inheritdoc/>
    public int Count => items.Length;

    /// <inheritdoc/>
    public T this[int index] => items[index];

    /// <summary>
    /// <paramref name="source"/> as a value list: itself when it is one, else a copy (so a caller
    /// who changes its list later does not change the record); null stays null.
    /// </summary>
    public static IReadOnlyList<T> Of(IEnumerable<T> source) =>
        source is null ? null! : source as ValueList<T> ?? new ValueList<T>([.. source]);

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    /// <summary>Whether both hold equal elements in the same order.</summary>
    public bool Equals(ValueList<T>? other) =>
        other is not null && items.AsSpan().SequenceEqual(other.items, EqualityComparer<T>.Default);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in items)
        {
            hash.Add(item);
        }
        return hash.ToHashCode();
    }

    /// <summary>The elements, as <c>[a, b, …]</c>.</summary>
    public override string ToString() => $"[{string.Join(", ", items)}]";
}

namespace Reform.Indicators.Data;

/// <summary>
/// A zeroed table of 64-bit slots read at random (the id set's), in native memory on 2 MiB pages
/// where the system gives them (<see cref="LargePageMemory"/>, which says why).
/// </summary>
internal sealed unsafe class SlotTable : IDisposable
{
    private readonly LargePageMemory memory;

    /// <summary>A table of <paramref name="length"/> slots, all 0.</summary>
    public SlotTable(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        Length = length;
        memory = new LargePageMemory((nuint)length * sizeof(ulong), zeroed: true);
    }

    /// <summary>The number of slots.</summary>
    public int Length { get; }

    /// <summary>The first slot; slot i is at <c>Slots + i</c> for i below <see cref="Length"/>.</summary>
    public ulong* Slots => (ulong*)memory.Start;

    public void Dispose() => memory.Dispose();
}

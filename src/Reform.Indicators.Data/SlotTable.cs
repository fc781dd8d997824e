using System.Runtime.InteropServices;

namespace Reform.Indicators.Data;

/// <summary>
/// A zeroed table of 64-bit slots read at random (the id set's), in native memory and on 2 MiB
/// pages where the operating system gives them on request (Linux transparent huge pages, which
/// serve <c>madvise</c>d ranges in its default mode).
/// </summary>
/// <remarks>
/// <para>A look-up at a random place in a table of 128 MB misses the processor's address cache
/// (TLB) almost every time with 4 KiB pages, and the page walk — slower still in a virtual
/// machine, where it walks two page tables — holds up the thread even when the slot itself is
/// prefetched: a prefetch waits for its address. With 2 MiB pages the table needs 64 entries
/// instead of 32,768. Measured on the Parquet reader (docs/performance.md).</para>
/// <para>Native, not an array of the garbage collector, because the advice must come before the
/// pages are first touched: the collector reuses memory it has touched, and a large array would get
/// ordinary pages from the second report of a process on. Freed by <see cref="Dispose"/> (or, if a
/// caller forgets, by the finalizer). Elsewhere, or when the request is refused, the pages are
/// ordinary ones: the advice changes speed, never results.</para>
/// </remarks>
internal sealed unsafe partial class SlotTable : IDisposable
{
    private const int LargePage = 1 << 21;
    private const int MadviseHugePage = 14;   // MADV_HUGEPAGE (Linux)

    private ulong* slots;

    /// <summary>A table of <paramref name="length"/> slots, all 0.</summary>
    public SlotTable(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        Length = length;
        nuint bytes = (nuint)length * sizeof(ulong);
        bool large = bytes >= 2 * LargePage && OperatingSystem.IsLinux();
        slots = (ulong*)NativeMemory.AlignedAlloc(bytes, large ? (nuint)LargePage : 64);
        if (large)
        {
            try
            {
                _ = Madvise((nint)slots, bytes, MadviseHugePage);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // No C library to ask: ordinary pages.
            }
        }
        NativeMemory.Clear(slots, bytes);
        GC.AddMemoryPressure((long)bytes);
    }

    ~SlotTable() => Free();

    /// <summary>The number of slots.</summary>
    public int Length { get; }

    /// <summary>The first slot; slot i is at <c>Slots + i</c> for i below <see cref="Length"/>.</summary>
    public ulong* Slots => slots != null ? slots : throw new ObjectDisposedException(nameof(SlotTable));

    public void Dispose()
    {
        Free();
        GC.SuppressFinalize(this);
    }

    private void Free()
    {
        if (slots != null)
        {
            NativeMemory.AlignedFree(slots);
            slots = null;
            GC.RemoveMemoryPressure((long)Length * sizeof(ulong));
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nint address, nuint length, int advice);
}

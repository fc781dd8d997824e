using System.Runtime.InteropServices;

namespace Reform.Indicators.Data;

/// <summary>
/// A block of native memory on 2 MiB pages where the operating system gives them on request (Linux
/// transparent huge pages, which serve <c>madvise</c>d ranges in its default mode): for the id set's
/// slots, read at random, and for its bytes, written once in order and read back rarely.
/// </summary>
/// <remarks>
/// <para>A look-up at a random place in a table of 128 MB misses the processor's address cache
/// (TLB) almost every time with 4 KiB pages, and the page walk — slower still in a virtual
/// machine, where it walks two page tables — holds up the thread even when the slot itself is
/// prefetched: a prefetch waits for its address. With 2 MiB pages the table needs 64 entries
/// instead of 32,768. And memory filled in order is faulted in by the system once per 2 MiB
/// instead of once per 4 KiB (a fault is a few microseconds in a virtual machine). Measured on the
/// Parquet reader (docs/performance.md).</para>
/// <para>Native, not an array of the garbage collector, because the advice must come before the
/// pages are first touched: the collector reuses memory it has touched, and a large array would get
/// ordinary pages from the second report of a process on; and a native block is no object for the
/// collector to allocate, compact or scan (it is told of the size, <c>GC.AddMemoryPressure</c>). Freed by <see cref="Dispose"/> (or, if a caller forgets, by
/// the finalizer). Elsewhere, below 4 MiB, or when the request is refused, the pages are ordinary
/// ones: the advice changes speed, never results.</para>
/// </remarks>
internal sealed unsafe partial class LargePageMemory : IDisposable
{
    private const int LargePage = 1 << 21;
    private const int MadviseHugePage = 14;   // MADV_HUGEPAGE (Linux)

    private byte* start;

    /// <summary>A block of <paramref name="bytes"/> bytes, all 0 when <paramref name="zeroed"/> (otherwise as the system gives them).</summary>
    public LargePageMemory(nuint bytes, bool zeroed)
    {
        ArgumentOutOfRangeException.ThrowIfZero(bytes);
        Bytes = bytes;
        bool large = bytes >= 2 * LargePage && OperatingSystem.IsLinux();
        start = (byte*)NativeMemory.AlignedAlloc(bytes, large ? (nuint)LargePage : 64);
        if (large)
        {
            try
            {
                _ = Madvise((nint)start, bytes, MadviseHugePage);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // No C library to ask: ordinary pages.
            }
        }
        if (zeroed)
        {
            NativeMemory.Clear(start, bytes);
        }
        GC.AddMemoryPressure((long)bytes);
    }

    ~LargePageMemory() => Free();

    /// <summary>The size in bytes.</summary>
    public nuint Bytes { get; }

    /// <summary>The first byte; the block runs to <c>Start + Bytes</c>.</summary>
    public byte* Start => start != null ? start : throw new ObjectDisposedException(nameof(LargePageMemory));

    public void Dispose()
    {
        Free();
        GC.SuppressFinalize(this);
    }

    private void Free()
    {
        if (start != null)
        {
            NativeMemory.AlignedFree(start);
            start = null;
            GC.RemoveMemoryPressure((long)Bytes);
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nint address, nuint length, int advice);
}

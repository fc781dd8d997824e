using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Reform.Indicators.Data;

/// <summary>
/// Zeroed arrays for tables read at random (the id set's slots), backed by 2 MiB pages where the
/// operating system gives them on request (Linux transparent huge pages in <c>madvise</c> mode).
/// </summary>
/// <remarks>
/// A look-up at a random place in a table of 128 MB misses the processor's address cache (TLB)
/// almost every time with 4 KiB pages, and the page walk — slower still in a virtual machine,
/// where it walks two page tables — stalls the reading thread even when the data is prefetched.
/// With 2 MiB pages the table needs 64 entries instead of 32,768. Measured on issue #6's Parquet
/// reader (docs/performance.md). Elsewhere, or when the request is refused, the array is an
/// ordinary one: the advice changes speed, never results.
/// </remarks>
internal static partial class LargePages
{
    private const int PageSize = 1 << 21;
    private const int MadviseHugePage = 14;   // MADV_HUGEPAGE (Linux)

    /// <summary>A zeroed array of <paramref name="length"/> elements; on 2 MiB pages when it spans several and the system allows.</summary>
    public static unsafe T[] Allocate<T>(int length)
        where T : unmanaged
    {
        long bytes = (long)length * sizeof(T);
        if (bytes < 2L * PageSize || !OperatingSystem.IsLinux())
        {
            return new T[length];
        }
        // Pinned, so the advised range stays where it is; uninitialised, so the advice comes before
        // the pages are first touched (the clearing below then faults them in as large pages).
        var array = GC.AllocateUninitializedArray<T>(length, pinned: true);
        nint start = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array));
        nint first = (start + PageSize - 1) & ~(nint)(PageSize - 1);
        nint end = (start + (nint)bytes) & ~(nint)(PageSize - 1);
        if (end > first)
        {
            try
            {
                _ = Madvise(first, (nuint)(end - first), MadviseHugePage);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // No C library to ask: ordinary pages.
            }
        }
        Array.Clear(array);
        return array;
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nint address, nuint length, int advice);
}

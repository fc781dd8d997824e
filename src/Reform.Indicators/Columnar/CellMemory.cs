using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Reform.Indicators.Columnar;

/// <summary>
/// The memory of a count's result cells (docs/specification.md §4: the counts per unit and period):
/// an array on 2 MiB pages where the operating system gives them on request (Linux transparent huge
/// pages in their default <c>madvise</c> mode), so that the first writes to a fresh result fault a
/// few large pages in instead of thousands of small ones.
/// </summary>
/// <remarks>
/// <para>A count of 10M dossiers over 11,389 units and 12 months writes 16 MB of cells that no count
/// before touched (the collector hands back memory it has released to the system); with 4 KiB pages
/// that is about 4,000 page faults a count, which in a virtual machine cost more than counting the
/// rows (docs/performance.md, "Page faults of the result"). The array is pinned (the advice is for
/// its addresses) and advised before it is written. Elsewhere, for small results, or when the
/// request is refused, the pages are ordinary ones: the advice changes speed, never results.</para>
/// </remarks>
internal static partial class CellMemory
{
    private const int LargePage = 1 << 21;
    private const int SmallPage = 1 << 12;
    private const int MadviseHugePage = 14; // MADV_HUGEPAGE (Linux)
    private const int MadvisePopulateWrite = 23; // MADV_POPULATE_WRITE (Linux 5.14)

    /// <summary>
    /// An array of <paramref name="length"/> elements, not zeroed; the 2 MiB pages it overlaps advised
    /// as large pages, and its pages faulted in (<see cref="Populate{T}"/>) unless <paramref name="populate"/>
    /// is false (then the caller may have that done where it costs least: on a thread of its own).
    /// </summary>
    public static unsafe T[] Allocate<T>(int length, bool populate = true)
        where T : unmanaged
    {
        long bytes = (long)length * sizeof(T);
        if (bytes < 2 * LargePage || !OperatingSystem.IsLinux())
        {
            return GC.AllocateUninitializedArray<T>(length);
        }
        var array = GC.AllocateUninitializedArray<T>(length, pinned: true);
        // The 2 MiB pages the array overlaps, its first and last partly: with only its whole pages
        // advised, the two ends (1 MiB each on average) would still be faulted in 4 KiB at a time.
        // The rest of those two pages is the collector's memory too; the advice only changes the size
        // of the pages it gets when first written.
        nint start = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array));
        nint first = start & ~(nint)(LargePage - 1);
        nint end = (start + (nint)bytes + LargePage - 1) & ~(nint)(LargePage - 1);
        Advise(first, end - first, MadviseHugePage);
        if (populate)
        {
            Populate(array);
        }
        return array;
    }

    /// <summary>
    /// Faults in the pages of an array from <see cref="Allocate{T}"/> by one call (Linux 5.14 and later;
    /// refused, harmlessly, before): memory the collector reused keeps its small pages, and one trap per
    /// page costs more in a virtual machine than the system filling the whole range at once. Contents
    /// are unchanged, so it may run while other threads write the array (a page they touch first is
    /// theirs; the call skips it). Does nothing for arrays <see cref="Allocate{T}"/> did not pin.
    /// </summary>
    public static unsafe void Populate<T>(T[] array)
        where T : unmanaged
    {
        long bytes = (long)array.Length * sizeof(T);
        if (bytes < 2 * LargePage || !OperatingSystem.IsLinux())
        {
            return;
        }
        nint start = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array));
        nint ownFirst = (start + SmallPage - 1) & ~(nint)(SmallPage - 1);
        nint ownEnd = (start + (nint)bytes) & ~(nint)(SmallPage - 1);
        if (ownEnd > ownFirst)
        {
            Advise(ownFirst, ownEnd - ownFirst, MadvisePopulateWrite);
        }
    }

    private static void Advise(nint address, nint length, int advice)
    {
        try
        {
            _ = Madvise(address, (nuint)length, advice);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // No C library to ask: ordinary pages.
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nint address, nuint length, int advice);
}

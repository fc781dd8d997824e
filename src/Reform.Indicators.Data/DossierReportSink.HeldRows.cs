namespace Reform.Indicators.Data;

/// <summary>
/// The typed rows of a file (<see cref="TryAcceptTicks"/>) held until their ids, staged in the id set
/// (<see cref="IdSet.Stage"/>), are checked together:
/// a probe into a set of millions of ids, one per row among the row's other work, waits on memory; a
/// loop that only looks up a batch of ids has many of their slots in flight at once
/// (docs/performance.md). The rows are then taken in reading order, so the rows accepted, the rows
/// rejected and the order of the rejections are those of checking each id as its row comes.
/// </summary>
/// <remarks>
/// Held rows are taken when the window is full, before a row goes to the record path (<see cref="Slow"/>),
/// and at the end of every file, read or failed (<see cref="EndFile"/>), so that the rejects stream has
/// their faults as the file is read. When taking them fails there (the rejects writer's error, a
/// count's), the rest are taken before the next file and before any count or report.
/// </remarks>
internal sealed partial class DossierReportSink
{
    /// <summary>Typed rows held before their ids are checked together (<see cref="IdSet.AddStaged"/>); about 3 MB of rows.</summary>
    internal const int IdWindowRows = 1 << 16;

    /// <summary>A window ends once its ids have this many bytes, whatever their number (an id may have 12 KB), so it holds at most this and one id more.</summary>
    internal const int IdWindowBytes = 16 << 20;

    private EncodedRow[] held = [];                                      // the held rows, in order
    private bool[] heldIsNew = [];                                       // after the check: whether each held row's id is new
    private bool heldChecked;                                            // the held ids are in the set; the rows are being taken
    private int heldTaken;                                               // the held rows taken so far
    private readonly int windowRows, windowBytes;

    /// <summary>
    /// Takes the rows held (<see cref="TakeHeldRows"/>) at the end of a file. When the file failed
    /// (<paramref name="failed"/>), a failure of this too is not thrown: the file's is the one the caller sees.
    /// </summary>
    public void EndFile(bool failed)
    {
        try
        {
            TakeHeldRows();
        }
        catch (Exception) when (failed)
        {
            // The held rows' own failure (the rejects writer's, or a count's) comes second to the file's.
        }
    }

    /// <summary>Holds an accepted row until its id is checked with those of the rows around it (once the window is full).</summary>
    private void Hold(ReadOnlySpan<byte> id, ulong idHash, in EncodedRow row)
    {
        int n = ids.StagedCount;
        if (n == held.Length)
        {
            Array.Resize(ref held, Math.Max(1024, 2 * n));
        }
        ids.Stage(id, idHash);
        held[n] = row;
        // Taken once the row is held: should taking fail (the rejects writer's error), the row is among
        // those taken when the taking resumes, not lost.
        if (n + 1 >= windowRows || ids.StagedBytes >= windowBytes)
        {
            TakeHeldRows();
        }
    }

    /// <summary>
    /// Checks the held rows' ids together against the ids seen (<see cref="IdSet.AddStaged"/>), then
    /// takes the rows in their order: a new id's row into the table, a repeat rejected. Resumes where
    /// it stopped when a row's taking failed (the rejects writer's error, a count's), so no row is
    /// checked or taken twice.
    /// </summary>
    private void TakeHeldRows()
    {
        int n = ids.StagedCount;
        if (n == 0)
        {
            return;
        }
        if (!heldChecked)
        {
            if (heldIsNew.Length < n)
            {
                heldIsNew = new bool[Math.Max(n, 2 * heldIsNew.Length)];
            }
            ids.AddStaged(heldIsNew);
            heldChecked = true;
        }
        while (heldTaken < n)
        {
            int i = heldTaken++;
            if (heldIsNew[i])
            {
                Store(held[i]);
            }
            else
            {
                RejectRepeat(held[i].Row, System.Text.Encoding.UTF8.GetString(ids.StagedId(i)));
            }
        }
        ids.ClearStaged();
        heldChecked = false;
        heldTaken = 0;
    }
}

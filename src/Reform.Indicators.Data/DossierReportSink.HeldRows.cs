using Reform.Indicators.Dossiers;

namespace Reform.Indicators.Data;

/// <summary>
/// The rows of a typed Parquet file held until their ids are checked together: a probe into a set of
/// millions of ids, one per row among the row's other work, waits on memory; a loop that only looks
/// up a batch of ids has many of their slots in flight at once (docs/performance.md). Rows are still
/// taken, and rejections listed, in reading order.
/// </summary>
internal sealed partial class DossierReportSink
{
    /// <summary>Rows of a Parquet file held before their ids are checked together (<see cref="IdSet.AddBatch"/>); about 3 MB.</summary>
    internal const int IdWindowRows = 1 << 16;

    /// <summary>The most bytes of ids held before they are checked, whatever their number (an id may have 12 KB).</summary>
    private const int IdWindowBytes = 16 << 20;

    private readonly IdBatch? heldIds;                                   // the held rows' ids; null: each id checked as its row comes
    private HeldRow[] held = [];                                         // rows waiting for their ids' check, in order
    private bool[] heldAdded = [];
    private readonly int windowRows;

    /// <summary>Holds an accepted row until its id is checked with those of the rows around it (<see cref="CheckHeldIds"/>, once the window is full).</summary>
    private void Hold(ReadOnlySpan<byte> id, ulong idHash, in HeldRow row)
    {
        int n = heldIds!.Count;
        if (n == held.Length)
        {
            Array.Resize(ref held, Math.Max(1024, 2 * n));
        }
        held[n] = row;
        heldIds.Add(id, idHash);
        if (n + 1 >= windowRows || heldIds.Bytes >= IdWindowBytes)
        {
            CheckHeldIds();
        }
    }

    /// <summary>
    /// Checks the held rows' ids together against the ids seen (<see cref="IdSet.AddBatch"/>) and
    /// takes the rows in their order: a new id's row into the table, a repeat rejected. Called when
    /// the window is full and before anything else that sees rows or ids — a row for the record path,
    /// the next file, a count or report — so that rows are taken, and rejections listed, in reading order.
    /// </summary>
    private void CheckHeldIds()
    {
        int n = heldIds?.Count ?? 0;
        if (n == 0)
        {
            return;
        }
        if (heldAdded.Length < n)
        {
            heldAdded = new bool[Math.Max(n, 2 * heldAdded.Length)];
        }
        ids.AddBatch(heldIds!, heldAdded);
        for (int i = 0; i < n; i++)
        {
            if (heldAdded[i])
            {
                Store(held[i]);
            }
            else
            {
                RejectRepeat(held[i].Row, heldIds!.Id(i));
            }
        }
        heldIds!.Clear();
    }

    private void RejectRepeat(long row, ReadOnlySpan<byte> id) => RejectRepeat(row, System.Text.Encoding.UTF8.GetString(id));

    private void RejectRepeat(long row, string id) => Reject(new RowError(row, DossierFields.DossierId, "repeats an earlier row's id", id).Shortened());
}

using System.Globalization;

namespace Reform.Indicators.Data;

/// <summary>
/// The rejected rows of a read, in bounded memory: every row counted, by (column, reason) too; the
/// faults of the first rows kept in detail; every fault streamed to a sink as it comes, when one is given.
/// </summary>
/// <remarks>
/// At most <see cref="MaxReasons"/> distinct (column, reason) pairs are counted apart; others are
/// counted under "(other reasons)", so that no input can grow the counts without bound.
/// </remarks>
internal sealed class RejectLog
{
    /// <summary>The most distinct (column, reason) pairs counted apart.</summary>
    public const int MaxReasons = 10_000;

    private readonly int maxRows;
    private readonly TextWriter? sink;
    private readonly Dictionary<(string Column, string Reason), long> byReason = [];

    /// <summary>Creates a log keeping the faults of the first <paramref name="maxRows"/> rejected rows, writing every fault to <paramref name="sink"/> (CSV: file, row, column, reason, value) when given.</summary>
    public RejectLog(int maxRows, TextWriter? sink)
    {
        this.maxRows = maxRows;
        this.sink = sink;
        sink?.WriteLine("file,row,column,reason,value");
    }

    /// <summary>The faults of the first rejected rows, in reading order.</summary>
    public List<RowError> Kept { get; } = [];

    /// <summary>Rejected rows so far.</summary>
    public long Rows { get; private set; }

    /// <summary>Counts one rejected row with its faults (at least one), naming <paramref name="file"/> in each.</summary>
    public void AddRow(List<RowError> faults, string? file)
    {
        System.Diagnostics.Debug.Assert(faults.Count > 0, "a rejected row has a fault");
        Rows++;
        bool keep = Rows <= maxRows;
        for (int i = 0; i < faults.Count; i++)
        {
            var fault = faults[i] with { File = file };
            if (keep)
            {
                Kept.Add(fault);
            }
            if (!SameReasonEarlierInRow(faults, i))
            {
                var key = (fault.Column, fault.Reason);
                if (byReason.Count >= MaxReasons && !byReason.ContainsKey(key))
                {
                    key = ("", "(other reasons)");
                }
                byReason[key] = byReason.GetValueOrDefault(key) + 1;
            }
            if (sink is not null)
            {
                sink.Write(Csv(file ?? ""));
                sink.Write(',');
                sink.Write(fault.Row.ToString(CultureInfo.InvariantCulture));
                sink.Write(',');
                sink.Write(Csv(fault.Column));
                sink.Write(',');
                sink.Write(Csv(fault.Reason));
                sink.Write(',');
                sink.WriteLine(Csv(fault.Value ?? ""));
            }
        }
    }

    /// <summary>Rejected rows per (column, reason), most first, then by column and reason.</summary>
    public IReadOnlyList<RejectReason> ByReason() =>
        [.. byReason.Select(p => new RejectReason(p.Key.Column, p.Key.Reason, p.Value))
            .OrderByDescending(r => r.Rows).ThenBy(r => r.Column, StringComparer.Ordinal).ThenBy(r => r.Reason, StringComparer.Ordinal)];

    private static bool SameReasonEarlierInRow(List<RowError> faults, int i)
    {
        for (int j = 0; j < i; j++)
        {
            if (faults[j].Column == faults[i].Column && faults[j].Reason == faults[i].Reason)
            {
                return true;
            }
        }
        return false;
    }

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}

using System.Diagnostics;

namespace Reform.Indicators.Cli;

/// <summary>A "read N rows" line on standard error, redrawn at most four times a second; only when standard error is a terminal.</summary>
internal sealed class ConsoleProgress : IProgress<long>, IDisposable
{
    private readonly TextWriter error;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private long lastDrawn = -1000;
    private bool drawn;

    private ConsoleProgress(TextWriter error) => this.error = error;

    /// <summary>A progress display, or null when standard error is redirected (a file, a pipe, a test).</summary>
    public static ConsoleProgress? ForTerminal(TextWriter error) =>
        !Console.IsErrorRedirected && ReferenceEquals(error, Console.Error) ? new ConsoleProgress(error) : null;

    public void Report(long value)
    {
        long now = clock.ElapsedMilliseconds;
        if (now - lastDrawn < 250)
        {
            return;
        }
        lastDrawn = now;
        drawn = true;
        error.Write(ReformCommand.Invariant($"\rread {value:N0} rows ({value / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0}/s)   "));
    }

    public void Dispose()
    {
        if (drawn)
        {
            error.Write("\r" + new string(' ', 60) + "\r");
        }
    }
}

using System.Diagnostics;

namespace Reform.Indicators.Cli.Tests;

/// <summary>Runs the built <c>reform</c> tool as a separate process, as a user would.</summary>
internal static class Reform
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "reform.dll");

    public static (int ExitCode, string Output, string Error) Run(params string[] args) => RunWithin(TimeSpan.FromSeconds(60), args);

    /// <summary>Runs the tool with a longer limit: for the whole 2025 sample (440,000 dossiers, 3,372 units), which on a loaded machine can take over a minute.</summary>
    public static (int ExitCode, string Output, string Error) RunWithin(TimeSpan limit, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"reform {string.Join(' ', args)} did not finish in {limit.TotalSeconds:0} s.");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}

using System.Diagnostics;

namespace Reform.Indicators.Cli.Tests;

/// <summary>Runs the built <c>reform</c> tool as a separate process, as a user would.</summary>
internal static class Reform
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "reform.dll");

    public static (int ExitCode, string Output, string Error) Run(params string[] args)
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
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"reform {string.Join(' ', args)} did not finish in 60 s.");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}

using System.CommandLine;
using System.Globalization;
using Reform.Indicators.Data;

namespace Reform.Indicators.Cli;

/// <summary>The <c>reform</c> command line: parsing, exit codes, and where messages go.</summary>
internal static class ReformCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Public-administration-reform indicators from dossier exports (docs/specification.md §8).\n\nExample:\n  reform report --dossiers dossiers.csv --units units.csv --period 2022 --group-by level")
        {
            ReportCommand.Create(output, error),
            ScorecardCommand.Create(output, error),
            SampleCommand.Create(output, error),
            CalendarCommand.Create(output, error),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine($"reform: {problem.Message}");
            }
            error.WriteLine("Run 'reform --help' or 'reform <command> --help' for usage and examples.");
            return ExitCodes.UsageOrUnreadable;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            error.WriteLine($"reform: {e.Message}");
            return ExitCodes.UsageOrUnreadable;
        }
        catch (DataFileException e)
        {
            error.WriteLine($"reform: {e.Message}");
            return ExitCodes.UsageOrUnreadable;
        }
        catch (IOException e)
        {
            error.WriteLine($"reform: {e.Message}");
            return ExitCodes.UsageOrUnreadable;
        }
        catch (UnauthorizedAccessException e)
        {
            error.WriteLine($"reform: {e.Message}");
            return ExitCodes.UsageOrUnreadable;
        }
        catch (PlatformNotSupportedException e)
        {
            // Writing Parquet where ParquetSharp's native library cannot load.
            error.WriteLine($"reform: {e.Message}");
            return ExitCodes.UsageOrUnreadable;
        }
    }

    /// <summary>Opens where data goes: the file of <c>--out</c>, or standard output.</summary>
    public static Stream OpenOutput(string? path, TextWriter output)
    {
        if (path is null)
        {
            output.Flush();
            return Console.OpenStandardOutput();
        }
        try
        {
            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot write {path}: {e.Message}");
        }
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

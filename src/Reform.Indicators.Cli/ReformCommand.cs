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
            error.WriteLine($"reform: {OneLine(e.Message)}");
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

    /// <summary>Checks, before anything is read, that <paramref name="path"/> can be written (nothing when null); a file that did not exist is not left behind.</summary>
    /// <exception cref="UsageException">It cannot be written: a directory, a missing directory, no permission.</exception>
    public static void CheckWritable(string? path, string option)
    {
        if (path is null)
        {
            return;
        }
        if (Directory.Exists(path))
        {
            throw new UsageException($"{option} {path}: is a directory; give a file name.");
        }
        bool existed = File.Exists(path);
        try
        {
            using (new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite))
            {
            }
            if (!existed)
            {
                File.Delete(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"{option} {path}: cannot be written ({e.Message}).");
        }
    }

    /// <summary>A message as one line of at most 500 characters (a native library's message may hold new lines, a header may be huge).</summary>
    private static string OneLine(string message)
    {
        string line = string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= 500 ? line : string.Concat(line.AsSpan(0, 500), "…");
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

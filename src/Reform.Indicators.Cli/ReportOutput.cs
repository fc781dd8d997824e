using System.CommandLine;
using Reform.Indicators.Data;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Cli;

/// <summary>The output side of <c>reform report</c>: <c>--format</c>, <c>--every</c>, <c>--no-bom</c>, and writing one report or a series.</summary>
internal static class ReportOutput
{
    public static Option<string> CreateFormatOption()
    {
        var format = new Option<string>("--format")
        {
            Description = "table; json; csv (one line per group, UTF-8 with a byte-order mark); tidy (CSV, one line per group, period and indicator); "
                + "parquet (the tidy rows, typed; needs --out); xlsx (an Excel workbook: the report, the rows accounted for, the rejects by reason; needs --out).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "csv", "tidy", "parquet", "xlsx");
        return format;
    }

    public static Option<string?> CreateEveryOption()
    {
        var every = new Option<string?>("--every")
        {
            Description = "Split --period into months, quarters or years and report each (a trend): month, quarter or year. With --format tidy, parquet, xlsx or table.",
        };
        every.AcceptOnlyFromAmong("month", "quarter", "year");
        return every;
    }

    public static Option<bool> CreateNoBomOption() =>
        new("--no-bom") { Description = "CSV output (csv, tidy) without the UTF-8 byte-order mark that Excel needs to read Vietnamese names." };

    /// <summary>The format named on the command line (json, csv, tidy, parquet, xlsx; table otherwise).</summary>
    public static string Checked(string format, string? outFile)
    {
        if (format is "parquet" or "xlsx" && outFile is null)
        {
            throw new UsageException($"--format {format} writes a binary file: give --out FILE.");
        }
        return format;
    }

    public static ReportFormat TextFormat(string format) => format switch
    {
        "json" => ReportFormat.Json,
        "csv" => ReportFormat.Csv,
        "tidy" => ReportFormat.Tidy,
        _ => ReportFormat.Table,
    };

    /// <summary>The pieces of <paramref name="period"/>, or null without --every; a usage error for a format that holds one period.</summary>
    public static IReadOnlyList<ReportingPeriod>? Pieces(string? every, ReportingPeriod period, string format)
    {
        if (every is null)
        {
            return null;
        }
        if (format is "json" or "csv")
        {
            throw new UsageException($"--every gives a report per {every}: use --format tidy (one long table with a period column), parquet, xlsx or table.");
        }
        return period.Every(every switch { "month" => PeriodStep.Month, "quarter" => PeriodStep.Quarter, _ => PeriodStep.Year });
    }

    /// <summary>Writes the reports (one, or one per piece of the period) in <paramref name="format"/>; <paramref name="read"/> is what reading the dossier file gave (the workbook's rows accounted for), null for the sample.</summary>
    public static void Write(IReadOnlyList<IndicatorReport> reports, string format, Stream stream, ReportWriteOptions options, DossierFileReport? read)
    {
        switch (format)
        {
            case "xlsx":
                WorkbookWriter.Write(reports, stream, read);
                return;
            case "parquet":
                TidyParquetWriter.Write(reports.ToTidy(), stream);
                return;
            case "tidy":
                TidyWriter.Write(reports.ToTidy(), stream, options);
                return;
            default:
                if (read is not null && reports.Count == 1)
                {
                    // One report read from files: with its rows accounted for (JSON "rows", the table's line).
                    ReportWriter.Write(read, TextFormat(format), stream, options);
                    return;
                }
                foreach (var report in reports)
                {
                    ReportWriter.Write(report, TextFormat(format), stream, options);
                }
                return;
        }
    }
}

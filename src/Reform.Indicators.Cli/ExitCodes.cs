namespace Reform.Indicators.Cli;

/// <summary>The exit codes of docs/specification.md §8.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>The data had rejected rows; the report is still written and the rejects listed.</summary>
    public const int RejectedRows = 1;

    /// <summary>A usage error or an unreadable input.</summary>
    public const int UsageOrUnreadable = 2;
}

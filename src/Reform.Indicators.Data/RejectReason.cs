namespace Reform.Indicators.Data;

/// <summary>How many rejected rows have one (column, reason) among their faults, over every rejected row of a read (docs/specification.md §9).</summary>
/// <remarks>A row with faults of two reasons counts under each; a reason never holds a row's own values, so reasons group.</remarks>
/// <param name="Column">The column at fault.</param>
/// <param name="Reason">What is wrong.</param>
/// <param name="Rows">How many rejected rows have this fault.</param>
public sealed record RejectReason(string Column, string Reason, long Rows);

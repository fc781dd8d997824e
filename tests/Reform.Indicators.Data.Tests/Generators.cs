using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Reform.Indicators.Dossiers;
using CoreGenerators = Reform.Indicators.Tests.Generators;

namespace Reform.Indicators.Data.Tests;

/// <summary>
/// The core tests' realistic dossiers (<see cref="CoreGenerators.Dossiers"/>, linked from that
/// project), with a finish at the end of a date moved to that date's last whole second: Parquet
/// timestamps hold microseconds, not the nanosecond of <see cref="LocalTime.MaxValue"/>.
/// </summary>
public static partial class Generators
{
    /// <summary>A list of dossiers (0 to about 300), ids unique, every timestamp storable in Parquet.</summary>
    public static Arbitrary<Dossier[]> Dossiers() =>
        CoreGenerators.Dossiers().Generator.Select(dossiers => dossiers.Select(Storable).ToArray()).ToArbitrary();

    private static Dossier Storable(Dossier d)
    {
        // What a file holds: a receiving unit as the reader gives it back (trimmed); no online level,
        // which comes from a procedures file, not from the dossier's row.
        string? receiving = string.IsNullOrWhiteSpace(d.ReceivingUnitCode) ? null : d.ReceivingUnitCode.Trim();
        return d.FinishedAt is { } finished && finished.TimeOfDay == LocalTime.MaxValue
            ? new Dossier(d.Id, d.UnitCode, d.ProcedureCode, d.Channel, d.ReceivedAt, d.Due, d.Status,
                finished.Date.At(new LocalTime(23, 59, 59)), d.SupplementRequests, d.SupplementRequestedAt, d.DueGiven)
            {
                ReceivingUnitCode = receiving, ResultElectronic = d.ResultElectronic,
            }
            : d with { ReceivingUnitCode = receiving, ProcedureOnlineLevel = null };
    }
}

using FsCheck.Xunit;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Scorecards;
using Reform.Indicators.Scorecards.Indicators;

namespace Reform.Indicators.Tests.Scorecards;

/// <summary>
/// The laws of the scorecard over the fields a data set states (docs/specification.md §14, "no data"): the dossiers'
/// <c>result_electronic</c> and the fields of the dossier details, as a reader of a portal export finds them or not;
/// and 3.3 as the named rate <c>onlineElectronicResult</c> (§10.3).
/// </summary>
public class ScorecardFieldProperties
{
    private static readonly ScorecardOptions WithSyncRate = ScorecardSample.Options with { MultiplyOnlineShareBySyncRate = true };

    /// <summary>The data as a file without those columns would give it: the values gone (false, null) and the fields not stated.</summary>
    private static ScorecardData WithoutFields(ScorecardData data, DossierDetailFields fields, bool resultElectronic) => data with
    {
        Dossiers = resultElectronic ? [.. data.Dossiers.Select(d => d with { ResultElectronic = null })] : data.Dossiers,
        DossierDetails = [.. data.DossierDetails.Select(d => new DossierDetails(
            d.DossierId,
            d.SyncedToNationalPortal && !fields.HasFlag(DossierDetailFields.SyncedToPortal),
            d.DigitisedComponents && !fields.HasFlag(DossierDetailFields.DigitisedComponents),
            d.ReusedData && !fields.HasFlag(DossierDetailFields.ReusedData),
            d.PersonalDataStore && !fields.HasFlag(DossierDetailFields.PersonalDataStore),
            d.PopulationData && !fields.HasFlag(DossierDetailFields.PopulationData),
            fields.HasFlag(DossierDetailFields.PaidOnline) ? OnlinePaymentGateway.None : d.PaidOnline,
            d.FeesAllZero && !fields.HasFlag(DossierDetailFields.FeesAllZero),
            d.Feedback && !fields.HasFlag(DossierDetailFields.Feedback)))],
        DossierDetailsStated = data.DossierDetailsStated & ~fields,
    };

    private static DossierDetailFields? FieldNamed(string name) =>
        DossierDetailColumns.All.Where(c => c.Name == name).Select(c => (DossierDetailFields?)c.Field).FirstOrDefault();

    [Property(MaxTest = 100)]
    public void AFieldAnIndicatorRequires_AbsentIsNoDataAndCreditsNothing_PresentIsData_AndUndeclaredFieldsChangeNothing(
        ScorecardSample sample, ReportingPeriod period, byte removedBits, bool removeResultElectronic)
    {
        var removed = (DossierDetailFields)removedBits;
        var data = WithoutFields(sample.Data, removed, removeResultElectronic);
        var parts = ScorecardDataParts.HeldBy(data);
        bool electronicStated = data.Dossiers.Any(d => d.ResultElectronic is not null);
        bool detailsHeld = data.DossierDetails.Count > 0;
        bool Absent(string field) => field == DossierFields.ResultElectronic ? !electronicStated
            : FieldNamed(field) is { } flag && (!detailsHeld || removed.HasFlag(flag));
        bool Removed(string field) => field == DossierFields.ResultElectronic ? removeResultElectronic : FieldNamed(field) is { } flag && removed.HasFlag(flag);

        foreach (var options in new[] { ScorecardSample.Options, WithSyncRate })
        {
            var units = ScorecardSample.Hierarchy.Units.Select(u => u.Code).ToArray();
            var full = units.ToDictionary(u => u, u => ScorecardCalculator.Inputs(sample.Data, ScorecardSample.Hierarchy, u, period, options));
            var partial = units.ToDictionary(u => u, u => ScorecardCalculator.Inputs(data, ScorecardSample.Hierarchy, u, period, options));
            foreach (var indicator in Decision766Indicators.All.Where(i => i.IsComputed))
            {
                var required = indicator.Needs.Where(n => indicator.Requires(n, options)).ToArray();
                bool partMissing = required.Any(n => !parts.HasFlag(n.Part));
                var absentFields = required.SelectMany(n => n.Fields).Where(Absent).ToArray();
                var coverage = ScorecardCoverage.Of(indicator.Code, data, options);

                Assert.True((partMissing || absentFields.Length > 0) == (coverage.Coverage == DataCoverage.None),
                    $"{indicator.Code}: coverage {coverage}, absent fields [{string.Join(", ", absentFields)}], a part missing: {partMissing}");
                foreach (var field in absentFields)
                {
                    Assert.Contains(field, coverage.Note, StringComparison.Ordinal);
                }
                var declared = indicator.Needs.SelectMany(n => n.Fields).ToHashSet(StringComparer.Ordinal);
                foreach (var unit in units)
                {
                    var input = partial[unit].GetValueOrDefault(indicator.Code);
                    if (absentFields.Length > 0)
                    {
                        // Without a field it requires, nothing is credited.
                        Assert.True(input.Numerator == 0, $"{unit} {indicator.Code}: {input} without {string.Join(", ", absentFields)}");
                    }
                    if (!declared.Any(Removed))
                    {
                        // Removing fields it does not declare changes nothing: the declaration of fields is complete.
                        Assert.True(full[unit].GetValueOrDefault(indicator.Code) == input, $"{unit} {indicator.Code} changed without fields it does not read");
                    }
                }
            }
        }
    }

    [Property(MaxTest = 100)]
    public void OnlineShare_IsTheReportsOnlineElectronicResult_OverTheUnitsScope_TimesTheSyncRateWhenAsked(ScorecardSample sample, ReportingPeriod period)
    {
        bool anyStated = sample.Data.Dossiers.Any(d => d.ResultElectronic is not null);
        foreach (var unit in ScorecardSample.Hierarchy.Units.Select(u => u.Code))
        {
            var scope = ScorecardCalculator.Scope(ScorecardSample.Hierarchy, unit, ScorecardSample.Options).ToHashSet(StringComparer.Ordinal);
            var report = DossierIndicators.Report(sample.Data.Dossiers.Where(d => scope.Contains(d.UnitCode)), period, GroupBy.National);
            var counts = report.Groups.Count == 0 ? default : report.Groups.Single().Counts;

            var plain = ScorecardCalculator.Inputs(sample.Data, ScorecardSample.Hierarchy, unit, period, ScorecardSample.Options)["3.3"];
            Assert.Equal((decimal)counts.ReceivedOnlineElectronicResult, plain.Numerator);
            Assert.Equal((decimal)counts.Received, plain.Denominator);
            if (counts.OnlineElectronicResult is { } rate)
            {
                Assert.Equal((rate.Numerator, rate.Denominator), ((long)plain.Numerator, (long)plain.Denominator));
            }

            var inputs = ScorecardCalculator.Inputs(sample.Data, ScorecardSample.Hierarchy, unit, period, WithSyncRate);
            Assert.Equal(counts.ReceivedOnlineElectronicResult * (inputs["1.4"].Ratio ?? 0m), inputs["3.3"].Numerator);
            Assert.Equal((decimal)counts.Received, inputs["3.3"].Denominator);
        }
        // The data of the rate is the data of the indicator: no dossier stating result_electronic, no data.
        Assert.Equal(!anyStated, ScorecardCoverage.Of("3.3", sample.Data).Coverage == DataCoverage.None);
    }

    [Fact]
    public void EveryDetailFieldAnIndicatorDeclares_IsAColumnOfTheDetails()
    {
        var names = DossierDetailColumns.All.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var need in Decision766Indicators.All.SelectMany(i => i.Needs).Where(n => n.Part == ScorecardDataPart.DossierDetails))
        {
            Assert.All(need.Fields, f => Assert.Contains(f, names));
        }
    }
}

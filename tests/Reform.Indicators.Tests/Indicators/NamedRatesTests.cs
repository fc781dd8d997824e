using FsCheck.Xunit;
using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Procedures;

namespace Reform.Indicators.Tests.Indicators;

/// <summary>
/// docs/specification.md §10.2–10.3: <c>receivedElsewhere</c> and <c>boundaryFree</c>, and the online
/// figures <c>onlineElectronicResult</c> and <c>fullProcessOnline</c> beside <c>online</c>.
/// </summary>
public class NamedRatesTests
{
    private static readonly ReportingPeriod July = ReportingPeriod.Month(2025, 7);

    /// <summary>The ten dossiers of docs/figures.md ("The example"): commune 00004, its neighbour 00007, the province 01.</summary>
    private static Dossier[] FiguresExample()
    {
        Dossier D(int id, DossierChannel channel, OnlineServiceLevel level, bool electronic, string receivedBy, int? finished, int due, int requests = 0)
        {
            var status = finished is null ? DossierStatus.Processing : DossierStatus.Completed;
            var receivedAt = new LocalDateTime(2025, 7, 1, 9, 0);
            LocalDateTime? finishedAt = finished is { } f ? new LocalDateTime(2025, 7, f, 10, 0) : null;
            return new Dossier($"D{id}", "00004", "1.000001", channel, receivedAt, VietnamTime.EndOf(new LocalDate(2025, 7, 1).PlusDays(due - 1)),
                status, finishedAt, requests)
            { ReceivingUnitCode = receivedBy, ResultElectronic = electronic, ProcedureOnlineLevel = level };
        }
        var online = DossierChannel.Online;
        var full = OnlineServiceLevel.Full;
        var partial = OnlineServiceLevel.Partial;
        var none = OnlineServiceLevel.None;
        return
        [
            D(1, online, full, true, "00004", 3, 4),
            D(2, online, full, true, "00007", 4, 4),
            D(3, online, full, false, "00004", 10, 8),
            D(4, online, partial, true, "00004", 7, 9),
            D(5, online, partial, false, "01", 14, 15, requests: 2),
            D(6, online, full, true, "00004", null, 36),
            D(7, DossierChannel.Direct, full, false, "00004", 9, 10),
            D(8, DossierChannel.Direct, none, false, "00007", 11, 11),
            D(9, DossierChannel.Direct, none, false, "00004", 22, 18),
            D(10, DossierChannel.Postal, none, false, "00004", null, 25),
        ];
    }

    [Fact]
    public void FiguresExample_GivesTheRatesOfTheDocsPage()
    {
        var counts = DossierIndicators.Count(FiguresExample(), July);

        Assert.Equal(
            [("onTimeResolution", 5L, 8L, 62.50m), ("onTimeHandling", 6, 10, 60.00m), ("online", 6, 10, 60.00m),
             ("boundaryFree", 3, 10, 30.00m), ("onlineElectronicResult", 4, 10, 40.00m), ("fullProcessOnline", 3, 10, 30.00m)],
            counts.Rates.Select(r => (r.Name, r.Parts.Numerator, r.Parts.Denominator, r.Percent!.Value)));
        Assert.Equal(new global::Reform.Indicators.Measures.Rate(3, 10), counts.BoundaryFree);
        Assert.Equal(new global::Reform.Indicators.Measures.Rate(4, 10), counts.OnlineElectronicResult);
        Assert.Equal(new global::Reform.Indicators.Measures.Rate(3, 10), counts.FullProcessOnline);
    }

    [Fact]
    public void ARateWithoutItsData_HasNoValue_AndSaysWhy()
    {
        var bare = FiguresExample().Select(d => new Dossier(d.Id, d.UnitCode, d.ProcedureCode, d.Channel, d.ReceivedAt, d.Due, d.Status, d.FinishedAt, d.SupplementRequests)).ToArray();
        var counts = DossierIndicators.Count(bare, July);

        Assert.Equal(new global::Reform.Indicators.Measures.Rate(6, 10), counts.Online);
        Assert.Null(counts.BoundaryFree);
        Assert.Null(counts.OnlineElectronicResult);
        Assert.Null(counts.FullProcessOnline);
        var rates = counts.Rates.ToDictionary(r => r.Name);
        Assert.Equal((0L, 10L, (decimal?)null), (rates["onlineElectronicResult"].Parts.Numerator, rates["onlineElectronicResult"].Parts.Denominator, rates["onlineElectronicResult"].Percent));
        Assert.Contains("receiving_unit_code", rates["boundaryFree"].NoValueReason, StringComparison.Ordinal);
        Assert.Contains("result_electronic", rates["onlineElectronicResult"].NoValueReason, StringComparison.Ordinal);
        Assert.Contains("result_electronic", rates["fullProcessOnline"].NoValueReason, StringComparison.Ordinal);

        // With the electronic result but no procedures file, fullProcessOnline still lacks the online levels.
        var noLevels = FiguresExample().Select(d => d with { ProcedureOnlineLevel = null });
        var withoutLevels = DossierIndicators.Count(noLevels, July).Rates.ToDictionary(r => r.Name);
        Assert.Equal(40.00m, withoutLevels["onlineElectronicResult"].Percent);
        Assert.Contains("online level", withoutLevels["fullProcessOnline"].NoValueReason, StringComparison.Ordinal);

        // Nothing received: no value because nothing was counted.
        Assert.All(DossierIndicators.Count([], July).Rates, r => Assert.Equal(global::Reform.Indicators.Measures.Rate.ZeroDenominatorReason, r.NoValueReason));
    }

    /// <summary>The counts of the optional facts equal their definitions, counted directly over the dossiers received in the period.</summary>
    [Property]
    public void OptionalFactCounts_AreTheirDefinitions(Dossier[] dossiers, ReportingPeriod period)
    {
        var counts = DossierIndicators.Count(dossiers, period);
        var received = dossiers.Where(d => period.Contains(d.ReceivedAt)).ToArray();
        bool Named(Dossier d) => !string.IsNullOrWhiteSpace(d.ReceivingUnitCode);
        bool ElectronicOnline(Dossier d) => d.Channel == DossierChannel.Online && d.ResultElectronic == true;

        Assert.Equal(received.Length, counts.Received);
        Assert.Equal(received.Count(d => Named(d) && d.ReceivingUnitCode!.Trim() != d.UnitCode.Trim()), counts.ReceivedElsewhere);
        Assert.Equal(received.Count(Named), counts.ReceivedWithReceivingUnit);
        Assert.Equal(received.Count(ElectronicOnline), counts.ReceivedOnlineElectronicResult);
        Assert.Equal(received.Count(d => d.ResultElectronic is not null), counts.ReceivedWithResultElectronic);
        Assert.Equal(received.Count(d => ElectronicOnline(d) && d.ProcedureOnlineLevel == OnlineServiceLevel.Full), counts.ReceivedFullProcessOnline);
        Assert.Equal(received.Count(d => d.ProcedureOnlineLevel is not null), counts.ReceivedWithOnlineLevel);
        Span<long> values = stackalloc long[DossierCounts.Count];
        counts.CopyTo(values);
        Assert.Equal(counts, DossierCounts.FromValues(values)); // every identity holds
    }

    /// <summary>Named rates are equal by content: the rates of equal counts are equal with equal hash codes; rates differing in name, parts or reason are not.</summary>
    [Property]
    public void NamedRates_AreEqualByContent(Dossier[] dossiers, ReportingPeriod period)
    {
        var rates = DossierIndicators.Count(dossiers, period).Rates;
        var again = DossierIndicators.Count(dossiers.Reverse(), period).Rates; // the same counts, computed anew
        Assert.Equal(rates, again);
        Assert.All(rates.Zip(again), p =>
        {
            Assert.False(ReferenceEquals(p.First, p.Second));
            Assert.True(p.First == p.Second);
            Assert.Equal(p.First.GetHashCode(), p.Second.GetHashCode());
        });
        // Any two of the six differ at least by name; a rate of other counts differs by its parts or its reason.
        Assert.Equal(rates.Count, rates.Distinct().Count());
        var other = DossierIndicators.Count([.. dossiers, .. FiguresExample()], ReportingPeriod.Between(period.First, period.Last)).Rates;
        Assert.All(rates.Zip(other).Where(p => p.First.Parts != p.Second.Parts || p.First.NoValueReason != p.Second.NoValueReason), p => Assert.NotEqual(p.First, p.Second));
    }
}

using System.Collections;
using System.Reflection;
using FsCheck.Xunit;
using NodaTime;
using Reform.Indicators.Columnar;
using Reform.Indicators.Compliance;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Measures;
using Reform.Indicators.Procedures;
using Reform.Indicators.Calendars;
using Reform.Indicators.Scorecards;
using Reform.Indicators.Units;

namespace Reform.Indicators.Tests.Contracts;

/// <summary>
/// The contracts found by reflection: every public value type of the core package has an equality
/// contract here, every public record that holds a collection is equal by the collection's
/// contents, and the monoids (<see cref="DossierCounts"/>, <see cref="PartialCounts"/>) obey their laws.
/// </summary>
/// <remarks>
/// A contract is a test method named <c>{Type}_Equality</c> (value types) or <c>{Type}_EqualByContent</c>
/// (records holding collections) in this folder; a new public type without one fails
/// <see cref="EveryPublicValueType_HasAnEqualityContract"/> or <see cref="EveryPublicRecordHoldingACollection_IsEqualByContent"/>.
/// </remarks>
public class PublicTypeContractTests
{
    /// <summary>
    /// Records that hold collections and still compare them by reference: inputs and options, not
    /// results. Each is debt (docs/development.md, "Value equality"); the test fails when one is
    /// fixed and still listed, so the list only shrinks.
    /// </summary>
    private static readonly string[] NotYetEqualByContent = [];

    private static readonly Type[] Exported = typeof(Rate).Assembly.GetExportedTypes();

    private static readonly HashSet<string> Contracts = [.. typeof(ValueContract).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(ValueContract).Namespace)
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        .Select(m => m.Name)];

    private static bool IsRecordClass(Type type) => type.IsClass && type.GetMethod("<Clone>$") is not null;

    private static bool HoldsCollection(Type type) => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Any(p => p.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(p.PropertyType) && p.GetIndexParameters().Length == 0);

    [Fact]
    public void EveryPublicValueType_HasAnEqualityContract()
    {
        var missing = Exported.Where(t => t.IsValueType && !t.IsEnum && !Contracts.Contains($"{t.Name}_Equality")).Select(t => t.FullName);
        Assert.Empty(missing);
    }

    [Fact]
    public void EveryPublicRecordHoldingACollection_IsEqualByContent()
    {
        var holding = Exported.Where(t => IsRecordClass(t) && HoldsCollection(t)).ToList();
        Assert.NotEmpty(holding); // the scan finds them (IndicatorReport at least)
        Assert.Empty(holding.Where(t => !Contracts.Contains($"{t.Name}_EqualByContent") && !NotYetEqualByContent.Contains(t.Name)).Select(t => t.FullName));
        Assert.DoesNotContain(NotYetEqualByContent, name => Contracts.Contains($"{name}_EqualByContent"));
    }

    /// <summary>Two values made the same way, with collections of their own: equal, with equal hash codes, and not one object.</summary>
    private static void AssertEqualByContent<T>(Func<T> make)
        where T : class
    {
        T x = make(), y = make();
        Assert.NotSame(x, y);
        Assert.True(x.Equals(y), $"two {typeof(T).Name} made alike are equal");
        Assert.Equal(x.GetHashCode(), y.GetHashCode());
        Assert.Equal(x.ToString(), y.ToString());
    }

    private static readonly ReportingPeriod Year2022 = ReportingPeriod.Year(2022);

    [Fact]
    public void WideRow_EqualByContent() =>
        AssertEqualByContent(() => new WideRow("01", "Hà Nội", null, Year2022,
            new Dictionary<string, Rate> { ["onTimeResolution"] = new Rate(993, 1_000), ["online"] = new Rate(528, 1_000) }));

    private static Dossier[] Dossiers() =>
    [
        new("a", "01", "1.000001", DossierChannel.Online, new LocalDateTime(2022, 3, 1, 8, 0), new LocalDateTime(2022, 3, 10, 17, 0), DossierStatus.Completed, new LocalDateTime(2022, 3, 5, 9, 0)),
        new("b", "02", "1.000001", DossierChannel.Direct, new LocalDateTime(2022, 4, 1, 8, 0), new LocalDateTime(2022, 4, 10, 17, 0), DossierStatus.Processing),
    ];

    [Property(MaxTest = 20)]
    public void IndicatorReport_EqualByContent(bool byUnit)
    {
        var groupBy = byUnit ? GroupBy.Unit : GroupBy.National;
        AssertEqualByContent(() => DossierIndicators.Report(Dossiers(), Year2022, groupBy) with { Rejected = [new RowError(3, "due_at", "before received_at")] });
        Assert.NotEqual(DossierIndicators.Report(Dossiers(), Year2022, groupBy), DossierIndicators.Report(Dossiers()[..1], Year2022, groupBy));
    }

    [Fact]
    public void ReportingPeriod_EqualByContent() =>
        AssertEqualByContent(() => ReportingPeriod.Between(new LocalDate(2022, 1, 1), new LocalDate(2022, 3, 31)));

    [Fact]
    public void ScoreGroup_EqualByContent() => AssertEqualByContent(() => new ScoreGroup("1", "Transparency", 18m, ["1.1", "1.2"]));

    private static (IReadOnlyList<GroupScore> Groups, decimal Total) Scores() =>
        Decision766.Layout2024.Score(Decision766.Indicators.ToDictionary(i => i.Code, _ => new IndicatorInput(1, 2)));

    [Fact]
    public void GroupScore_EqualByContent() => AssertEqualByContent(() => Scores().Groups[0]);

    [Fact]
    public void ScorecardLayout_EqualByContent() => AssertEqualByContent(() => new ScorecardLayout(
        Decision766.Layout2024.Name, Decision766.Layout2024.EffectiveFrom, Decision766.Layout2024.Groups.Select(g => g with { IndicatorCodes = [.. g.IndicatorCodes] }),
        Decision766.Layout2024.Indicators.Select(i => i with { }), Decision766.Layout2024.Source, Decision766.Layout2024.Confidence));

    [Fact]
    public void Scorecard_EqualByContent() => AssertEqualByContent(() => ScorecardCalculator.FromInputs(
        new AdministrativeUnit("01", "Hà Nội", GovernmentLevel.Province, null), ReportingPeriod.Year(2024), ["01", "00004"],
        Decision766.Indicators.ToDictionary(i => i.Code, _ => new IndicatorInput(1, 2))));

    [Fact]
    public void ComplianceResult_EqualByContent() => AssertEqualByContent(() => new ComplianceResult(
        Resolution76Targets.ProceduresOnline2025, ComplianceStatus.NoData, null, null, [], ["01", "02"]));

    /// <summary>Made alike twice, and made with its sets and maps filled in the opposite order: equal, same hash, same text.</summary>
    private static void AssertEqualByContentInAnyOrder<T>(Func<bool, T> make)
        where T : class
    {
        AssertEqualByContent(() => make(false));
        T x = make(false), y = make(true);
        Assert.True(x.Equals(y), $"two {typeof(T).Name} filled in other orders are equal");
        Assert.Equal(x.GetHashCode(), y.GetHashCode());
        Assert.Equal(x.ToString(), y.ToString());
    }

    private static IEnumerable<TItem> InOrder<TItem>(bool reversed, params TItem[] items) => reversed ? items.Reverse() : items;

    [Fact]
    public void ScorecardData_EqualByContent()
    {
        var sample = Reform.Indicators.Samples.NationalSample.Create(2022, 20);
        AssertEqualByContent(() => new ScorecardData([.. sample.Dossiers()]) { Procedures = sample.Procedures });
        Assert.NotEqual(new ScorecardData([.. sample.Dossiers()]), new ScorecardData([.. sample.Dossiers().Skip(1)]));
    }

    [Fact]
    public void ScorecardOptions_EqualByContent()
    {
        AssertEqualByContentInAnyOrder(reversed => ScorecardOptions.Default with
        {
            VerticalBranches = InOrder(reversed, KeyValuePair.Create("KBNN01", "BTC"), KeyValuePair.Create("CT79", "BTC")).ToDictionary(),
            PriorYearReceived = InOrder(reversed, KeyValuePair.Create("01", 120L), KeyValuePair.Create("79", 340L)).ToDictionary(),
        });
        Assert.NotEqual(ScorecardOptions.Default, ScorecardOptions.Default with { PriorYearReceived = new Dictionary<string, long> { ["01"] = 1 } });
    }

    [Fact]
    public void TargetScope_EqualByContent()
    {
        AssertEqualByContentInAnyOrder(reversed => TargetScope.OfUnits([.. InOrder(reversed, "01", "79", "48")]));
        AssertEqualByContentInAnyOrder(reversed => TargetScope.OfLevels([.. InOrder(reversed, GovernmentLevel.Province, GovernmentLevel.Commune)]));
        Assert.NotEqual(TargetScope.OfUnits("01"), TargetScope.OfUnits("79"));
    }

    [Fact]
    public void AdministrativeProcedure_EqualByContent()
    {
        AssertEqualByContentInAnyOrder(reversed => new AdministrativeProcedure(
            "1.004227", "Đăng ký khai sinh", TimeLimit.WorkingDays(5),
            levels: InOrder(reversed, GovernmentLevel.Province, GovernmentLevel.Commune),
            onlineLevels: InOrder(reversed, (new LocalDate(2020, 1, 1), OnlineServiceLevel.Partial), (new LocalDate(2024, 1, 1), OnlineServiceLevel.Full))));
        Assert.NotEqual(
            new AdministrativeProcedure("1.004227", "Đăng ký khai sinh", TimeLimit.WorkingDays(5), levels: [GovernmentLevel.Province]),
            new AdministrativeProcedure("1.004227", "Đăng ký khai sinh", TimeLimit.WorkingDays(5), levels: [GovernmentLevel.Commune]));
    }

    [Fact]
    public void DueDatePolicy_EqualByContent()
    {
        AssertEqualByContent(() => new DueDatePolicy
        {
            OfficeHours = [new(new LocalTime(8, 0), new LocalTime(12, 0)), new(new LocalTime(13, 0), new LocalTime(17, 0))],
        });
        Assert.NotEqual(DueDatePolicy.Default, DueDatePolicy.Default with { OfficeHours = [new(new LocalTime(8, 0), new LocalTime(12, 0))] });
    }

    [Property]
    public void DossierCounts_AddIsACommutativeMonoid(Dossier[] a, Dossier[] b, Dossier[] c, ReportingPeriod period)
    {
        DossierCounts x = DossierIndicators.Count(a, period), y = DossierIndicators.Count(b, period), z = DossierIndicators.Count(c, period);
        Assert.Equal((x + y) + z, x + (y + z));
        Assert.Equal(x + y, y + x);
        Assert.Equal(x, x + DossierCounts.AdditiveIdentity);
    }

    [Property(MaxTest = 50)]
    public void PartialCounts_MergeIsACommutativeMonoid(Dossier[] a, Dossier[] b, Dossier[] c, ReportingPeriod period)
    {
        PartialCounts Count(Dossier[] dossiers) => ColumnarIndicators.Count(DossierTable.From(dossiers), [period]);
        PartialCounts x = Count(a), y = Count(b), z = Count(c), empty = Count([]);
        Assert.Equal(x.Merge(y).Merge(z), x.Merge(y.Merge(z)));
        Assert.Equal(x.Merge(y), y.Merge(x));
        Assert.Equal(x, x.Merge(empty));
        Assert.Equal(x, empty.Merge(x));
    }

    [Property]
    public void DossierCounts_AreConsistentWhateverTheDossiers(Dossier[] dossiers, ReportingPeriod period)
    {
        var c = DossierIndicators.Count(dossiers, period);
        Assert.Equal(c.InScope, c.CarriedOver + c.Received);
        Assert.Equal(c.InScope, c.Resolved + c.Withdrawn + c.Stopped + c.OpenNotDue + c.OpenOverdue);
        var version1 = new DossierCounts(c.CarriedOver, c.ReceivedOnline, c.ReceivedDirect, c.ReceivedPostal, c.ResolvedEarly, c.ResolvedOnTime,
            c.ResolvedLate, c.Withdrawn, c.Stopped, c.OpenNotDue, c.OpenOverdue, c.HandledOnTime);
        Assert.Equal(c, new DossierCounts(version1, c.ReceivedElsewhere, c.ReceivedWithReceivingUnit, c.ReceivedOnlineElectronicResult,
            c.ReceivedWithResultElectronic, c.ReceivedFullProcessOnline, c.ReceivedWithOnlineLevel));
        Assert.Throws<ArgumentException>(() => new DossierCounts(version1, 1, 0, 0, 0, 0, 0));
    }

    [Property]
    public void UnitCrosswalkLink_Equality(byte oldCode, byte newCode, bool copy)
    {
        var x = new UnitCrosswalkLink($"{oldCode % 100:00}", $"{newCode % 100:00}");
        var y = copy ? new UnitCrosswalkLink(x.OldCode, x.NewCode) : new UnitCrosswalkLink("27", "24");
        ValueContract.Equality(x, y, (a, b) => a == b, (a, b) => a != b);
    }
}

using System.Globalization;
using NodaTime;
using Reform.Indicators.Units;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Compliance;

/// <summary>
/// The targets of public-administration reform in force from 2025 to 2030, as data with their
/// sources (embedded <c>Compliance/Data/targets-2025-2030.csv</c>), checkable with
/// <see cref="ComplianceCheck"/> like <see cref="Resolution76Targets"/>.
/// </summary>
/// <remarks>
/// <para>Instruments: Resolution 76/NQ-CP (2021, where still in force: procedures online by 2025 and
/// 2030, business regulations and compliance costs, fee-bearing procedures payable online); Decision
/// 942/QĐ-TTg (2021: dossiers handled fully online); Resolution 66/NQ-CP (26 March 2025, and its 2026
/// targets: processing time, compliance costs and business conditions cut, business procedures online,
/// boundary-free procedures); Decree 118/2025/NĐ-CP, Art. 40(4) (boundary-free procedures within each
/// province by 31 December 2025); Decision 1565/QĐ-TTg (18 July 2025: electronic results of the listed
/// online services, satisfaction with online services); Decree 224/2026/NĐ-CP, Art. 14 (every procedure
/// a full-process online service from 1 July 2026). The figures are from secondary sources except the
/// two decrees, read in their text (docs/specification.md §7.3).</para>
/// <para>Indicator names not in <see cref="IndicatorNames"/> (<c>processingTimeReduction</c>,
/// <c>businessConditionsCut</c>, <c>businessProceduresOnline</c>, <c>boundaryFreeProcedures</c>,
/// <c>feeBearingProceduresPayableOnline</c>, <c>onlineElectronicResultServices</c>,
/// <c>onlineServiceSatisfaction</c>, <c>proceduresFullProcessOnline</c>) are values the library does
/// not compute: supply them to <see cref="ComplianceCheck.Check(Target, decimal?)"/>.</para>
/// </remarks>
/// <example>
/// <code>
/// var fullOnline = TargetsInForce.All.Single(t => t.Indicator == "fullProcessOnline");
/// ComplianceCheck.Check(fullOnline, 39.98m).Status; // NotMet (EMC, to 26 Oct 2025)
/// TargetsInForce.On(new LocalDate(2026, 12, 31)).Count;
/// </code>
/// </example>
public static class TargetsInForce
{
    private static readonly Lazy<IReadOnlyList<Target>> Loaded = new(Load);

    /// <summary>Every target of the file, in its order.</summary>
    public static IReadOnlyList<Target> All => Loaded.Value;

    /// <summary>The targets that apply on <paramref name="date"/> (their date has come).</summary>
    public static IReadOnlyList<Target> On(LocalDate date) => [.. All.Where(t => t.AppliesOn(date))];

    private static Target[] Load()
    {
        const string resource = "Reform.Indicators.Compliance.Data.targets-2025-2030.csv";
        using var stream = typeof(TargetsInForce).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
        return [.. lines.Skip(1).Select((line, i) =>
        {
            var f = CsvLine.Split(line, i + 2);
            var comparator = f[1] switch
            {
                ">=" => Comparator.AtLeast,
                "<=" => Comparator.AtMost,
                "=" => Comparator.EqualTo,
                _ => throw new InvalidOperationException($"targets-2025-2030.csv, line {i + 2}: unknown comparator '{f[1]}'."),
            };
            var scope = f[3].Length == 0 ? TargetScope.National : TargetScope.OfLevels(GovernmentLevels.Parse(f[3]));
            return new Target(f[0], comparator, decimal.Parse(f[2], CultureInfo.InvariantCulture), scope, IsoDates.Parse(f[4]), f[5], f[6]);
        })];
    }
}

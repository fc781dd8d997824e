using NodaTime;

namespace Reform.Indicators.Compliance;

/// <summary>
/// The targets of Resolution 76/NQ-CP (15 July 2021), the Government's overall programme of
/// public administration reform 2021–2030, that the project's reference notes confirm from a
/// source.
/// </summary>
/// <remarks>
/// <para>Left out on purpose, because the reference notes do not confirm their wording: the
/// online dossier share (≥ 50% by 2025, ≥ 80% by 2030), satisfaction (≥ 90% / ≥ 95%) and online
/// payment (≥ 80%). The confirmed target that every user of online public services has an
/// electronic identity is left out too: dossier records do not carry the data to check it.
/// Users add such targets as <see cref="Target"/> values of their own.</para>
/// <para>"By 2025" is read as in force from 31 December 2025, "by 2030" from 31 December 2030.</para>
/// </remarks>
public static class Resolution76Targets
{
    private const string Source = "Resolution 76/NQ-CP (15 Jul 2021), programme of public administration reform 2021-2030";

    /// <summary>At least 20% of business regulations cut or simplified by 2025.</summary>
    public static Target BusinessRegulationsCut2025 { get; } = new(
        IndicatorNames.BusinessRegulationsCutOrSimplified, Comparator.AtLeast, 20m, TargetScope.National, new LocalDate(2025, 12, 31),
        Source, "Cut and simplify at least 20% of business regulations by 2025.");

    /// <summary>At least 20% of business compliance costs cut by 2025.</summary>
    public static Target ComplianceCosts2025 { get; } = new(
        IndicatorNames.ComplianceCostReduction, Comparator.AtLeast, 20m, TargetScope.National, new LocalDate(2025, 12, 31),
        Source, "Cut at least 20% of business compliance costs by 2025.");

    /// <summary>At least 80% of administrative procedures provided as online public services (levels 3–4, now partial or full) by 2025.</summary>
    public static Target ProceduresOnline2025 { get; } = new(
        IndicatorNames.ProceduresOnline, Comparator.AtLeast, 80m, TargetScope.National, new LocalDate(2025, 12, 31),
        Source, "At least 80% of administrative procedures provided online at levels 3 and 4 by 2025.");

    /// <summary>At least 90% of administrative procedures provided as online public services by 2030.</summary>
    public static Target ProceduresOnline2030 { get; } = new(
        IndicatorNames.ProceduresOnline, Comparator.AtLeast, 90m, TargetScope.National, new LocalDate(2030, 12, 31),
        Source, "At least 90% of administrative procedures provided online at levels 3 and 4 by 2030.");

    /// <summary>Every target of the catalogue.</summary>
    public static IReadOnlyList<Target> All { get; } = [BusinessRegulationsCut2025, ComplianceCosts2025, ProceduresOnline2025, ProceduresOnline2030];

    /// <summary>The targets in force on <paramref name="date"/>.</summary>
    public static IReadOnlyList<Target> InForceOn(LocalDate date) => [.. All.Where(t => t.AppliesOn(date))];
}

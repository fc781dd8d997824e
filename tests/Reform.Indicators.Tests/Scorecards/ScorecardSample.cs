using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Petitions;
using Reform.Indicators.Procedures;
using Reform.Indicators.Scorecards;
using Reform.Indicators.Units;

namespace Reform.Indicators.Tests.Scorecards;

/// <summary>
/// A fixed small hierarchy — ministry BTP (with vertical branch BTP-01, outside the hierarchy),
/// province 01 with districts 001 (communes 00004, 00007) and 002 (commune 00010), province 79
/// with commune 00020 directly under it — and random records spread over it.
/// </summary>
public sealed record ScorecardSample(ScorecardData Data)
{
    public static UnitHierarchy Hierarchy { get; } = new UnitRegistry(
    [
        new AdministrativeUnit("BTP", "Bộ Tư pháp", GovernmentLevel.Ministry, null),
        new AdministrativeUnit("01", "Hà Nội", GovernmentLevel.Province, null),
        new AdministrativeUnit("001", "Ba Đình", GovernmentLevel.District, "01"),
        new AdministrativeUnit("002", "Hoàn Kiếm", GovernmentLevel.District, "01"),
        new AdministrativeUnit("00004", "Trúc Bạch", GovernmentLevel.Commune, "001"),
        new AdministrativeUnit("00007", "Vĩnh Phúc", GovernmentLevel.Commune, "001"),
        new AdministrativeUnit("00010", "Phúc Tân", GovernmentLevel.Commune, "002"),
        new AdministrativeUnit("79", "Hồ Chí Minh", GovernmentLevel.Province, null),
        new AdministrativeUnit("00020", "Bến Nghé", GovernmentLevel.Commune, "79"),
    ]).AsOf(new LocalDate(2022, 6, 30));

    public static ScorecardOptions Options { get; } = ScorecardOptions.Default with
    {
        VerticalBranches = new Dictionary<string, string> { ["BTP-01"] = "BTP" },
    };

    public static ProcedureCatalogue Procedures { get; } = new(
    [
        new AdministrativeProcedure("1.004227", "Đăng ký khai sinh", new TimeLimit(5, TimeLimitUnit.WorkingDays), [GovernmentLevel.Commune], null, [(new LocalDate(2021, 1, 1), OnlineServiceLevel.Full)]),
        new AdministrativeProcedure("2.000815", "Cấp bản sao", new TimeLimit(2, TimeLimitUnit.WorkingDays), [GovernmentLevel.District, GovernmentLevel.Commune], null, [(new LocalDate(2022, 3, 1), OnlineServiceLevel.Partial)]),
        new AdministrativeProcedure("1.001193", "Cấp phép", new TimeLimit(15, TimeLimitUnit.WorkingDays), [GovernmentLevel.Province]),
        new AdministrativeProcedure("3.000160", "Lý lịch tư pháp", new TimeLimit(10, TimeLimitUnit.WorkingDays), [GovernmentLevel.Ministry, GovernmentLevel.Province], null, [(new LocalDate(2020, 1, 1), OnlineServiceLevel.Full)]),
    ]);

    public static ScorecardSample Build(Dossier[] dossiers, int[] placement, int[] flags, int[] procedureFlags, int[] publicationDays, int[] petitionMinutes)
    {
        static bool Bit(int f, int bit) => (f & (1 << bit)) != 0;
        var codes = Generators.ScorecardUnitCodes;
        var procedures = Generators.ScorecardProcedureCodes;
        var placed = dossiers.Select((d, i) => new Dossier(
            d.Id, codes[placement[i % placement.Length] % codes.Count], procedures[placement[(i + 7) % placement.Length] % procedures.Count],
            d.Channel, d.ReceivedAt, d.Due, d.Status, d.FinishedAt, d.SupplementRequests, d.SupplementRequestedAt)
        {
            // result_electronic: stated for some dossiers (bit 10 clear), true by bit 1.
            ResultElectronic = Bit(flags[i % flags.Length], 10) ? null : Bit(flags[i % flags.Length], 1),
        }).ToArray();
        var details = placed.Select((d, i) => (d, f: flags[i % flags.Length]))
            .Where(x => !Bit(x.f, 11)) // some dossiers have no details
            .Select(x => new DossierDetails(x.d.Id, Bit(x.f, 0), Bit(x.f, 2), Bit(x.f, 3), Bit(x.f, 4), Bit(x.f, 5),
                (OnlinePaymentGateway)((x.f >> 6) % 3), Bit(x.f, 8), Bit(x.f, 9))).ToArray();
        var procedureDetails = procedures.Select((code, i) => (code, f: procedureFlags[i])).Select(x => new ProcedureDetails(
            x.code, Bit(x.f, 0) ? new LocalDate(2021, 1, 1).PlusDays(x.f % 700) : null,
            Bit(x.f, 1) ? ProcedureComponents.All : (ProcedureComponents)(x.f % 128),
            Bit(x.f, 2), Bit(x.f, 3), Bit(x.f, 4), Bit(x.f, 5))).ToArray();
        var origin = new LocalDate(2021, 10, 1);
        var publications = publicationDays.Select((day, i) => new ProcedurePublication(
            $"{i}/QĐ", procedures[i % procedures.Count], codes[(day + i) % codes.Count], origin.PlusDays(day),
            origin.PlusDays(day + (day % 40) - 5), day % 3 == 0 ? null : origin.PlusDays(day + (day % 17)))).ToArray();
        var petitions = petitionMinutes.Select((minutes, i) =>
        {
            var received = new LocalDateTime(2021, 10, 1, 8, 0).PlusMinutes(minutes);
            int f = flags[(i + 3) % flags.Length];
            return new Petition($"PA{i}", codes[(minutes / 7 + i) % codes.Count], received, Bit(f, 0),
                Bit(f, 1) && Bit(f, 2) ? received.PlusDays(f % 4) : null,
                Bit(f, 3) ? received.PlusDays(f % 9) : null,
                Bit(f, 4) ? received.PlusDays(f % 30) : null,
                Bit(f, 4) && Bit(f, 5) ? received.PlusDays((f % 30) + (f % 5)) : null,
                f % 4, (f >> 2) % 4, Bit(f, 6) && Bit(f, 7));
        }).ToArray();
        return new ScorecardSample(new ScorecardData(placed)
        {
            DossierDetails = details,
            Procedures = Procedures,
            ProcedureDetails = procedureDetails,
            Publications = publications,
            Petitions = petitions,
        });
    }

    public override string ToString() =>
        $"{Data.Dossiers.Count} dossiers, {Data.DossierDetails.Count} details, {Data.Publications.Count} publications, {Data.Petitions.Count} petitions";
}

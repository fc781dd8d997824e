using System.Globalization;
using Reform.Indicators.Columnar;
using NodaTime;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Procedures;
using Reform.Indicators.Regulations;
using Reform.Indicators.Units;

namespace Reform.Indicators.Samples;

/// <summary>
/// A deterministic, synthetic national data set for one year, calibrated to the Government's 2022
/// review of public-administration reform: units, procedures, unit facts, procedure-change
/// decisions, business regulations and any number of dossiers, streamed.
/// </summary>
/// <remarks>
/// <para><b>Reference data</b> (the same for every seed): the 22 ministries and ministry-level
/// agencies, the 63 provinces of <see cref="VietnamProvinces"/>, 705 districts and 10,599 communes
/// (synthetic codes; districts and communes valid until 30 June 2025); 2,000 procedures with
/// statutory limits (80% in working days, 12% in calendar days, 8% in hours) and online levels —
/// 800 eligible for full online provision, 96% of them fully online at the end of 2021 and 100% at
/// the end of 2022; LGSP connected for 22/22 ministries and 63/63 provinces, an e-government
/// architecture 2.0 for 19/22 and 62/63; 2,358 procedure-change decisions and 1,041 business
/// regulations cut in the year.</para>
/// <para><b>Dossiers</b>: every channel and status; 7% carried over from the previous year and 7%
/// received in the year's last weeks and still open at its end (finished, or not, the next year); withdrawn and stopped;
/// 0 to 3 supplementation requests; about 20% with no appointment (<see cref="Dossier.DueGiven"/>
/// false: the deadline comes from the procedure and <see cref="Calendars.WorkingCalendar.Vietnam"/>).
/// Levels take 14% (ministries), 26% (provinces), 24% (districts) and 36% (communes) of the dossiers.</para>
/// <para><b>Exact by construction</b>: the online and late flags are assigned by quota, the rest
/// at random, so for any seed and any count of at least about 100,000 dossiers the report for
/// <see cref="Period"/> grouped by level gives on-time resolution rates of 99.96% (ministries),
/// 99.33% (province level), 98.27% (district level) and 99.56% (commune level), and an online share
/// of 52.80% in 2022 and 35.30% in 2021 (+17.50 points; docs/specification.md §11.1). Years other than 2021 and 2022 reuse the
/// nearest calibrated year's rates (they are not published figures).</para>
/// <para><b>Units differ between years</b>: a dossier's unit is drawn after its flags, leaning towards
/// the units whose online or late propensity is high that year (a lasting tendency per unit plus a
/// change per year, both from the seed). So per-unit online shares and on-time rates differ between
/// units and between years, and a year-on-year comparison by unit shows changes, while the national
/// and per-level figures above stay exact.</para>
/// <para><b>Consecutive years are one data set</b>: a dossier carried over into a year is, field for
/// field and with the same id, the dossier the previous year's sample (same count and seed) shows as
/// received in its last weeks, so reading the two files as one data set counts it once: the later
/// row with the same id is superseded under <c>RepeatsPolicy.Latest</c> (<c>--repeats latest</c>) or
/// rejected as a repeat under the default <c>First</c> (docs/specification.md §9.9), and the two rows
/// agree, so either way the reports are the same. A dossier still open at the end of its second year
/// is not followed into a third.</para>
/// <para>The same seed, year and count always give the same data; dossier <c>i</c> is the same
/// whatever the count (only the counts up to it matter).</para>
/// </remarks>
/// <example>
/// <code>
/// var sample = NationalSample.Create(2022, dossierCount: 200_000);
/// var report = DossierIndicators.Report(sample.Dossiers(), sample.Period, GroupBy.Level, sample.Units);
/// report["district"]!.OnTimeResolution.Percent; // 98.27
/// </code>
/// </example>
public sealed class NationalSample
{
    /// <summary>The seed used when none is given.</summary>
    public const int DefaultSeed = 20_221_231;

    private readonly SampleDossierGenerator generator;
    private readonly Sample2025? regime2025;

    private NationalSample(int year, int dossierCount, int seed)
    {
        Year = year;
        DossierCount = dossierCount;
        Seed = seed;
        Period = ReportingPeriod.Year(year);
        generator = new SampleDossierGenerator(year, seed);
        regime2025 = year == 2025 ? Sample2025.Instance : null;
        Units = regime2025?.Registry ?? SampleUnits.Instance.Registry;
        Procedures = SampleProcedures.Instance.Catalogue;
        Facts = BuildFacts(year);
        Decisions = BuildDecisions(year);
        Regulations = BuildRegulations(year);
    }

    /// <summary>Creates the sample of <paramref name="year"/> with <paramref name="dossierCount"/> dossiers.</summary>
    /// <param name="year">The year, 2016 to 2024 (the sample's districts end with the 2025 reform); 2021 and 2022 are calibrated to published figures.</param>
    /// <param name="dossierCount">How many dossiers, 0 or more; the published rates are reproduced from about 100,000.</param>
    /// <param name="seed">The seed of everything drawn at random.</param>
    /// <returns>The sample; reference data are built now, dossiers when enumerated.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or the count is out of range (for 2025, use <see cref="Create2025"/>).</exception>
    public static NationalSample Create(int year, int dossierCount, int seed = DefaultSeed)
    {
        if (year is < 2016 or > 2024)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"The national sample covers 2016 to 2024 (2025: NationalSample.Create2025, whose size is fixed by its scale); {year} was asked.");
        }
        ArgumentOutOfRangeException.ThrowIfNegative(dossierCount);
        return new NationalSample(year, dossierCount, seed);
    }

    /// <summary>
    /// The 2025 sample: the real units before and after 1 July 2025 (<see cref="VietnamUnits"/>: 63
    /// provinces, 696 districts and 10,035 communes until 30 June; 34 provinces and 3,321 communes from
    /// 1 July) and the 17 ministries and ministry-level agencies of 2025, with 440,000 dossiers: 1/100
    /// of the national volume.
    /// </summary>
    /// <remarks>
    /// <para>For 1 July – 28 October 2025 it reproduces, at 1/100, the published figures (docs/specification.md
    /// §11.2, secondary source): 145,000 dossiers received at province and commune level (14.5 million in
    /// the 34 localities), 121,000 of them online (12.1 million), 30,000 at province level (about 3 million)
    /// and 91,000 at commune level (about 9.1 million). Exact for every seed: the online flags are assigned by quota.</para>
    /// <para>The sample's own choices (no published figure): 36,000 received at province level and 109,000 at
    /// commune level in that window; 185,000 dossiers from 1 January to 30 June (30,000 ministries, 40,000
    /// provinces, 45,000 districts, 70,000 communes); 88,000 from 29 October to 31 December; ministries'
    /// volumes; outcomes (96% completed, 2% refused, 1% withdrawn, 1% stopped, 3% of the finished late,
    /// those not finished by the year's end open). District dossiers are all finished by 30 June 2025, so a
    /// report from 1 July has no district group. A dossier's unit is drawn among the units of its level
    /// valid on its receipt date.</para>
    /// <para>Facts, decisions and regulations are those of the other years' samples.</para>
    /// </remarks>
    /// <param name="seed">The seed of everything drawn at random.</param>
    /// <returns>The sample; units are loaded now (<see cref="VietnamUnits"/>), dossiers when enumerated.</returns>
    public static NationalSample Create2025(int seed = DefaultSeed) => new(2025, (int)Sample2025.Instance.Count, seed);

    /// <summary>The year of the sample.</summary>
    public int Year { get; }

    /// <summary>The number of dossiers.</summary>
    public int DossierCount { get; }

    /// <summary>The seed.</summary>
    public int Seed { get; }

    /// <summary>The calendar year <see cref="Year"/>: the period the sample is calibrated for.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The units: ministries, provinces (with their names over time), districts and communes.</summary>
    public UnitRegistry Units { get; }

    /// <summary>The procedures, with statutory limits and online levels.</summary>
    public ProcedureCatalogue Procedures { get; }

    /// <summary>LGSP connection and e-government architecture 2.0 of ministries and provinces, holding from 1 December of the year before.</summary>
    public UnitFacts Facts { get; }

    /// <summary>The 2,358 procedure-change decisions of the year.</summary>
    public IReadOnlyList<ProcedureChangeDecision> Decisions { get; }

    /// <summary>Business regulations: 1,041 cut in the year, some cut the year before, some simplified, the rest in force.</summary>
    public IReadOnlyList<BusinessRegulation> Regulations { get; }

    /// <summary>The dossiers as records, in order, generated as they are enumerated (nothing is kept).</summary>
    /// <remarks>Ids are <c>HS</c>, the year of receipt and the 10-digit index, e.g. <c>HS20220000000042</c>; a dossier carried over from the year before keeps that year's id (<c>HS2021…</c>).</remarks>
    public IEnumerable<Dossier> Dossiers()
    {
        if (regime2025 is not null)
        {
            for (long i = 0; i < DossierCount; i++)
            {
                yield return regime2025.Generate(i, Seed);
            }
            yield break;
        }
        var codes = SampleUnits.Instance.Codes;
        var procedures = SampleProcedures.Instance.All;
        var cursor = new SampleDossierGenerator.Cursor();
        for (long i = 0; i < DossierCount; i++)
        {
            var d = generator.Generate(i, cursor);
            yield return new Dossier(
                string.Create(CultureInfo.InvariantCulture, $"HS{d.ReceivedAt.Year:0000}{d.Index:0000000000}"), codes[d.Unit], procedures[d.Procedure].Code,
                d.Channel, d.ReceivedAt, d.Due, d.Status, d.FinishedAt, d.SupplementRequests, d.SupplementRequestedAt, d.DueGiven)
            {
                ProcedureOnlineLevel = procedures[d.Procedure].OnlineLevelOn(d.ReceivedAt.Date),
            };
        }
    }

    /// <summary>
    /// The dossier-detail fields the sample states (docs/scorecard.md, "The samples"): for 2025
    /// <see cref="DossierDetailFields.SyncedToPortal"/> — every dossier is synced, since the published volumes the
    /// sample reproduces are the national portal's own counts; for other years none.
    /// </summary>
    public DossierDetailFields DossierDetailsStated => regime2025 is null ? DossierDetailFields.None : DossierDetailFields.SyncedToPortal;

    /// <summary>The scorecard details of the dossiers, in the order of <see cref="Dossiers"/>, stating only <see cref="DossierDetailsStated"/>; none when it is <see cref="DossierDetailFields.None"/>.</summary>
    public IEnumerable<DossierDetails> Details() =>
        DossierDetailsStated == DossierDetailFields.None ? [] : Dossiers().Select(d => new DossierDetails(d.Id, SyncedToNationalPortal: true));

    /// <summary>
    /// The Decision 766 scorecard's data of the sample: its dossiers (kept in memory), their <see cref="Details"/>
    /// with the fields stated, and the procedures.
    /// </summary>
    public Scorecards.ScorecardData ToScorecardData()
    {
        var dossiers = Dossiers().ToArray();
        return new Scorecards.ScorecardData(dossiers)
        {
            DossierDetails = DossierDetailsStated == DossierDetailFields.None ? [] : [.. dossiers.Select(d => new DossierDetails(d.Id, SyncedToNationalPortal: true))],
            DossierDetailsStated = DossierDetailsStated,
            Procedures = Procedures,
        };
    }

    /// <summary>
    /// Appends the dossiers to <paramref name="table"/>, generated in parallel blocks straight into
    /// its columns: no record is made, so the memory used is the table's (22 bytes per dossier).
    /// </summary>
    /// <remarks>The rows are those of <see cref="Dossiers"/>, in the same order.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The table cannot hold that many more dossiers.</exception>
    public void AppendTo(DossierTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (regime2025 is not null)
        {
            table.AddRange(Dossiers());
            return;
        }
        int[] unitOrdinals = Array.ConvertAll(SampleUnits.Instance.Codes, table.UnitOrdinal);
        var procedures = SampleProcedures.Instance.All;
        int[] procedureOrdinals = Array.ConvertAll(procedures, p => table.ProcedureOrdinal(p.Code));
        var starts = generator.BlockStarts(DossierCount);
        int first = table.Reserve(DossierCount);
        table.EnsureExtras();
        Parallel.For(0, starts.Length, block =>
        {
            var cursor = starts[block];
            long end = Math.Min(DossierCount, ((long)block + 1) * SampleDossierGenerator.BlockSize);
            for (long i = (long)block * SampleDossierGenerator.BlockSize; i < end; i++)
            {
                var d = generator.Generate(i, cursor);
                table.Set(first + (int)i, unitOrdinals[d.Unit], procedureOrdinals[d.Procedure], d.Channel, d.Status,
                    d.ReceivedAt, d.Due, d.FinishedAt, d.SupplementRequests, d.SupplementRequestedAt);
                // The procedure's online level on the receipt date, as on the records of Dossiers() (docs/specification.md §10.3).
                table.SetExtras(first + (int)i, DossierClassifier.Extras(false, false, null, procedures[d.Procedure].OnlineLevelOn(d.ReceivedAt.Date)));
            }
        });
    }

    /// <summary>The dossiers in a new <see cref="DossierTable"/> of exactly <see cref="DossierCount"/> rows (see <see cref="AppendTo"/>).</summary>
    public DossierTable ToTable()
    {
        var table = new DossierTable(DossierCount);
        AppendTo(table);
        return table;
    }

    /// <summary>The report of the sample's dossiers for <see cref="Period"/> through the record-at-a-time path.</summary>
    /// <param name="groupBy">The grouping.</param>
    public IndicatorReport Report(GroupBy groupBy) => DossierIndicators.Report(Dossiers(), Period, groupBy, Units);

    private static UnitFacts BuildFacts(int year)
    {
        var since = new LocalDate(year - 1, 12, 1);
        var ministries = SampleUnits.Instance.ByLevel[0];
        var provinces = SampleUnits.Instance.ByLevel[1];
        var facts = new List<UnitFact>();
        facts.AddRange(ministries.Concat(provinces).Select(code => new UnitFact(code, KnownUnitFacts.LgspConnected, since)));
        // 2022: 19 of 22 ministries and 62 of 63 provinces with an architecture per framework 2.0.
        facts.AddRange(ministries.Take(19).Concat(provinces.Where(code => code != "95"))
            .Select(code => new UnitFact(code, KnownUnitFacts.EGovernmentArchitecture20, since)));
        return new UnitFacts(facts);
    }

    private static ProcedureChangeDecision[] BuildDecisions(int year)
    {
        const int Count = 2_358;
        var issuers = SampleUnits.Instance.ByLevel[0].Concat(SampleUnits.Instance.ByLevel[1]).ToArray();
        var procedures = SampleProcedures.Instance.All;
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var decisions = new ProcedureChangeDecision[Count];
        var first = new LocalDate(year, 1, 1);
        int days = NodaTime.Period.DaysBetween(first, new LocalDate(year, 12, 31)) + 1;
        for (int k = 0; k < Count; k++)
        {
            string issuer = issuers[(int)(SampleRandom.Mix((ulong)k) % (ulong)issuers.Length)];
            int number = numbers[issuer] = numbers.GetValueOrDefault(issuer) + 1;
            int changes = 1 + (k % 5);
            decisions[k] = new ProcedureChangeDecision(
                FormattableString.Invariant($"{number}/QĐ-{issuer}"),
                first.PlusDays((int)((long)k * days / Count)),
                issuer,
                Enumerable.Range(0, changes).Select(j => new ProcedureChange(procedures[((k * 7) + (j * 131)) % procedures.Length].Code, (ProcedureChangeKind)((k + j) % 4))));
        }
        return decisions;
    }

    private static BusinessRegulation[] BuildRegulations(int year)
    {
        const int Total = 4_000, CutInYear = 1_041, CutBefore = 300, Simplified = 200;
        var ministries = SampleUnits.Instance.ByLevel[0];
        string[] fields = ["Thương mại", "Đầu tư", "Xây dựng", "Giao thông", "Y tế", "Nông nghiệp", "Tài chính"];
        var regulations = new BusinessRegulation[Total];
        for (int i = 0; i < Total; i++)
        {
            var date = new LocalDate(year, 1, 1).PlusDays(i % 365);
            RegulationChange[] changes = i < CutInYear ? [new RegulationChange(date, RegulationChangeKind.Cut, FormattableString.Invariant($"QĐ {i + 1}/{year}"))]
                : i < CutInYear + CutBefore ? [new RegulationChange(date.PlusYears(-1), RegulationChangeKind.Cut, FormattableString.Invariant($"QĐ {i + 1}/{year - 1}"))]
                : i < CutInYear + CutBefore + Simplified ? [new RegulationChange(date, RegulationChangeKind.Simplified, FormattableString.Invariant($"QĐ {i + 1}/{year}"), 500_000m)]
                : [];
            regulations[i] = new BusinessRegulation(
                FormattableString.Invariant($"QD-{i + 1:00000}"), FormattableString.Invariant($"Quy định kinh doanh {i + 1}"),
                ministries[i % ministries.Length], fields[i % fields.Length], new LocalDate(2015, 1, 1),
                1_000_000m + (i % 10 * 100_000m), changes);
        }
        return regulations;
    }
}

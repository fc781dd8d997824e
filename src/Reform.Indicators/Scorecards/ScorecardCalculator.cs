using System.Globalization;
using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Petitions;
using Reform.Indicators.Procedures;
using Reform.Indicators.Scorecards.Indicators;
using Reform.Indicators.Units;

namespace Reform.Indicators.Scorecards;

/// <summary>
/// Computes Decision 766 scorecards from records: each unit's scope, each indicator's numerator and
/// denominator, the points, groups, total, band and the rank among units of the same level.
/// </summary>
/// <remarks>
/// <para>The computation is in two steps that can be used apart: <see cref="Inputs"/> turns records
/// into each indicator's numerator and denominator; <see cref="FromInputs"/> turns inputs into a
/// scorecard (so inputs taken from elsewhere, e.g. the portal's API, score the same way).</para>
/// <para>Counting indicators (dossiers and petitions) add up over units and over disjoint
/// periods. Procedure-level indicators (1.1, 1.3, 3.1, 3.2, 3.5, 3.5b, 4.5a) count each procedure
/// once within a scope, so they are not sums over the scope's units.</para>
/// </remarks>
/// <example>
/// <code>
/// var hierarchy = registry.AsOf(period.Last);
/// foreach (var card in ScorecardCalculator.Score(new ScorecardData(dossiers), hierarchy, ReportingPeriod.Parse("2024-Q1")))
/// {
///     Console.WriteLine(card);            // 01 Hà Nội 2024-Q1: 83.47/100 Good, rank 1/63
///     foreach (var score in card.Indicators)
///         Console.WriteLine(score);       // 2.1: 19.80/20 (990/1000, 99.00%)
/// }
/// </code>
/// </example>
public static class ScorecardCalculator
{
    /// <summary>
    /// The scorecards of <paramref name="unitCodes"/> (all units of the hierarchy when null) for
    /// <paramref name="period"/>, ranked among the scored units of the same level.
    /// </summary>
    /// <returns>The scorecards ordered by level, then rank, then code.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="KeyNotFoundException">A unit code is not in the hierarchy.</exception>
    public static IReadOnlyList<Scorecard> Score(
        ScorecardData data, UnitHierarchy hierarchy, ReportingPeriod period, ScorecardOptions? options = null, IEnumerable<string>? unitCodes = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(hierarchy);
        ArgumentNullException.ThrowIfNull(period);
        options ??= ScorecardOptions.Default;
        var records = new ScorecardRecords(data, period, options);
        var codes = unitCodes?.ToArray() ?? [.. hierarchy.Units.Select(u => u.Code)];
        var cards = codes.Select(code =>
        {
            var scope = Scope(hierarchy, code, options);
            return FromInputs(hierarchy[code], period, scope, Decision766Indicators.Inputs(records.For(hierarchy, code, scope)), options);
        }).ToArray();
        return Rank(cards);
    }

    /// <summary>
    /// Ranks scorecards among those of the same level by unrounded total, highest first; ties share
    /// a rank (1, 2, 2, 4). Returns them ordered by level, then rank, then code.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="scorecards"/> is null.</exception>
    public static IReadOnlyList<Scorecard> Rank(IEnumerable<Scorecard> scorecards)
    {
        ArgumentNullException.ThrowIfNull(scorecards);
        var ranked = new List<Scorecard>();
        foreach (var level in scorecards.GroupBy(c => c.Unit.Level).OrderBy(g => g.Key))
        {
            var peers = level.ToArray();
            var ranks = Ranking.Competition(peers, c => c.Total);
            ranked.AddRange(peers
                .Select((card, i) => card with { Rank = ranks[i], Peers = peers.Length })
                .OrderBy(c => c.Rank).ThenBy(c => c.Unit.Code, StringComparer.Ordinal));
        }
        return ranked;
    }

    /// <summary>
    /// The codes of the units whose records count for <paramref name="unitCode"/>: the unit itself
    /// first, then (under <see cref="ScopeRule.Subtree"/>) every unit below it and the vertical
    /// branches of every ministry among them.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The unit is not in the hierarchy.</exception>
    public static IReadOnlyList<string> Scope(UnitHierarchy hierarchy, string unitCode, ScorecardOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(hierarchy);
        options ??= ScorecardOptions.Default;
        var unit = hierarchy[unitCode];
        var scope = new List<string> { unit.Code };
        if (options.Scope.GetValueOrDefault(unit.Level, ScopeRule.OwnRecords) == ScopeRule.Subtree)
        {
            scope.AddRange(hierarchy.Descendants(unit.Code).Select(u => u.Code));
            var members = scope.ToHashSet(StringComparer.Ordinal);
            scope.AddRange(options.VerticalBranches
                .Where(b => members.Contains(b.Value) && !members.Contains(b.Key))
                .Select(b => b.Key)
                .Order(StringComparer.Ordinal));
        }
        return scope;
    }

    /// <summary>Every indicator's numerator and denominator for <paramref name="unitCode"/> in <paramref name="period"/>, by indicator code.</summary>
    /// <exception cref="KeyNotFoundException">The unit is not in the hierarchy.</exception>
    public static IReadOnlyDictionary<string, IndicatorInput> Inputs(
        ScorecardData data, UnitHierarchy hierarchy, string unitCode, ReportingPeriod period, ScorecardOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(hierarchy);
        ArgumentNullException.ThrowIfNull(period);
        options ??= ScorecardOptions.Default;
        return Decision766Indicators.Inputs(new ScorecardRecords(data, period, options).For(hierarchy, unitCode, Scope(hierarchy, unitCode, options)));
    }

    /// <summary>TEMPORARY: the string-keyed method, for the differential property before it is deleted.</summary>
    internal static IReadOnlyDictionary<string, IndicatorInput> LegacyInputs(
        ScorecardData data, UnitHierarchy hierarchy, string unitCode, ReportingPeriod period, ScorecardOptions options) =>
        new RecordIndex(data, period, options).Inputs(hierarchy, unitCode, Scope(hierarchy, unitCode, options));

    /// <summary>Scores given inputs for one unit: the layout in force on the period's last date, the band; not ranked.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="period">The period.</param>
    /// <param name="scope">The codes of the units whose records the inputs count.</param>
    /// <param name="inputs">The inputs by indicator code; a missing one is 0/0.</param>
    /// <param name="options">The options (catalogue, bands, not-applicable handling).</param>
    /// <exception cref="ArgumentOutOfRangeException">No layout is in force on the period's last date.</exception>
    public static Scorecard FromInputs(
        AdministrativeUnit unit, ReportingPeriod period, IReadOnlyList<string> scope, IReadOnlyDictionary<string, IndicatorInput> inputs, ScorecardOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(inputs);
        options ??= ScorecardOptions.Default;
        var layout = options.Catalogue.LayoutOn(period.Last);
        var (groups, total) = layout.Score(inputs, options.NotApplicable);
        return new Scorecard(unit, period, layout, scope, groups, total, options.Bands.For(total));
    }

    /// <summary>The records indexed by unit for one period: dossiers classified once, details by id.</summary>
    private sealed class RecordIndex
    {
        private readonly ReportingPeriod period;
        private readonly ScorecardOptions options;
        private readonly ILookup<string, (Dossier Dossier, DossierClass Class)> dossiers;
        private readonly Dictionary<string, DossierDetails> details;
        private readonly Dictionary<string, ProcedureDetails> procedureDetails;
        private readonly ILookup<string, ProcedurePublication> publications;
        private readonly ILookup<string, Petition> petitions;
        private readonly IReadOnlyList<AdministrativeProcedure> procedures;

        internal RecordIndex(ScorecardData data, ReportingPeriod period, ScorecardOptions options)
        {
            this.period = period;
            this.options = options;
            dossiers = data.Dossiers
                .Select(d => (Dossier: d, Class: DossierClassifier.Classify(d, period, options.Classification)))
                .Where(x => x.Class.InScope)
                .ToLookup(x => x.Dossier.UnitCode, StringComparer.Ordinal);
            details = data.DossierDetails.GroupBy(d => d.DossierId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
            procedureDetails = data.ProcedureDetails.GroupBy(p => p.ProcedureCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
            publications = data.Publications.ToLookup(p => p.UnitCode, StringComparer.Ordinal);
            petitions = data.Petitions.Where(p => period.Contains(p.ReceivedAt)).ToLookup(p => p.UnitCode, StringComparer.Ordinal);
            procedures = data.Procedures?.Procedures ?? [];
        }

        private DossierDetails DetailsOf(Dossier dossier) => details.GetValueOrDefault(dossier.Id) ?? new DossierDetails(dossier.Id);

        private ProcedureDetails ProcedureOf(string code) => procedureDetails.GetValueOrDefault(code) ?? new ProcedureDetails(code);

        private static GovernmentLevel LevelOf(UnitHierarchy hierarchy, string code) =>
            hierarchy.Contains(code) ? hierarchy[code].Level : GovernmentLevel.Ministry; // a code outside the hierarchy is a vertical branch

        internal Dictionary<string, IndicatorInput> Inputs(UnitHierarchy hierarchy, string unitCode, IReadOnlyList<string> scope)
        {
            var inputs = new Dictionary<string, IndicatorInput>(StringComparer.Ordinal);
            var unitLevel = hierarchy[unitCode].Level;
            var calendar = options.Calendar;

            // Dossiers: counts of docs/specification.md §4 plus the 766 flags.
            var counts = default(DossierCounts);
            long received = 0, synced = 0, onlineQualified = 0, feeDossiers = 0, paidOnline = 0, completedWritten = 0, electronicResults = 0;
            long digitised = 0, reused = 0, personalStore = 0, population = 0, feedback = 0;
            var proceduresOnline = new HashSet<string>(StringComparer.Ordinal);
            var proceduresPaidOnline = new HashSet<string>(StringComparer.Ordinal);
            var proceduresPopulation = new HashSet<string>(StringComparer.Ordinal);
            foreach (var code in scope)
            {
                foreach (var (dossier, dossierClass) in dossiers[code])
                {
                    counts += DossierCounts.Of(dossierClass, dossier.Channel);
                    var facts = DetailsOf(dossier);
                    var procedure = ProcedureOf(dossier.ProcedureCode);
                    feedback += facts.Feedback ? 1 : 0;
                    if (dossierClass.Outcome == DossierOutcome.Resolved && dossier.Status == DossierStatus.Completed && procedure.RequiresWrittenResult)
                    {
                        completedWritten++;
                        electronicResults += facts.ElectronicResult ? 1 : 0;
                    }
                    if (dossierClass.Scope != DossierScope.Received)
                    {
                        continue;
                    }
                    received++;
                    synced += facts.SyncedToNationalPortal ? 1 : 0;
                    bool resultOk = !procedure.RequiresWrittenResult || facts.ElectronicResult;
                    if (dossier.Channel == DossierChannel.Online)
                    {
                        proceduresOnline.Add(dossier.ProcedureCode);
                        onlineQualified += resultOk ? 1 : 0;
                    }
                    if (procedure.FeeBearing && !facts.FeesAllZero)
                    {
                        feeDossiers++;
                        paidOnline += facts.PaidOnline != OnlinePaymentGateway.None ? 1 : 0;
                    }
                    if (facts.PaidOnline != OnlinePaymentGateway.None)
                    {
                        proceduresPaidOnline.Add(dossier.ProcedureCode);
                    }
                    digitised += facts.DigitisedComponents && resultOk ? 1 : 0;
                    reused += facts.ReusedData ? 1 : 0;
                    personalStore += facts.PersonalDataStore ? 1 : 0;
                    if (facts.PopulationData)
                    {
                        population++;
                        proceduresPopulation.Add(dossier.ProcedureCode);
                    }
                }
            }

            inputs["1.4"] = received > 0 || options.PriorYearReceived.GetValueOrDefault(unitCode) is not > 0
                ? new IndicatorInput(synced, received)
                : PriorYearFallback(options.PriorYearReceived[unitCode]);
            inputs["2.1"] = IndicatorInput.FromRate(counts.OnTimeHandling);
            decimal syncRate = inputs["1.4"].Ratio ?? 0m;
            inputs["3.3"] = options.MultiplyOnlineShareBySyncRate
                ? new IndicatorInput(onlineQualified * syncRate, received, string.Create(CultureInfo.InvariantCulture, $"{onlineQualified} online × sync rate {syncRate}"))
                : new IndicatorInput(onlineQualified, received);
            inputs["3.6"] = new IndicatorInput(paidOnline, feeDossiers);
            inputs["4.1"] = new IndicatorInput(electronicResults, completedWritten);
            inputs["4.2"] = new IndicatorInput(digitised, received);
            inputs["4.3"] = new IndicatorInput(reused, received);
            inputs["4.4"] = new IndicatorInput(personalStore, received);
            inputs["4.5b"] = new IndicatorInput(population, received);
            // 5.4: 100% − (overdue rate + feedback rate) over the dossiers in scope, as the portal computes it.
            long overdue = counts.InScope - counts.HandledOnTime;
            inputs["5.4"] = new IndicatorInput(Math.Max(0, counts.InScope - overdue - feedback), counts.InScope);

            // Procedures under the authority of the levels in scope; a procedure with no levels is everyone's.
            var levels = scope.Select(c => LevelOf(hierarchy, c)).ToHashSet();
            var authority = procedures
                .Where(p => p.Levels.Count == 0 || p.Levels.Overlaps(levels))
                .ToArray();
            var online = authority.Where(p => p.OnlineLevelOn(period.Last) != OnlineServiceLevel.None).ToArray();
            inputs["3.1"] = new IndicatorInput(online.Length, authority.Length);
            inputs["3.2"] = new IndicatorInput(online.Count(p => proceduresOnline.Contains(p.Code)), online.Length);
            var isPublic = authority.Select(p => ProcedureOf(p.Code)).Where(p => p.IsPublicOn(period.Last)).ToArray();
            inputs["1.3"] = new IndicatorInput(isPublic.Count(p => p.HasAllComponents), isPublic.Length);
            var feeBearing = authority.Select(p => ProcedureOf(p.Code)).Where(p => p.FeeBearing).ToArray();
            inputs["3.5"] = new IndicatorInput(feeBearing.Count(p => p.FeesIntegratedForOnlinePayment), feeBearing.Length);
            inputs["3.5b"] = new IndicatorInput(feeBearing.Count(p => proceduresPaidOnline.Contains(p.ProcedureCode)), feeBearing.Length);
            var forIndividuals = authority.Where(p => ProcedureOf(p.Code).ForIndividuals).ToArray();
            inputs["4.5a"] = new IndicatorInput(forIndividuals.Count(p => proceduresPopulation.Contains(p.Code)), forIndividuals.Length);

            // 1.1: each procedure once per scope and period; one late decision makes it late.
            var published = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (var code in scope)
            {
                int lead = LevelOf(hierarchy, code) == GovernmentLevel.Ministry ? options.Publication.MinistryLead : options.Publication.ProvinceLead;
                foreach (var publication in publications[code].Where(p => period.Dates.Contains(p.DecisionDate)))
                {
                    bool onTime = publication.DecisionDate <= calendar.AddWorkingDays(publication.LegalBasisEffectiveDate, -lead);
                    published[publication.ProcedureCode] = published.GetValueOrDefault(publication.ProcedureCode, true) && onTime;
                }
            }
            inputs["1.1"] = new IndicatorInput(published.Values.Count(onTime => onTime), published.Count);

            // 1.2: the unit itself only.
            int makePublic = unitLevel == GovernmentLevel.Ministry ? options.Publication.MinistryMakePublic : options.Publication.ProvinceMakePublic;
            long madePublicOnTime = 0, dueOrMadePublic = 0;
            foreach (var publication in publications[unitCode])
            {
                var deadline = calendar.AddWorkingDays(publication.DecisionDate, makePublic);
                if (publication.MadePublicOn is { } madePublic && period.Dates.Contains(madePublic))
                {
                    dueOrMadePublic++;
                    madePublicOnTime += madePublic <= deadline ? 1 : 0;
                }
                else if ((publication.MadePublicOn is not { } later || later > period.Last) && publication.DecisionDate <= period.Last && deadline <= period.Last)
                {
                    dueOrMadePublic++;
                }
            }
            inputs["1.2"] = new IndicatorInput(madePublicOnTime, dueOrMadePublic);

            // Group 5: petitions received in the period.
            long petitionCount = 0, classified = 0, petitionsOnTime = 0, satisfied = 0;
            foreach (var code in scope)
            {
                foreach (var petition in petitions[code])
                {
                    petitionCount++;
                    classified += petition.Classified ? 1 : 0;
                    bool onTime = PetitionOnTime(petition, period.Last, calendar, options.PetitionDeadlines);
                    petitionsOnTime += onTime ? 1 : 0;
                    satisfied += onTime && !petition.RatedUnsatisfied && !petition.RaisedAgain ? 1 : 0;
                }
            }
            inputs["5.1"] = new IndicatorInput(classified, petitionCount);
            inputs["5.2"] = new IndicatorInput(petitionsOnTime, petitionCount);
            inputs["5.3"] = new IndicatorInput(satisfied, petitionCount);
            return inputs;
        }

        private IndicatorInput PriorYearFallback(long priorYear)
        {
            // Decision 766 indicator 1.4 on the portal: last year's total ÷ 12 (month), ÷ 4 (quarter), × 1 (year).
            bool startsMonth = period.First.Day == 1;
            bool endsMonth = period.Last.PlusDays(1).Day == 1;
            int months = ((period.Last.Year - period.First.Year) * 12) + period.Last.Month - period.First.Month + 1;
            (decimal divisor, string what) = startsMonth && endsMonth && months is 1 or 3 or 12
                ? (12m / months, months == 1 ? "÷ 12" : months == 3 ? "÷ 4" : "× 1")
                : (365m / (Period.DaysBetween(period.First, period.Last) + 1), "× days ÷ 365");
            return new IndicatorInput(0, priorYear / divisor, $"no dossier received: last year's {priorYear} {what}");
        }
    }

    /// <summary>
    /// Whether a petition met every deadline of indicator 5.2 that has come by the end of
    /// <paramref name="asOf"/>: refusal, first supplementation and handling counted in working days
    /// from receipt, publication from handling. A step after <paramref name="asOf"/> has not happened yet.
    /// </summary>
    internal static bool PetitionOnTime(Petition petition, LocalDate asOf, WorkingCalendar calendar, PetitionDeadlines deadlines)
    {
        LocalDate? Seen(LocalDateTime? at) => at is { } t && t.Date <= asOf ? t.Date : null;
        var received = petition.ReceivedAt.Date;
        if (Seen(petition.RefusedAt) is { } refused)
        {
            return refused <= calendar.AddWorkingDays(received, deadlines.Refusal);
        }
        if (Seen(petition.SupplementRequestedAt) is { } requested && requested > calendar.AddWorkingDays(received, deadlines.FirstSupplementRequest))
        {
            return false;
        }
        var handlingDue = calendar.AddWorkingDays(received, deadlines.Handling);
        if (Seen(petition.HandledAt) is not { } handled)
        {
            return handlingDue >= asOf;
        }
        if (handled > handlingDue)
        {
            return false;
        }
        var publicationDue = calendar.AddWorkingDays(handled, deadlines.Publication);
        return Seen(petition.PublishedAt) is { } published ? published <= publicationDue : publicationDue >= asOf;
    }
}

using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Procedures;
using Reform.Indicators.Units;

namespace Reform.Indicators.Samples;

/// <summary>
/// The procedures of the national sample: 2,000 procedures (codes <c>1.000001</c>…), each handled at
/// one government level, with statutory limits mostly in working days (some in calendar days, some
/// in hours); 800 eligible for full online provision, 768 of them fully online since June 2021
/// (96% at the end of 2021) and the other 32 since June 2022 (100% at the end of 2022); 60% of the
/// others partly online. The same for every seed and year.
/// </summary>
internal sealed class SampleProcedures
{
    public const int Count = 2_000;
    public const int EligibleCount = 800;
    public const int EligibleFullIn2021 = 768;

    private static readonly Lazy<SampleProcedures> Shared = new(() => new SampleProcedures());

    private static readonly int[] WorkingDayLimits = [1, 2, 3, 5, 5, 7, 10, 10, 15, 20, 30];
    private static readonly int[] DayLimits = [5, 7, 10, 15, 30];
    private static readonly int[] HourLimits = [4, 8, 16, 24];

    public static SampleProcedures Instance => Shared.Value;

    private SampleProcedures()
    {
        var procedures = new AdministrativeProcedure[Count];
        var byLevel = new List<int>[4];
        var onlineByLevel = new List<int>[4];
        for (int l = 0; l < 4; l++)
        {
            byLevel[l] = [];
            onlineByLevel[l] = [];
        }
        int eligibleRank = 0;
        for (int i = 0; i < Count; i++)
        {
            ulong h = SampleRandom.Mix(0x5EED_0000UL + (ulong)i);
            // Levels: 15% ministry, 35% province, 25% district, 25% commune.
            int levelDraw = (int)(h % 100);
            var level = levelDraw < 15 ? GovernmentLevel.Ministry : levelDraw < 50 ? GovernmentLevel.Province
                : levelDraw < 75 ? GovernmentLevel.District : GovernmentLevel.Commune;
            h >>= 8;
            int unitDraw = (int)(h % 100);
            h >>= 8;
            var limit = unitDraw < 80 ? TimeLimit.WorkingDays(WorkingDayLimits[(int)(h % (ulong)WorkingDayLimits.Length)])
                : unitDraw < 92 ? TimeLimit.Days(DayLimits[(int)(h % (ulong)DayLimits.Length)])
                : TimeLimit.Hours(HourLimits[(int)(h % (ulong)HourLimits.Length)]);
            h >>= 8;
            bool eligible = i % 5 < 2;
            var levels = new List<(LocalDate, OnlineServiceLevel)>();
            if (eligible)
            {
                levels.Add((new LocalDate(2019, 1, 1), OnlineServiceLevel.Partial));
                levels.Add((eligibleRank++ < EligibleFullIn2021 ? new LocalDate(2021, 6, 1) : new LocalDate(2022, 6, 1), OnlineServiceLevel.Full));
            }
            else if (h % 10 < 6)
            {
                levels.Add((new LocalDate(2019, 1, 1), OnlineServiceLevel.Partial));
            }
            string code = FormattableString.Invariant($"1.{i + 1:000000}");
            procedures[i] = new AdministrativeProcedure(code, $"Thủ tục {code}", limit, [level], null, levels, eligible);
            byLevel[(int)level].Add(i);
            if (levels.Count > 0)
            {
                onlineByLevel[(int)level].Add(i);
            }
        }
        All = procedures;
        Catalogue = new ProcedureCatalogue(procedures);
        ByLevel = [.. byLevel.Select(l => l.ToArray())];
        OnlineByLevel = [.. onlineByLevel.Select(l => l.ToArray())];
    }

    public AdministrativeProcedure[] All { get; }

    public ProcedureCatalogue Catalogue { get; }

    /// <summary>Indices into <see cref="All"/> of the procedures of each level.</summary>
    public int[][] ByLevel { get; }

    /// <summary>Indices into <see cref="All"/> of the procedures of each level offered online (partly or fully) since 2019.</summary>
    public int[][] OnlineByLevel { get; }
}

using System.Globalization;
using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Units;

namespace Reform.Indicators.Samples;

/// <summary>
/// The dossiers and units of the 2025 national sample: the real units of <see cref="VietnamUnits"/>
/// (four levels until 30 June, two local levels from 1 July) and 17 ministries, at 1/100 of the
/// national volume, reproducing the published figures of 1 July – 28 October 2025.
/// </summary>
/// <remarks>
/// The plan is a list of segments: a level, a receipt window, a number of dossiers and how many of
/// them are online (assigned by quota, so the counts are exact for every seed). The published figures
/// reproduced (docs/specification.md §11.2; secondary source): 14.5 million dossiers received by the
/// 34 localities (province and commune levels) from 1 July to 28 October 2025, 12.1 million of them
/// online, about 3 million at province level and 9.1 million at commune level. The split of the
/// received dossiers between the two levels, the ministries' volume and every volume outside that
/// window are the sample's choice (no published figure).
/// </remarks>
internal sealed class Sample2025
{
    /// <summary>Completed dossiers of ministries with an electronic result, in ten-thousandths: 24.48% (2023, nine months; secondary source).</summary>
    public const int ElectronicResultsMinistries = 2_448;

    /// <summary>Completed dossiers of localities with an electronic result, in ten-thousandths: 38.94% (2023, nine months; secondary source).</summary>
    public const int ElectronicResultsLocalities = 3_894;

    /// <summary>The first day of the window the published figures cover.</summary>
    public static readonly LocalDate WindowFirst = new(2025, 7, 1);

    /// <summary>The last day of the window the published figures cover.</summary>
    public static readonly LocalDate WindowLast = new(2025, 10, 28);

    // The ministries and ministry-level agencies from 1 March 2025 (National Assembly Resolution 176/2025/QH15): 14 + 3.
    private static readonly string[] MinistryNames =
    [
        "Bộ Quốc phòng", "Bộ Công an", "Bộ Ngoại giao", "Bộ Nội vụ", "Bộ Tư pháp", "Bộ Tài chính", "Bộ Công Thương",
        "Bộ Nông nghiệp và Môi trường", "Bộ Xây dựng", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Khoa học và Công nghệ",
        "Bộ Giáo dục và Đào tạo", "Bộ Y tế", "Bộ Dân tộc và Tôn giáo", "Ngân hàng Nhà nước Việt Nam", "Thanh tra Chính phủ",
        "Văn phòng Chính phủ",
    ];

    private static readonly Lazy<Sample2025> Shared = new(() => new Sample2025());

    private readonly WorkingCalendar calendar = WorkingCalendar.Vietnam;
    private readonly SampleProcedures procedures = SampleProcedures.Instance;

    private Sample2025()
    {
        var ministries = MinistryNames.Select((name, i) => new AdministrativeUnit(
            string.Create(CultureInfo.InvariantCulture, $"G{i + 1:00}"), name, GovernmentLevel.Ministry, null)).ToArray();
        Registry = VietnamUnits.Registry.WithUnits(ministries);
        var before = Registry.AsOf(WindowFirst.PlusDays(-1));
        var after = Registry.AsOf(WindowFirst);
        Before = [.. GovernmentLevels.All.Select(l => before.OfLevel(l).Select(u => u.Code).ToArray())];
        After = [.. GovernmentLevels.All.Select(l => after.OfLevel(l).Select(u => u.Code).ToArray())];
        var h1 = (First: new LocalDate(2025, 1, 1), Last: WindowFirst.PlusDays(-1));
        var window = (First: WindowFirst, Last: WindowLast);
        var rest = (First: WindowLast.PlusDays(1), Last: new LocalDate(2025, 12, 31));
        Segments =
        [
            // Until 30 June: four levels (volumes and online shares are the sample's choice).
            new(GovernmentLevel.Ministry, h1.First, h1.Last, 30_000, 15_000),
            new(GovernmentLevel.Province, h1.First, h1.Last, 40_000, 18_000),
            new(GovernmentLevel.District, h1.First, h1.Last, 45_000, 20_000),
            new(GovernmentLevel.Commune, h1.First, h1.Last, 70_000, 31_000),
            // 1 July – 28 October: the published figures at 1/100 — localities 145,000 received, 121,000 online,
            // 30,000 of them at province level and 91,000 at commune level.
            new(GovernmentLevel.Ministry, window.First, window.Last, 22_000, 12_000),
            new(GovernmentLevel.Province, window.First, window.Last, 36_000, 30_000),
            new(GovernmentLevel.Commune, window.First, window.Last, 109_000, 91_000),
            // 29 October – 31 December: the window's pace and shares (the sample's choice).
            new(GovernmentLevel.Ministry, rest.First, rest.Last, 12_000, 6_500),
            new(GovernmentLevel.Province, rest.First, rest.Last, 19_000, 15_800),
            new(GovernmentLevel.Commune, rest.First, rest.Last, 57_000, 47_600),
        ];
        SegmentStarts = new long[Segments.Count + 1];
        for (int s = 0; s < Segments.Count; s++)
        {
            SegmentStarts[s + 1] = SegmentStarts[s] + Segments[s].Count;
        }
    }

    public static Sample2025 Instance => Shared.Value;

    /// <summary>The units: <see cref="VietnamUnits.Registry"/> and the 17 ministries.</summary>
    public UnitRegistry Registry { get; }

    /// <summary>The number of dossiers of the year.</summary>
    public long Count => SegmentStarts[^1];

    internal IReadOnlyList<Segment> Segments { get; }

    private long[] SegmentStarts { get; }

    /// <summary>Codes by level (index = <see cref="GovernmentLevel"/>) valid on 30 June 2025.</summary>
    private string[][] Before { get; }

    /// <summary>Codes by level valid from 1 July 2025 (no districts).</summary>
    private string[][] After { get; }

    /// <summary>Dossier <paramref name="index"/> (0 ≤ index &lt; <see cref="Count"/>).</summary>
    public Dossier Generate(long index, int seed)
    {
        int s = Array.BinarySearch(SegmentStarts, index);
        s = s >= 0 ? s : ~s - 1;
        var segment = Segments[s];
        long k = index - SegmentStarts[s];
        var rng = new SampleRandom(seed, index, 2025);
        int level = (int)segment.Level;

        // Exactly segment.Online of the segment's dossiers are online.
        bool online = (k + 1) * segment.Online / segment.Count > k * segment.Online / segment.Count;
        var channel = online ? DossierChannel.Online : rng.Next(100) < 90 ? DossierChannel.Direct : DossierChannel.Postal;
        var day = segment.First.PlusDays(rng.Next(Period.DaysBetween(segment.First, segment.Last) + 1));
        if (!online && !calendar.IsWorkingDay(day))
        {
            var next = calendar.WorkingDayOnOrAfter(day);
            day = next <= segment.Last ? next : calendar.AddWorkingDays(day, -1) is var previous && previous >= segment.First ? previous : day;
        }
        int minute = online ? rng.Next(1_440) : 450 + rng.Next(571);
        var received = day.At(new LocalTime(minute / 60, minute % 60));
        var codes = day < WindowFirst ? Before[level] : After[level];
        string unit = codes[rng.Next(codes.Length)];
        int[] candidates = online ? procedures.OnlineByLevel[level] : procedures.ByLevel[level];
        var procedure = procedures.All[candidates[rng.Next(candidates.Length)]];
        var due = calendar.DueDate(received, procedure.TimeLimit);
        bool dueGiven = rng.Next(100) < 80;

        // Outcome: 96% completed, 2% refused, 1% withdrawn, 1% stopped; 3% of the finished late.
        // Districts finish by 30 June (their dossiers passed to the new units with the reform are not modelled).
        var lastEnd = segment.Level == GovernmentLevel.District ? WindowFirst.PlusDays(-1).At(new LocalTime(23, 0)) : new LocalDateTime(2025, 12, 31, 23, 0);
        int outcome = rng.Next(100);
        var status = outcome < 96 ? DossierStatus.Completed : outcome < 98 ? DossierStatus.Refused : outcome < 99 ? DossierStatus.Withdrawn : DossierStatus.Stopped;
        long span = Math.Max(1, Period.Between(received, due, PeriodUnits.Minutes).Minutes);
        var finished = rng.Next(100) < 3
            ? due.PlusMinutes(1 + rng.Next(3 * 1_440))
            : received.PlusMinutes(1 + (long)(rng.NextDouble() * (span - 1)));
        if (finished > lastEnd)
        {
            if (segment.Level == GovernmentLevel.District)
            {
                finished = received < lastEnd ? lastEnd : received.PlusMinutes(1);
            }
            else
            {
                status = DossierStatus.Processing;
            }
        }
        // result_electronic: stated for completed dossiers only (no result yet, or none, otherwise), true for the
        // published shares of electronic results — 24.48% of the ministries' results and 38.94% of the localities'
        // (first nine months of 2023, the latest published; the sample's choice to apply them to 2025). Drawn from
        // a stream of its own, so the draws above are those of a sample without it.
        bool? electronic = status == DossierStatus.Completed
            ? new SampleRandom(seed, index, 20_251).Next(10_000) < (segment.Level == GovernmentLevel.Ministry ? ElectronicResultsMinistries : ElectronicResultsLocalities)
            : null;
        return new Dossier(
            string.Create(CultureInfo.InvariantCulture, $"HS2025{index:0000000000}"), unit, procedure.Code, channel, received, due, status,
            status.IsFinal() ? finished : null, 0, null, dueGiven)
        {
            ResultElectronic = electronic,
            // The procedure's online level on the receipt date, as a procedures file gives it (docs/specification.md §10.3).
            ProcedureOnlineLevel = procedure.OnlineLevelOn(received.Date),
        };
    }

    /// <summary>One part of the plan: dossiers of a level received in a window, how many online.</summary>
    internal sealed record Segment(GovernmentLevel Level, LocalDate First, LocalDate Last, long Count, long Online);
}

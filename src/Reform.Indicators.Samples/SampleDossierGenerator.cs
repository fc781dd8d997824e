using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Procedures;

namespace Reform.Indicators.Samples;

/// <summary>
/// Generates the dossiers of a national sample year. Everything is drawn at random from the seed, the
/// year and the dossier's index except the flags the published rates depend on, which are assigned by
/// quota: the k-th dossier received in a year is online when <c>round((k+1)·r) &gt; round(k·r)</c>,
/// and the k-th dossier of a level resolved in a year is late by the same rule with that level's late
/// share. So the online share is <c>round(n·r)/n</c> and each level's on-time resolution rate is
/// within <c>0.5/n</c> of its target whatever the count and the seed.
/// </summary>
/// <remarks>
/// <para>Row <c>i</c> of a year is one of three roles. 86% of the rows are <b>fresh</b>: received and
/// finished in the year. The other 14% are boundary rows that alternate between years: a row that is
/// <b>outgoing</b> in year <c>Y</c> (received in its last weeks, open at its end, finished or still
/// open in <c>Y+1</c>) is <b>incoming</b> (carried over) at the same index in year <c>Y+1</c>, and it
/// is the same dossier, field for field, with the same id: its draws are keyed by the year it was
/// received, and the two quota positions it depends on (among the dossiers received in <c>Y</c>, for
/// its channel; among those resolved in <c>Y+1</c>, for its timeliness) are counted by both years'
/// generators. So consecutive yearly samples of the same count and seed form one data set.</para>
/// <para>The unit is drawn after the flags (<see cref="SampleUnitWeights"/>), so per-unit rates vary
/// between units and years while per-level figures stay exact.</para>
/// </remarks>
internal sealed class SampleDossierGenerator
{
    /// <summary>Dossiers per block: the unit of parallel generation.</summary>
    public const int BlockSize = 1 << 16;

    // Level shares of the dossiers (a low-discrepancy sequence, so the shares are near exact):
    // ministries get enough dossiers for their rate to be reproduced from 100,000 dossiers.
    private static readonly double[] LevelCumulative = [0.14, 0.40, 0.64, 1.0];

    // Late share per 10,000 resolved dossiers by level (ministry, province, district, commune):
    // 100% minus the 2022 on-time resolution rates, used for every year.
    private static readonly long[] LatePer10000 = [4, 67, 173, 44];

    private const double Golden = 0.6180339887498949;

    // The share of boundary rows (half outgoing, half incoming in any year).
    private const double BoundaryShare = 0.14;

    private readonly int year;
    private readonly int seed;
    private readonly double phase;
    private readonly WorkingCalendar calendar = WorkingCalendar.Vietnam;
    private readonly SampleProcedures procedures = SampleProcedures.Instance;

    public SampleDossierGenerator(int year, int seed)
    {
        this.year = year;
        this.seed = seed;
        phase = (SampleRandom.Mix((ulong)(uint)seed) >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>The online share per 10,000 dossiers received in <paramref name="year"/>: 35.30% up to 2021, 52.80% from 2022.</summary>
    public static int OnlinePer10000(int year) => year <= 2021 ? 3_530 : 5_280;

    internal enum Kind : byte
    {
        Resolved,
        FinishedOther,
        CarriedResolved,
        CarriedFinishedOther,
        CarriedOpen,
        OutgoingResolved,
        OutgoingFinishedOther,
        OutgoingOpen,
    }

    /// <summary>
    /// The quota positions at some row: dossiers received in the year so far and resolved in it by
    /// level, and the same counted for the neighbouring years (received in the year before, resolved
    /// in the year after), which the boundary rows share with them.
    /// </summary>
    internal sealed class Cursor
    {
        public long Received;
        public readonly long[] Resolved = new long[4];
        public long PreviousReceived;
        public readonly long[] NextResolved = new long[4];

        public Cursor Clone()
        {
            var copy = new Cursor { Received = Received, PreviousReceived = PreviousReceived };
            Resolved.CopyTo(copy.Resolved, 0);
            NextResolved.CopyTo(copy.NextResolved, 0);
            return copy;
        }

        public void Add(Cursor other)
        {
            Received += other.Received;
            PreviousReceived += other.PreviousReceived;
            for (int l = 0; l < 4; l++)
            {
                Resolved[l] += other.Resolved[l];
                NextResolved[l] += other.NextResolved[l];
            }
        }
    }

    /// <summary>The level and kind of row <paramref name="index"/> in <paramref name="rowYear"/>: cheap, so that quota ranks can be counted ahead.</summary>
    public (int Level, Kind Kind) Plan(int rowYear, long index)
    {
        double u = ((index + 1) * Golden) + phase;
        u -= Math.Floor(u);
        int level = u < LevelCumulative[0] ? 0 : u < LevelCumulative[1] ? 1 : u < LevelCumulative[2] ? 2 : 3;
        double slot = new SampleRandom(seed, index, 1).NextDouble();
        if (slot < BoundaryShare)
        {
            // Outgoing in the years of one parity, incoming (carried over) in the others.
            int parity = slot < BoundaryShare / 2 ? 0 : 1;
            bool outgoing = ((rowYear + parity) & 1) == 0;
            int received = outgoing ? rowYear : rowYear - 1;
            double c = new SampleRandom(seed, index, Stream(received, 1)).NextDouble();
            int outcome = c < 0.92 ? 0 : c < 0.96 ? 1 : 2;
            return (level, (Kind)((outgoing ? (int)Kind.OutgoingResolved : (int)Kind.CarriedResolved) + outcome));
        }
        double k = new SampleRandom(seed, index, Stream(rowYear, 1)).NextDouble();
        return (level, k < 0.97 ? Kind.Resolved : Kind.FinishedOther);
    }

    private static bool IsReceivedInYear(Kind kind) => kind is Kind.Resolved or Kind.FinishedOther or >= Kind.OutgoingResolved;

    private static bool IsResolvedInYear(Kind kind) => kind is Kind.Resolved or Kind.CarriedResolved;

    // The draws of a dossier received in a year: a stream of its own per year.
    private static int Stream(int receivedYear, int part) => (receivedYear * 8) + part;

    /// <summary>Moves <paramref name="cursor"/> past row <paramref name="index"/>.</summary>
    private void Count(long index, Cursor cursor)
    {
        var (level, kind) = Plan(year, index);
        if (IsReceivedInYear(kind))
        {
            cursor.Received++;
        }
        if (IsResolvedInYear(kind))
        {
            cursor.Resolved[level]++;
        }
        if (IsReceivedInYear(Plan(year - 1, index).Kind))
        {
            cursor.PreviousReceived++;
        }
        if (IsResolvedInYear(Plan(year + 1, index).Kind))
        {
            cursor.NextResolved[level]++;
        }
    }

    /// <summary>The cursor at the start of each block of <see cref="BlockSize"/> dossiers (counted in parallel).</summary>
    public Cursor[] BlockStarts(long count)
    {
        int blocks = (int)((count + BlockSize - 1) / BlockSize);
        var perBlock = new Cursor[blocks];
        Parallel.For(0, blocks, b =>
        {
            var cursor = new Cursor();
            long end = Math.Min(count, ((long)b + 1) * BlockSize);
            for (long i = (long)b * BlockSize; i < end; i++)
            {
                Count(i, cursor);
            }
            perBlock[b] = cursor;
        });
        var starts = new Cursor[blocks];
        var running = new Cursor();
        for (int b = 0; b < blocks; b++)
        {
            starts[b] = running.Clone();
            running.Add(perBlock[b]);
        }
        return starts;
    }

    // The k-th item of a stream with share r = per10000 / 10,000 is flagged when round((k+1)·r) > round(k·r):
    // after n items exactly round(n·r) are flagged (rounding half up).
    private static bool Quota(long k, long per10000) => ((k + 1) * per10000 + 5_000) / 10_000 > (k * per10000 + 5_000) / 10_000;

    /// <summary>Row <paramref name="index"/>; <paramref name="cursor"/> must be at it, and is moved past it.</summary>
    public SampleDossier Generate(long index, Cursor cursor)
    {
        var (level, kind) = Plan(year, index);
        long received = cursor.Received, previousReceived = cursor.PreviousReceived;
        long resolved = cursor.Resolved[level], nextResolved = cursor.NextResolved[level];
        Count(index, cursor);
        return kind switch
        {
            Kind.Resolved or Kind.FinishedOther => Fresh(index, level, kind, received, resolved),
            >= Kind.OutgoingResolved => Boundary(year, index, level, kind - Kind.OutgoingResolved, received, nextResolved),
            _ => Boundary(year - 1, index, level, kind - Kind.CarriedResolved, previousReceived, resolved),
        };
    }

    private SampleDossier Fresh(long index, int level, Kind kind, long receivedRank, long resolvedRank)
    {
        var rng = new SampleRandom(seed, index, Stream(year, 2));
        bool online = Quota(receivedRank, OnlinePer10000(year));
        bool late = kind == Kind.Resolved && Quota(resolvedRank, LatePer10000[level]);
        int unit = SampleUnitWeights.For(seed, year).Draw(ref rng, level, online, late);
        var (channel, procedure, limit) = ChannelAndProcedure(ref rng, level, online);

        var yearStart = new LocalDate(year, 1, 1);
        var yearEnd = new LocalDate(year, 12, 31);
        var lastMinute = yearEnd.At(new LocalTime(23, 59));
        var received = ReceivedAt(ref rng, yearStart, yearEnd, online);
        var due = calendar.DueDate(received, limit);
        bool dueGiven = rng.Next(100) < 80;
        var (status, finished, requests, requested) = kind == Kind.Resolved
            ? Resolve(ref rng, received, due, lastMinute, late)
            : FinishOther(ref rng, received, lastMinute);
        if (requests > 0 && requested is null)
        {
            requested = Uniform(ref rng, received, finished ?? lastMinute);
        }
        return new SampleDossier(index, unit, procedure, channel, status, received, due, dueGiven, finished, requests, requested);
    }

    // A dossier received in the last weeks of receivedYear and finished (or not) in the next year:
    // outgoing in receivedYear's sample, carried over in the next one's, the same in both.
    private SampleDossier Boundary(int receivedYear, long index, int level, int outcome, long receivedRank, long resolvedRankNextYear)
    {
        var rng = new SampleRandom(seed, index, Stream(receivedYear, 2));
        bool online = Quota(receivedRank, OnlinePer10000(receivedYear));
        int unit = SampleUnitWeights.For(seed, receivedYear).Draw(ref rng, level, online, late: false);
        var (channel, procedure, limit) = ChannelAndProcedure(ref rng, level, online);

        int nextYear = receivedYear + 1;
        var workStart = new LocalDate(nextYear, 1, 1).At(new LocalTime(7, 30));
        var lastMinute = new LocalDate(nextYear, 12, 31).At(new LocalTime(23, 59));
        var received = ReceivedAt(ref rng, new LocalDate(receivedYear, 11, 15), new LocalDate(receivedYear, 12, 31), online);
        var due = calendar.DueDate(received, limit);
        if (due < workStart)
        {
            // Received late on the last day of the year, so the deadline falls in the next one.
            received = new LocalDate(receivedYear, 12, 31).At(new LocalTime(16, 0));
            due = calendar.DueDate(received, limit);
        }
        bool dueGiven = rng.Next(100) < 80;

        DossierStatus status;
        LocalDateTime? finished = null;
        int requests;
        LocalDateTime? requested = null;
        switch (outcome)
        {
            case 0:
                (status, finished, requests, requested) = Resolve(ref rng, workStart, due, lastMinute, Quota(resolvedRankNextYear, LatePer10000[level]));
                break;
            case 1:
                (status, finished, requests, requested) = FinishOther(ref rng, workStart, lastMinute);
                break;
            default:
                // Still open at the end of the next year (the sample follows a dossier into two years only).
                if (rng.Next(2) == 0)
                {
                    status = DossierStatus.AwaitingSupplement;
                    requests = 1 + rng.Next(2);
                    requested = Uniform(ref rng, received, lastMinute);
                }
                else
                {
                    status = DossierStatus.Processing;
                    requests = rng.Next(100) < 85 ? 0 : 1;
                }
                break;
        }
        if (requests > 0 && requested is null)
        {
            requested = Uniform(ref rng, received, finished ?? lastMinute);
        }
        return new SampleDossier(index, unit, procedure, channel, status, received, due, dueGiven, finished, requests, requested);
    }

    private (DossierChannel Channel, int Procedure, TimeLimit Limit) ChannelAndProcedure(ref SampleRandom rng, int level, bool online)
    {
        var channel = online ? DossierChannel.Online : rng.Next(100) < 85 ? DossierChannel.Direct : DossierChannel.Postal;
        int[] candidates = online ? procedures.OnlineByLevel[level] : procedures.ByLevel[level];
        double skew = rng.NextDouble();
        int procedure = candidates[(int)(candidates.Length * skew * skew)];
        return (channel, procedure, procedures.All[procedure].TimeLimit);
    }

    // A day in [first, last] at office hours (a working day, unless online: any day, any hour).
    private LocalDateTime ReceivedAt(ref SampleRandom rng, LocalDate first, LocalDate last, bool online)
    {
        var day = first.PlusDays(rng.Next(Period.DaysBetween(first, last) + 1));
        if (!online && !calendar.IsWorkingDay(day))
        {
            var next = calendar.WorkingDayOnOrAfter(day);
            day = next <= last ? next : calendar.AddWorkingDays(day, -1);
        }
        int minuteOfDay = online ? rng.Next(1_440) : 450 + rng.Next(571);
        return day.At(new LocalTime(minuteOfDay / 60, minuteOfDay % 60));
    }

    // Completed or refused from start on: in time, or late (after the deadline, or in time after two or three supplementation requests).
    private static (DossierStatus, LocalDateTime?, int, LocalDateTime?) Resolve(ref SampleRandom rng, LocalDateTime start, LocalDateTime due, LocalDateTime lastMinute, bool late)
    {
        var status = rng.Next(100) < 97 ? DossierStatus.Completed : DossierStatus.Refused;
        var end = due < lastMinute ? due : lastMinute;
        long roomAfterDue = Minutes(lastMinute) - Minutes(due);
        if (late && roomAfterDue > 1 && rng.Next(100) < 75)
        {
            // Finished after the deadline: a minute to five days late.
            var finished = FromMinutes(Minutes(due) + rng.Between(1, Math.Min(5 * 1_440, roomAfterDue)));
            return (status, finished, rng.Next(100) < 80 ? 0 : 1, null);
        }
        if (late)
        {
            // In time, but after two or three supplementation requests (Decision 766: late).
            var finished = Uniform(ref rng, start, end);
            return (status, finished, 2 + rng.Next(2), null);
        }
        var onTime = Uniform(ref rng, start, end);
        return (status, onTime, rng.Next(100) < 75 ? 0 : 1, null);
    }

    // Withdrawn or stopped within 60 days of start (and within the year).
    private static (DossierStatus, LocalDateTime?, int, LocalDateTime?) FinishOther(ref SampleRandom rng, LocalDateTime start, LocalDateTime lastMinute)
    {
        var status = rng.Next(100) < 60 ? DossierStatus.Withdrawn : DossierStatus.Stopped;
        var end = start.PlusDays(60) < lastMinute ? start.PlusDays(60) : lastMinute;
        var finished = Uniform(ref rng, start, end);
        return (status, finished, rng.Next(100) < 80 ? 0 : 1 + rng.Next(2), null);
    }

    private static long Minutes(LocalDateTime t) => (DayNumber.Of(t.Date) * 1_440L) + (t.Hour * 60) + t.Minute;

    private static LocalDateTime FromMinutes(long minutes)
    {
        long day = Math.DivRem(minutes, 1_440, out long minute);
        return DayNumber.ToDate((int)day).At(new LocalTime((int)minute / 60, (int)minute % 60));
    }

    // A whole minute in [from, to] (both on whole minutes, or to at the end of a day).
    private static LocalDateTime Uniform(ref SampleRandom rng, LocalDateTime from, LocalDateTime to) =>
        FromMinutes(rng.Between(Minutes(from), Minutes(to)));
}

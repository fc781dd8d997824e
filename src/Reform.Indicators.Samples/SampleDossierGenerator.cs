using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Dossiers;

namespace Reform.Indicators.Samples;

/// <summary>
/// Generates the dossiers of a national sample. Everything is drawn at random from the seed and the
/// dossier's index except the flags the published rates depend on, which are assigned by quota:
/// the k-th dossier received in the year is online when <c>round((k+1)·r) &gt; round(k·r)</c>, and
/// the k-th dossier of a level resolved in the year is late by the same rule with that level's late
/// share. So the online share is <c>round(n·r)/n</c> and each level's on-time resolution rate is
/// within <c>0.5/n</c> of its target whatever the count and the seed.
/// </summary>
internal sealed class SampleDossierGenerator
{
    /// <summary>Dossiers per block: the unit of parallel generation.</summary>
    public const int BlockSize = 1 << 16;

    // Level shares of the dossiers (a low-discrepancy sequence, so the shares are near exact):
    // ministries get enough dossiers for their rate to be reproduced from 100,000 dossiers.
    private static readonly double[] LevelCumulative = [0.14, 0.40, 0.64, 1.0];

    private const double Golden = 0.6180339887498949;

    private readonly int year;
    private readonly int seed;
    private readonly double phase;
    private readonly long onlinePer10000;
    private readonly long[] latePer10000;
    private readonly LocalDate yearStart;
    private readonly LocalDate yearEnd;
    private readonly LocalDateTime workStart;
    private readonly LocalDateTime lastMinute;
    private readonly WorkingCalendar calendar = WorkingCalendar.Vietnam;
    private readonly SampleUnits units = SampleUnits.Instance;
    private readonly SampleProcedures procedures = SampleProcedures.Instance;

    public SampleDossierGenerator(int year, int seed, int onlinePer10000, IReadOnlyList<int> latePer10000)
    {
        this.year = year;
        this.seed = seed;
        phase = (SampleRandom.Mix((ulong)(uint)seed) >> 11) * (1.0 / (1UL << 53));
        this.onlinePer10000 = onlinePer10000;
        this.latePer10000 = [.. latePer10000.Select(l => (long)l)];
        yearStart = new LocalDate(year, 1, 1);
        yearEnd = new LocalDate(year, 12, 31);
        workStart = yearStart.At(new LocalTime(7, 30));
        lastMinute = yearEnd.At(new LocalTime(23, 59));
    }

    internal enum Kind : byte
    {
        Resolved,
        FinishedOther,
        OpenProcessing,
        OpenAwaiting,
        OpenFinishedLater,
        CarriedResolved,
        CarriedFinishedOther,
        CarriedOpen,
    }

    /// <summary>The quota counters at some position: dossiers received in the year so far, and resolved in the year by level.</summary>
    internal sealed class Cursor
    {
        public long Received;
        public readonly long[] Resolved = new long[4];

        public Cursor Clone()
        {
            var copy = new Cursor { Received = Received };
            Resolved.CopyTo(copy.Resolved, 0);
            return copy;
        }
    }

    /// <summary>The level and kind of a dossier: cheap, so that quota ranks can be counted ahead for parallel generation.</summary>
    public (int Level, Kind Kind) Plan(long index)
    {
        double u = ((index + 1) * Golden) + phase;
        u -= Math.Floor(u);
        int level = u < LevelCumulative[0] ? 0 : u < LevelCumulative[1] ? 1 : u < LevelCumulative[2] ? 2 : 3;
        var rng = new SampleRandom(seed, index, 1);
        double k = rng.NextDouble();
        Kind kind;
        if (k < 0.07)
        {
            // Carried over from the previous year.
            double c = k / 0.07;
            kind = c < 0.92 ? Kind.CarriedResolved : c < 0.96 ? Kind.CarriedFinishedOther : Kind.CarriedOpen;
        }
        else
        {
            double r = (k - 0.07) / 0.93;
            kind = r < 0.89 ? Kind.Resolved : r < 0.915 ? Kind.FinishedOther : r < 0.955 ? Kind.OpenProcessing
                : r < 0.98 ? Kind.OpenAwaiting : Kind.OpenFinishedLater;
        }
        return (level, kind);
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
                var (level, kind) = Plan(i);
                if (kind is Kind.Resolved or Kind.CarriedResolved)
                {
                    cursor.Resolved[level]++;
                }
                if (kind < Kind.CarriedResolved)
                {
                    cursor.Received++;
                }
            }
            perBlock[b] = cursor;
        });
        var starts = new Cursor[blocks];
        var running = new Cursor();
        for (int b = 0; b < blocks; b++)
        {
            starts[b] = running.Clone();
            running.Received += perBlock[b].Received;
            for (int l = 0; l < 4; l++)
            {
                running.Resolved[l] += perBlock[b].Resolved[l];
            }
        }
        return starts;
    }

    // The k-th item of a stream with share r = per10000 / 10,000 is flagged when round((k+1)·r) > round(k·r):
    // after n items exactly round(n·r) are flagged (rounding half up).
    private static bool Quota(long k, long per10000) => ((k + 1) * per10000 + 5_000) / 10_000 > (k * per10000 + 5_000) / 10_000;

    public SampleDossier Generate(long index, Cursor cursor)
    {
        var (level, kind) = Plan(index);
        var rng = new SampleRandom(seed, index, 2);
        bool carried = kind >= Kind.CarriedResolved;

        int unit = units.LevelStart[level] + rng.Next(units.ByLevel[level].Length);
        bool online = carried
            ? rng.Next(10_000) < onlinePer10000
            : Quota(cursor.Received++, onlinePer10000);
        var channel = online ? DossierChannel.Online : rng.Next(100) < 85 ? DossierChannel.Direct : DossierChannel.Postal;
        int[] candidates = online ? procedures.OnlineByLevel[level] : procedures.ByLevel[level];
        double skew = rng.NextDouble();
        int procedure = candidates[(int)(candidates.Length * skew * skew)];
        var limit = procedures.All[procedure].TimeLimit;

        // Receipt: a day in the window of the kind, at office hours (any hour online).
        LocalDate first, last;
        if (carried)
        {
            first = new LocalDate(year - 1, 11, 15);
            last = new LocalDate(year - 1, 12, 31);
        }
        else if (kind is Kind.OpenProcessing or Kind.OpenAwaiting or Kind.OpenFinishedLater && rng.Next(100) < 80)
        {
            first = yearEnd.PlusDays(-44);
            last = yearEnd;
        }
        else
        {
            first = yearStart;
            last = yearEnd;
        }
        var day = first.PlusDays(rng.Next(Period.DaysBetween(first, last) + 1));
        if (!online && !calendar.IsWorkingDay(day))
        {
            var next = calendar.WorkingDayOnOrAfter(day);
            day = next <= last ? next : calendar.AddWorkingDays(day, -1);
        }
        int minuteOfDay = online ? rng.Next(1_440) : 450 + rng.Next(571);
        var received = day.At(new LocalTime(minuteOfDay / 60, minuteOfDay % 60));
        var due = calendar.DueDate(received, limit);
        if (carried && due < workStart)
        {
            // Received late on the last day of the year before, so the deadline falls in the year.
            received = new LocalDate(year - 1, 12, 31).At(new LocalTime(16, 0));
            due = calendar.DueDate(received, limit);
        }
        bool dueGiven = rng.Next(100) < 80;
        var start = carried ? workStart : received;

        DossierStatus status;
        LocalDateTime? finished = null;
        int requests;
        LocalDateTime? requested = null;
        switch (kind)
        {
            case Kind.Resolved:
            case Kind.CarriedResolved:
            {
                bool late = Quota(cursor.Resolved[level]++, latePer10000[level]);
                status = rng.Next(100) < 97 ? DossierStatus.Completed : DossierStatus.Refused;
                var end = due < lastMinute ? due : lastMinute;
                long roomAfterDue = Minutes(lastMinute) - Minutes(due);
                if (late && roomAfterDue > 1 && rng.Next(100) < 75)
                {
                    // Finished after the deadline: a minute to five days late.
                    finished = FromMinutes(Minutes(due) + rng.Between(1, Math.Min(5 * 1_440, roomAfterDue)));
                    requests = rng.Next(100) < 80 ? 0 : 1;
                }
                else if (late)
                {
                    // In time, but after two or three supplementation requests (Decision 766: late).
                    finished = Uniform(ref rng, start, end);
                    requests = 2 + rng.Next(2);
                }
                else
                {
                    finished = Uniform(ref rng, start, end);
                    requests = rng.Next(100) < 75 ? 0 : 1;
                }
                break;
            }
            case Kind.FinishedOther:
            case Kind.CarriedFinishedOther:
            {
                status = rng.Next(100) < 60 ? DossierStatus.Withdrawn : DossierStatus.Stopped;
                var end = start.PlusDays(60) < lastMinute ? start.PlusDays(60) : lastMinute;
                finished = Uniform(ref rng, start, end);
                requests = rng.Next(100) < 80 ? 0 : 1 + rng.Next(2);
                break;
            }
            case Kind.OpenAwaiting:
                status = DossierStatus.AwaitingSupplement;
                requests = rng.Next(100) < 80 ? 1 : 2 + rng.Next(2);
                requested = rng.Next(100) < 90
                    ? Uniform(ref rng, received, lastMinute)
                    : lastMinute.PlusDays(1 + rng.Next(20)); // asked after the year's end: the clock runs to the end
                break;
            case Kind.OpenFinishedLater:
            {
                int s = rng.Next(100);
                status = s < 90 ? DossierStatus.Completed : s < 95 ? DossierStatus.Refused : DossierStatus.Withdrawn;
                var after = yearEnd.PlusDays(1).At(new LocalTime(7, 30));
                finished = Uniform(ref rng, after, after.PlusDays(60));
                requests = rng.Next(100) < 80 ? 0 : 1;
                break;
            }
            case Kind.CarriedOpen when rng.Next(2) == 0:
                status = DossierStatus.AwaitingSupplement;
                requests = 1 + rng.Next(2);
                requested = Uniform(ref rng, received, lastMinute);
                break;
            default:
                status = DossierStatus.Processing;
                requests = rng.Next(100) < 85 ? 0 : 1;
                break;
        }
        if (requests > 0 && requested is null)
        {
            requested = Uniform(ref rng, received, finished ?? lastMinute);
        }
        return new SampleDossier(index, unit, procedure, channel, status, received, due, dueGiven, finished, requests, requested);
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

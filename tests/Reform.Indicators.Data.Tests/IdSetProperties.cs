using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Reform.Indicators.Data.Tests;

/// <summary>
/// The set of dossier ids that finds repeated rows: it answers as a <see cref="HashSet{T}"/> of
/// strings does, for ids given as characters or as UTF-8, whether it starts small and grows or is
/// sized up front for millions of ids.
/// </summary>
public sealed class IdSetProperties
{
    private static Arbitrary<string[]> Ids() =>
        Gen.Elements("H01.2022.", "G12-", "000", "", " ", "Đ", "🙂", "HỒ-SƠ-0123456789-", "\u3000")
            .SelectMany(prefix => Gen.Choose(0, 400).Select(n => prefix + n.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ArrayOf()
            .ToArbitrary();

    /// <summary>
    /// Ids given as characters (CSV, the record path) or as UTF-8 (Parquet), in any mix, are one
    /// set: an id is a repeat however it came, and only then.
    /// </summary>
    [Property(MaxTest = 60)]
    public Property Add_AnswersAsAHashSetDoes(bool sizedForMillions, int seed) =>
        Prop.ForAll(Ids(), ids =>
        {
            using var set = new IdSet();
            if (sizedForMillions)
            {
                set.EnsureCapacity(3_000_000); // 4 Mi slots: 32 MB
            }
            var expected = new HashSet<string>(StringComparer.Ordinal);
            var asBytes = new Random(seed);
            foreach (string id in ids)
            {
                byte[] utf8 = Encoding.UTF8.GetBytes(id);
                Assert.Equal(IdSet.Hash(id), IdSet.Hash(utf8));
                bool added = asBytes.Next(2) == 0 ? set.Add(id) : set.Add(utf8, IdSet.Hash(utf8));
                Assert.Equal(expected.Add(id), added);
            }
            Assert.Equal(expected.Count, set.Count);
        });

    /// <summary>
    /// Ids staged and added in batches of any size (<see cref="IdSet.AddStaged"/>), between ids added
    /// one by one, are added as if one by one in their order: an id is new exactly when no earlier id,
    /// in the set or earlier in its batch, is the same; a staged id reads back as staged until cleared.
    /// With hashes of few distinct values (every slot's tag the same), equal hashes of different ids are
    /// told apart by their bytes. (These batches are too few to grow the table; the facts below grow it
    /// mid-batch.)
    /// </summary>
    [Property(MaxTest = 100)]
    public Property AddStaged_AnswersAsAddingOneByOneInOrder(bool fewHashes, bool sizedForMillions, int seed) =>
        Prop.ForAll(Ids(), ids =>
        {
            using var set = new IdSet();
            if (sizedForMillions)
            {
                set.EnsureCapacity(3_000_000);
            }
            ulong HashOf(byte[] utf8) => fewHashes ? IdSet.Hash(utf8) & 7 : IdSet.Hash(utf8);
            var expected = new HashSet<string>(StringComparer.Ordinal);
            var random = new Random(seed);
            for (int at = 0; at < ids.Length;)
            {
                int size = random.Next(4) == 0 ? 1 : random.Next(1, 40);
                if (random.Next(3) == 0)
                {
                    // One by one.
                    for (int i = at; i < Math.Min(ids.Length, at + size); i++)
                    {
                        byte[] utf8 = Encoding.UTF8.GetBytes(ids[i]);
                        Assert.Equal(expected.Add(ids[i]), set.Add(utf8, HashOf(utf8)));
                    }
                }
                else
                {
                    var taken = ids.Skip(at).Take(size).ToArray();
                    long bytes = 0;
                    foreach (string id in taken)
                    {
                        byte[] utf8 = Encoding.UTF8.GetBytes(id);
                        set.Stage(utf8, HashOf(utf8));
                        bytes += utf8.Length;
                    }
                    Assert.Equal(taken.Length, set.StagedCount);
                    Assert.Equal(bytes, set.StagedBytes);
                    var added = new bool[taken.Length + random.Next(3)];
                    set.AddStaged(added);
                    for (int i = 0; i < taken.Length; i++)
                    {
                        Assert.True(Encoding.UTF8.GetBytes(taken[i]).AsSpan().SequenceEqual(set.StagedId(i)));
                        Assert.Equal(expected.Add(taken[i]), added[i]);
                    }
                    set.ClearStaged();
                    Assert.Equal(0, set.StagedCount);
                }
                at += size;
            }
            Assert.Equal(expected.Count, set.Count);
        });

    [Fact]
    public void AddStaged_TensOfThousandsOfIdsThroughManyGrowths_FindsEveryRepeat()
    {
        // A batch far larger than the table grows it many times while its ids are added; then the same
        // ids again, staged after the first batch's repeats (stored, but not in the set), grow it no more.
        using var set = new IdSet();
        void StageAll()
        {
            for (int i = 0; i < 50_000; i++)
            {
                byte[] utf8 = Encoding.UTF8.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"HS{i % 40_000}"));
                set.Stage(utf8, IdSet.Hash(utf8));
            }
        }
        StageAll();
        var added = new bool[50_000];
        set.AddStaged(added);
        Assert.Equal(40_000, set.Count);
        Assert.All(added.Take(40_000), Assert.True);
        Assert.All(added.Skip(40_000), Assert.False);
        set.ClearStaged();
        StageAll();
        set.AddStaged(added);
        Assert.All(added, Assert.False);
        Assert.Equal(40_000, set.Count);
        set.ClearStaged();
        // Growing once more re-hashes the ids in the set only: each is found, and the repeats' bytes are not.
        set.EnsureCapacity(1_000_000);
        for (int i = 0; i < 40_000; i++)
        {
            Assert.False(set.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"HS{i}")));
        }
        Assert.True(set.Add("HS40000"));
        Assert.Equal(40_001, set.Count);
    }

    [Fact]
    public void EnsureCapacity_MakesRoomBesideTheIdsHeld_ButForAtMostTheLimitBeyondThem()
    {
        using var set = new IdSet(reserveLimit: 1_000);
        set.EnsureCapacity(1_000_000_000);                 // a footer that overstates: room for 1,000 ids only
        Assert.Equal(2_048, set.Slots);                    // three quarters of 2,048 slots hold 1,536 ids
        for (int i = 0; i < 1_500; i++)
        {
            Assert.True(set.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"HS{i}")));
        }
        set.EnsureCapacity(1_000);                         // fewer than those held: nothing to do
        Assert.Equal(2_048, set.Slots);
        set.EnsureCapacity(1_500 + 900);                   // beside the 1,500 held: 2,400 need 4,096 slots
        Assert.Equal(4_096, set.Slots);
        set.EnsureCapacity(long.MaxValue);                 // at most 1,000 beyond the 1,500: 2,500 fit 4,096
        Assert.Equal(4_096, set.Slots);
        Assert.Equal(1, set.Rebuilds);
    }

    [Fact]
    public void StagedRepeats_OfOneId_DoNotGrowTheSetsBytes()
    {
        // A hundred windows of 64 repeats of one id of 8 KiB: the id is kept once, and each window's
        // staging reuses the place after it (64 × 8 KiB fit the first block of 4 MiB).
        using var set = new IdSet();
        byte[] id = Encoding.UTF8.GetBytes(new string('Đ', FileSchema.MaxFieldLength));
        ulong hash = IdSet.Hash(id);
        var added = new bool[64];
        for (int round = 0; round < 100; round++)
        {
            for (int i = 0; i < 64; i++)
            {
                set.Stage(id, hash);
            }
            set.AddStaged(added);
            Assert.Equal(round == 0, added[0]);
            Assert.All(added.Skip(1), Assert.False);
            Assert.All(Enumerable.Range(0, 64), i => Assert.True(set.StagedId(i).SequenceEqual(id)));
            set.ClearStaged();
        }
        Assert.Equal(1, set.Count);
        Assert.Equal(1, set.Blocks);
    }

    [Fact]
    public async Task Growth_AfterManyStagedRepeats_RehashesEachIdOnce()
    {
        // More repeats than slots: were they re-hashed as ids of the set, the growth could not place them.
        using var set = new IdSet();
        byte[] id = Encoding.UTF8.GetBytes("HS1");
        var added = new bool[10_000];
        for (int i = 0; i < added.Length; i++)
        {
            set.Stage(id, IdSet.Hash(id));
        }
        set.AddStaged(added);
        set.ClearStaged();
        var grow = Task.Run(() => set.EnsureCapacity(1600)); // 2,048 -> 4,096 slots
        Assert.True(await Task.WhenAny(grow, Task.Delay(TimeSpan.FromSeconds(20))) == grow, "growing hangs: the repeats were re-hashed");
        Assert.False(set.Add("HS1"));
        Assert.Equal(1, set.Count);
    }

    [Fact]
    public void Staging_OutOfOrder_IsRefused()
    {
        using var set = new IdSet();
        byte[] a = Encoding.UTF8.GetBytes("HS1"), b = Encoding.UTF8.GetBytes("HS2");
        set.Stage(a, IdSet.Hash(a));
        // An id added while staged ones wait would be stored among them.
        Assert.Throws<InvalidOperationException>(() => set.Add(b, IdSet.Hash(b)));
        Assert.Throws<InvalidOperationException>(() => set.ClearStaged());
        var added = new bool[1];
        set.AddStaged(added);
        Assert.True(added[0]);
        // Added but not cleared: no more staging until cleared.
        Assert.Throws<InvalidOperationException>(() => set.Stage(b, IdSet.Hash(b)));
        set.ClearStaged();
        Assert.True(set.Add(b, IdSet.Hash(b)));
        Assert.False(set.Add("HS1"));
    }

    [Fact]
    public void Add_HundredsOfThousandsOfIdsAcrossBlocksAndGrowths_FindsEveryRepeat()
    {
        // Growing from 2,048 slots re-hashes the ids from the blocks (4 MiB each) many times; long ids
        // (up to the most bytes an id may have) leave the rest of a block unused.
        static string Id(int i) => i % 997 == 0
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"L{i}-") + new string('Đ', (i % 4096) + 1)
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"HS{i}");
        using var set = new IdSet();
        const int N = 300_000;
        for (int i = 0; i < N; i++)
        {
            Assert.True(set.Add(Id(i)), Id(i));
        }
        Assert.Equal(N, set.Count);
        for (int i = 0; i < N; i++)
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(Id(i));
            Assert.False(set.Add(utf8, IdSet.Hash(utf8)), Id(i));
        }
        Assert.True(set.Add(Id(N)));
        Assert.True(set.Add(new string('Đ', FileSchema.MaxFieldLength)));
        Assert.False(set.Add(new string('Đ', FileSchema.MaxFieldLength)));
        Assert.Equal(N + 2, set.Count);
    }
}

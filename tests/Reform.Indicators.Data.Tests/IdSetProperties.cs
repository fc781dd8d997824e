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
    /// Ids added in batches of any size (<see cref="IdSet.AddBatch"/>), between ids added one by one,
    /// are added as if one by one in their order: an id is new exactly when no earlier id, in the set
    /// or earlier in its batch, is the same. With hashes of few distinct values (every slot's tag the
    /// same), equal hashes of different ids are told apart by their bytes.
    /// </summary>
    [Property(MaxTest = 100)]
    public Property AddBatch_AnswersAsAddingOneByOneInOrder(bool fewHashes, bool sizedForMillions, int seed) =>
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
            var batch = new IdBatch();
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
                    batch.Clear();
                    var taken = ids.Skip(at).Take(size).ToArray();
                    foreach (string id in taken)
                    {
                        byte[] utf8 = Encoding.UTF8.GetBytes(id);
                        batch.Add(utf8, HashOf(utf8));
                    }
                    var added = new bool[taken.Length + random.Next(3)];
                    set.AddBatch(batch, added);
                    for (int i = 0; i < taken.Length; i++)
                    {
                        Assert.True(Encoding.UTF8.GetBytes(taken[i]).AsSpan().SequenceEqual(batch.Id(i)));
                        Assert.Equal(expected.Add(taken[i]), added[i]);
                    }
                }
                at += size;
            }
            Assert.Equal(expected.Count, set.Count);
        });

    [Fact]
    public void AddBatch_TensOfThousandsOfIdsThroughManyGrowths_FindsEveryRepeat()
    {
        // A batch far larger than the table grows it many times while its ids are added.
        using var set = new IdSet();
        var batch = new IdBatch();
        for (int i = 0; i < 50_000; i++)
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"HS{i % 40_000}"));
            batch.Add(utf8, IdSet.Hash(utf8));
        }
        var added = new bool[batch.Count];
        set.AddBatch(batch, added);
        Assert.Equal(40_000, set.Count);
        Assert.All(added.Take(40_000), Assert.True);
        Assert.All(added.Skip(40_000), Assert.False);
        set.AddBatch(batch, added);
        Assert.All(added, Assert.False);
        Assert.Equal(40_000, set.Count);
    }

    [Fact]
    public void Add_HundredsOfThousandsOfIdsAcrossBlocksAndGrowths_FindsEveryRepeat()
    {
        // Growing from 2,048 slots re-hashes the ids from the blocks (2 MiB each) many times; long ids
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

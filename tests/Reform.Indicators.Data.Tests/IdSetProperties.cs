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

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Reform.Indicators.Data.Tests;

/// <summary>
/// The set of dossier ids that finds repeated rows: it answers as a <see cref="HashSet{T}"/> of
/// strings does, whether it starts small and grows or is sized up front for millions of ids (its
/// slots then on 2 MiB pages where Linux gives them, <see cref="LargePages"/>).
/// </summary>
public sealed class IdSetProperties
{
    private static Arbitrary<string[]> Ids() =>
        Gen.Elements("H01.2022.", "G12-", "000", "", " ", "Đ", "🙂")
            .SelectMany(prefix => Gen.Choose(0, 400).Select(n => prefix + n.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ArrayOf()
            .ToArbitrary();

    [Property(MaxTest = 60)]
    public Property Add_AnswersAsAHashSetDoes(bool sizedForMillions) =>
        Prop.ForAll(Ids(), ids =>
        {
            var set = new IdSet();
            if (sizedForMillions)
            {
                set.EnsureCapacity(3_000_000); // 4 Mi slots: 32 MB, on large pages where allowed
            }
            var expected = new HashSet<string>(StringComparer.Ordinal);
            foreach (string id in ids)
            {
                Assert.Equal(expected.Add(id), set.Add(id));
            }
            Assert.Equal(expected.Count, set.Count);
        });

    [Fact]
    public void LargePages_AllocateIsZeroedEvenWhereMemoryWasUsedBefore()
    {
        for (int round = 0; round < 4; round++)
        {
            var array = LargePages.Allocate<ulong>(1 << 21); // 16 MB
            Assert.Equal(1 << 21, array.Length);
            Assert.True(array.AsSpan().IndexOfAnyExcept(0UL) < 0, $"round {round}: an element is not zero");
            array.AsSpan().Fill(ulong.MaxValue);
            array = null;
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        Assert.Equal(new int[100], LargePages.Allocate<int>(100));
    }
}

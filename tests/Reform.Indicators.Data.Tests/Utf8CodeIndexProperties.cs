using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Reform.Indicators.Data.Tests;

/// <summary>
/// The index of codes as written that the Parquet reader numbers unit and procedure codes with: it
/// answers as a dictionary of byte strings does, asking the scan once per distinct code.
/// </summary>
public sealed class Utf8CodeIndexProperties
{
    // Few letters, so that codes share their first and last bytes and differ only inside, at every
    // length from empty to well past the 16 bytes a code is its own key up to.
    private static Arbitrary<string[]> Codes() =>
        Gen.OneOf(
                Gen.Elements("0", "1", ".", " ", "H", "Đ", "ồ", "\u3000").ArrayOf().Select(parts => string.Concat(parts.Take(40))),
                // The same first eight bytes, then up to ten more: short codes that differ only in
                // their last word, and long ones (over 16 bytes) that differ only in their last bytes.
                Gen.Elements("0", "1").ArrayOf().Select(parts => "H01.000." + string.Concat(parts.Take(10))))
            .ArrayOf()
            .ToArbitrary();

    /// <summary>
    /// Every code gets the index the scan gave it the first time it was seen; the scan is asked once
    /// per distinct code, with the code trimmed, and never for one blank once trimmed (-1).
    /// </summary>
    /// <remarks>With <paramref name="oneHash"/> every code hashes alike, so the keys' comparison alone tells codes apart.</remarks>
    [Property(MaxTest = 200)]
    public Property Index_AnswersAsADictionaryOfBytesDoes(bool oneHash) =>
        Prop.ForAll(Codes(), codes =>
        {
            var asked = new List<string>();
            var index = new Utf8CodeIndex(code =>
            {
                asked.Add(code);
                return code.Length % 3 == 0 ? -1 : asked.Count * 7;  // some codes refused
            })
            { OneHash = oneHash };
            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            int askedBefore = 0;
            foreach (string code in codes)
            {
                int got = index.Index(Encoding.UTF8.GetBytes(code));
                if (!expected.TryGetValue(code, out int want))
                {
                    string trimmed = code.Trim();
                    want = trimmed.Length == 0 ? -1 : trimmed.Length % 3 == 0 ? -1 : (askedBefore + 1) * 7;
                    if (trimmed.Length > 0)
                    {
                        askedBefore++;
                        Assert.Equal(trimmed, asked[^1]);
                    }
                    expected[code] = want;
                }
                Assert.Equal(want, got);
                Assert.Equal(askedBefore, asked.Count);
            }
        });

    /// <summary>Thousands of codes of every length, through many growths of the table, each found again.</summary>
    [Fact]
    public void Index_TensOfThousandsOfCodes_FoundAgainAfterGrowing()
    {
        static string Code(int i) => i % 5 == 0
            ? $"{i:D6}.00.00.H{i % 97:D2}-{new string('x', i % 23)}"   // long, up to 37 bytes
            : $"1.{i:D6}";                                            // short
        var index = new Utf8CodeIndex(code => code.GetHashCode(StringComparison.Ordinal) & 0x7FFFFFFF);
        for (int i = 0; i < 40_000; i++)
        {
            Assert.Equal(Code(i).GetHashCode(StringComparison.Ordinal) & 0x7FFFFFFF, index.Index(Encoding.UTF8.GetBytes(Code(i))));
        }
        for (int i = 0; i < 40_000; i++)
        {
            Assert.Equal(Code(i).GetHashCode(StringComparison.Ordinal) & 0x7FFFFFFF, index.Index(Encoding.UTF8.GetBytes(Code(i))));
        }
    }
}

namespace Reform.Indicators.Data;

/// <summary>
/// The unit and procedure codes of a Parquet file numbered on the decoding thread, one number per
/// distinct value as written (UTF-8, untrimmed; -1 when blank once trimmed), so that the accepting
/// thread finds a row's codes by an array read (<see cref="Resolver"/>) instead of hashing and
/// comparing their bytes.
/// </summary>
/// <remarks>Numbers are given in order of first appearance, from 0; each instance belongs to one thread.</remarks>
internal sealed class ParquetCodeNumbers
{
    private int units, procedures;

    public ParquetCodeNumbers()
    {
        Units = new Utf8CodeIndex(_ => units++);
        Procedures = new Utf8CodeIndex(_ => procedures++);
    }

    /// <summary>The unit codes' numbers.</summary>
    public Utf8CodeIndex Units { get; }

    /// <summary>The procedure codes' numbers.</summary>
    public Utf8CodeIndex Procedures { get; }

    /// <summary>
    /// The accepting thread's side: the scan's index of each number (<see cref="Utf8CodeIndex"/> over
    /// the sink's codes, asked once per number with the row's bytes), -1 when blank or refused.
    /// </summary>
    internal sealed class Resolver(Utf8CodeIndex index)
    {
        private const int Unresolved = int.MinValue;
        private int[] indexes = [];

        /// <summary>The scan's index of code number <paramref name="number"/>, whose bytes are row <paramref name="row"/> of <paramref name="column"/>.</summary>
        public int Index(int number, ParquetColumnBuffer column, int row)
        {
            if ((uint)number < (uint)indexes.Length && indexes[number] is int known and not Unresolved)
            {
                return known;
            }
            return Resolve(number, column, row);
        }

        private int Resolve(int number, ParquetColumnBuffer column, int row)
        {
            if (number < 0)
            {
                return -1;
            }
            if (number >= indexes.Length)
            {
                int old = indexes.Length;
                Array.Resize(ref indexes, Math.Max(number + 1, Math.Max(1024, 2 * old)));
                indexes.AsSpan(old).Fill(Unresolved);
            }
            return indexes[number] = index.Index(column.Bytes(row));
        }
    }
}

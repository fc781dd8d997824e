using System.Globalization;
using NodaTime;
using ParquetSharp;
using Reform.Indicators.Calendars;
using static Reform.Indicators.Data.ParquetValueKind;

namespace Reform.Indicators.Data;

/// <summary>One column's values for a chunk of rows: UTF-16 text with offsets, or integers; a flag per row for null.</summary>
/// <remarks>
/// Text is kept as UTF-16 where it is parsed as characters (text times and counts), and as the
/// file's UTF-8 bytes where it is matched as bytes (<paramref name="asBytes"/>: the id, codes,
/// channel, status), decoded only for the record path.
/// </remarks>
internal sealed class ParquetColumnBuffer(ParquetValueKind kind, bool absent, bool asBytes)
{
    private readonly short[] definitions = new short[ParquetTableScan.ChunkRows];
    private readonly bool[] isNull = new bool[ParquetTableScan.ChunkRows];
    private readonly ByteArray[] pointers = kind == Text ? new ByteArray[ParquetTableScan.ChunkRows] : [];
    private readonly long[] longs = kind is Micros or Millis ? new long[ParquetTableScan.ChunkRows] : [];
    private readonly int[] ints = kind == Integer ? new int[ParquetTableScan.ChunkRows] : [];
    private readonly bool[] booleans = kind == Bool ? new bool[ParquetTableScan.ChunkRows] : [];
    private readonly int[] offsets = kind == Text ? new int[ParquetTableScan.ChunkRows + 1] : [];
    private readonly long minimum = kind switch { Micros => -ParquetTableScan.UnixEpochTicks / TimeSpan.TicksPerMicrosecond, Millis => -ParquetTableScan.UnixEpochTicks / TimeSpan.TicksPerMillisecond, _ => 0 };
    private readonly long maximum = kind switch { Micros => (DateTime.MaxValue.Ticks - ParquetTableScan.UnixEpochTicks) / TimeSpan.TicksPerMicrosecond, Millis => (DateTime.MaxValue.Ticks - ParquetTableScan.UnixEpochTicks) / TimeSpan.TicksPerMillisecond, _ => 0 };
    private const int InitialText = ParquetTableScan.ChunkRows * 16;
    private char[] chars = kind == Text && !asBytes ? new char[InitialText] : [];
    private byte[] bytes = kind == Text && asBytes ? new byte[InitialText] : [];
    private readonly Dictionary<int, int> overlong = [];   // row → characters of a value kept only in part (ParquetTableScan.KeptBytes)
    private int charCount;

    /// <summary>The bytes of text held for the chunk so far.</summary>
    public long TextBytes => asBytes ? charCount : 2L * charCount;

    /// <summary>Buffers grown for a run of long values go back to their first size.</summary>
    public void Shrink()
    {
        if (chars.Length > 4 * InitialText)
        {
            chars = new char[InitialText];
        }
        if (bytes.Length > 4 * InitialText)
        {
            bytes = new byte[InitialText];
        }
    }

    /// <summary>Reads the values of rows <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> of the chunk (a chunk starts at row 0).</summary>
    public void Read(ColumnReader? reader, int from, int count)
    {
        if (from == 0)
        {
            charCount = 0;
            overlong.Clear();
        }
        if (absent || reader is null)
        {
            Array.Fill(isNull, true, from, count);
            return;
        }
        int done = from, end = from + count;
        while (done < end)
        {
            int want = end - done;
            long levels, read;
            bool required = reader.ColumnDescriptor.MaxDefinitionLevel == 0;
            var defs = definitions.AsSpan(done, want);
            // Numbers are read straight into their rows' places (spread below when there are nulls);
            // text as pointers to bytes that live only until the next batch, so copied out at once.
            switch (kind)
            {
                case Text:
                    levels = ((ColumnReader<ByteArray>)reader).ReadBatch(want, defs, default, pointers.AsSpan(0, want), out read);
                    break;
                case Micros or Millis:
                    levels = ((ColumnReader<long>)reader).ReadBatch(want, defs, default, longs.AsSpan(done, want), out read);
                    break;
                case Bool:
                    levels = ((ColumnReader<bool>)reader).ReadBatch(want, defs, default, booleans.AsSpan(done, want), out read);
                    break;
                default:
                    levels = ((ColumnReader<int>)reader).ReadBatch(want, defs, default, ints.AsSpan(done, want), out read);
                    break;
            }
            if (levels == 0)
            {
                throw new InvalidDataException($"column {reader.ColumnDescriptor.Name} ends before its row group");
            }
            int rows = (int)levels;
            if (kind == Text)
            {
                SpreadText(done, rows, required);
            }
            else if (read == levels)
            {
                isNull.AsSpan(done, rows).Clear();
            }
            else if (kind == Integer)
            {
                Spread(ints.AsSpan(done, rows), (int)read, definitions.AsSpan(done, rows), isNull.AsSpan(done, rows));
            }
            else if (kind == Bool)
            {
                Spread(booleans.AsSpan(done, rows), (int)read, definitions.AsSpan(done, rows), isNull.AsSpan(done, rows));
            }
            else
            {
                Spread(longs.AsSpan(done, rows), (int)read, definitions.AsSpan(done, rows), isNull.AsSpan(done, rows));
            }
            done += rows;
        }
    }

    /// <summary>
    /// Moves the <paramref name="read"/> values at the start of <paramref name="values"/> to the
    /// rows that are not null (definition level above 0), from the last backwards: a value never
    /// moves to a place before its own, so none is overwritten before it has moved.
    /// </summary>
    private static void Spread<T>(Span<T> values, int read, ReadOnlySpan<short> definitions, Span<bool> nulls)
    {
        int next = read - 1;
        for (int r = values.Length - 1; r >= 0; r--)
        {
            bool present = definitions[r] > 0;
            nulls[r] = !present;
            if (present)
            {
                values[r] = values[next--];
            }
        }
    }

    /// <summary>The text of <paramref name="rows"/> rows from row <paramref name="done"/>: the values read, given to the rows that are not null.</summary>
    private void SpreadText(int done, int rows, bool required)
    {
        int next = 0;
        for (int r = 0; r < rows; r++)
        {
            int at = done + r;
            bool present = required || definitions[at] > 0;
            isNull[at] = !present;
            offsets[at] = charCount;
            if (present)
            {
                Append(pointers[next++], at);
            }
        }
        offsets[done + rows] = charCount;
    }

    private unsafe void Append(ByteArray value, int row)
    {
        var utf8 = new ReadOnlySpan<byte>((void*)value.Pointer, value.Length);
        if (utf8.Length > FileSchema.MaxFieldLength && System.Text.Encoding.UTF8.GetCharCount(utf8) is > FileSchema.MaxFieldLength and int length)
        {
            // Too long: only its start is kept, for the message, and its length.
            overlong[row] = length;
            utf8 = utf8[..ParquetTableScan.KeptBytes];
        }
        if (asBytes)
        {
            // charCount counts bytes here.
            if (charCount + utf8.Length > bytes.Length)
            {
                Array.Resize(ref bytes, Math.Max(bytes.Length * 2, charCount + utf8.Length));
            }
            utf8.CopyTo(bytes.AsSpan(charCount));
            charCount += utf8.Length;
            return;
        }
        int most = System.Text.Encoding.UTF8.GetMaxCharCount(utf8.Length);
        if (charCount + most > chars.Length)
        {
            Array.Resize(ref chars, Math.Max(chars.Length * 2, charCount + most));
        }
        charCount += System.Text.Ascii.ToUtf16(utf8, chars.AsSpan(charCount), out int written) == System.Buffers.OperationStatus.Done
            ? written
            : System.Text.Encoding.UTF8.GetChars(utf8, chars.AsSpan(charCount));
    }

    /// <summary>Whether row <paramref name="i"/>'s text is longer than <see cref="FileSchema.MaxFieldLength"/> characters.</summary>
    /// <remarks>Only such a value is kept in part: <see cref="Append"/> keeps whole only values of at most 4,096 characters.</remarks>
    public bool TooLong(int i) => overlong.Count > 0 && overlong.ContainsKey(i);

    /// <summary>The value of row <paramref name="i"/> as an error shows it (<see cref="RowErrors.Shorten(ReadOnlySpan{char}, long)"/>), when only its start is kept.</summary>
    public bool TryShortened(int i, out string? shown)
    {
        shown = null;
        if (overlong.Count == 0 || !overlong.TryGetValue(i, out int length))
        {
            return false;
        }
        string start = asBytes ? System.Text.Encoding.UTF8.GetString(Bytes(i)) : Chars(i).ToString();
        shown = RowErrors.Shorten(start.AsSpan(0, Math.Min(start.Length, RowErrors.MaxShown)), length);
        return true;
    }

    /// <summary>The text of row <paramref name="i"/> (empty when null); only for text columns kept as characters.</summary>
    public ReadOnlySpan<char> Chars(int i)
    {
        System.Diagnostics.Debug.Assert(!asBytes, "a column kept as characters");
        return isNull[i] ? default : chars.AsSpan(offsets[i], offsets[i + 1] - offsets[i]);
    }

    /// <summary>The UTF-8 text of row <paramref name="i"/> (empty when null); only for text columns kept as bytes.</summary>
    public ReadOnlySpan<byte> Bytes(int i)
    {
        System.Diagnostics.Debug.Assert(asBytes || kind != Text, "a column kept as bytes");
        return isNull[i] ? default : bytes.AsSpan(offsets[i], offsets[i + 1] - offsets[i]);
    }

    /// <summary>
    /// A timestamp as the record path reads it, in ticks (<see cref="TickRow"/>): <paramref name="present"/>
    /// false when empty, <paramref name="endOfDay"/> when it is the end of a date; false when it needs the record path.
    /// </summary>
    /// <param name="i">The row in the chunk.</param>
    /// <param name="required">Whether an empty value sends the row to the record path.</param>
    /// <param name="endOfDate">Whether this is the deadline, which may stand for the end of its date (a date alone, the last microsecond of a day, or midnight by the policy).</param>
    /// <param name="policy">The date order and the midnight rule.</param>
    /// <param name="ticks">The time in ticks.</param>
    /// <param name="present">Whether a value was given.</param>
    /// <param name="endOfDay">Whether it is the end of its date.</param>
    public bool TryTicks(int i, bool required, bool endOfDate, Dossiers.DossierReadPolicy policy, out long ticks, out bool present, out bool endOfDay)
    {
        ticks = 0;
        present = false;
        endOfDay = false;
        if (kind == Text)
        {
            if (TooLong(i))
            {
                return false; // even when it is only white space: the record path rejects it
            }
            var text = Chars(i);
            if (required)
            {
                text = text.Trim();
                if (text.IsEmpty)
                {
                    return false;
                }
            }
            else if (text.IsWhiteSpace())
            {
                return true;
            }
            if (!FastTimestamps.TryParse(text, policy.DateOrder, out var parsed, out bool dateOnly))
            {
                return false;
            }
            present = true;
            var value = endOfDate && policy.DueIsEndOfDay(dateOnly, parsed.TimeOfDay == LocalTime.Midnight) ? VietnamTime.EndOf(parsed.Date) : parsed;
            // Only a deadline may stand for the end of its day (its last tick); any other time of
            // 23:59:59.999999999 is not tick-exact, so it goes to the record path.
            return (endOfDate || value.TimeOfDay != LocalTime.MaxValue) && TickRow.TryTicks(value, out ticks, out endOfDay);
        }
        if (isNull[i])
        {
            return !required;
        }
        long v = longs[i];
        if (v < minimum || v > maximum)
        {
            return false;
        }
        present = true;
        ticks = ParquetTableScan.UnixEpochTicks + (v * (kind == Micros ? TimeSpan.TicksPerMicrosecond : TimeSpan.TicksPerMillisecond));
        long timeOfDay = ticks % TimeSpan.TicksPerDay;
        if (endOfDate && (timeOfDay >= ParquetRecords.EndOfDayThreshold.Ticks || policy.DueIsEndOfDay(dateOnly: false, midnight: timeOfDay == 0)))
        {
            ticks = TickRow.EndOfDay(ticks);
            endOfDay = true;
        }
        return true;
    }

    /// <summary>Whether row <paramref name="i"/> is empty or a boolean (<see cref="Dossiers.DossierFields.TryParseBoolean"/>); false when it needs the record path.</summary>
    public bool TryBoolean(int i)
    {
        if (kind == Bool)
        {
            return true;
        }
        var text = Chars(i);
        return !TooLong(i) && (text.IsWhiteSpace() || Dossiers.DossierFields.TryParseBoolean(text, out _));
    }

    /// <summary>The boolean of row <paramref name="i"/>, null when empty; call only when <see cref="TryBoolean"/> is true.</summary>
    public bool? BooleanOf(int i)
    {
        if (kind == Bool)
        {
            return isNull[i] ? null : booleans[i];
        }
        return Dossiers.DossierFields.TryParseBoolean(Chars(i), out bool value) ? value : null;
    }

    /// <summary>The count of supplementation requests (0 when empty); false when it needs the record path.</summary>
    public bool TryCount(int i, out int value)
    {
        value = 0;
        if (kind == Integer)
        {
            if (!isNull[i])
            {
                value = ints[i];
            }
            return true;
        }
        var text = Chars(i);
        return !TooLong(i) && (text.IsWhiteSpace() || int.TryParse(text, CsvRecords.RequestsStyle, CultureInfo.InvariantCulture, out value));
    }

    /// <summary>The value of row <paramref name="i"/> as <see cref="ParquetRecords"/> writes it as text.</summary>
    public string? TextOf(int i, bool endOfDayIsDate)
    {
        if (isNull[i])
        {
            return null;
        }
        return kind switch
        {
            Text => asBytes ? System.Text.Encoding.UTF8.GetString(Bytes(i)) : Chars(i).ToString(),
            Integer => ints[i].ToString(CultureInfo.InvariantCulture),
            Bool => booleans[i] ? "true" : "false",
            // A timestamp no DateTime holds (outside the years 1 to 9999) is given as its number, which
            // the record path rejects as not a time: the row is rejected with its column and value.
            _ => TryDateTime(i, out var t) ? ParquetRecords.FormatTimestamp(t, utc: false, endOfDayIsDate)
                : string.Create(CultureInfo.InvariantCulture, $"{longs[i]} {(kind == Micros ? "microseconds" : "milliseconds")} since 1970-01-01"),
        };
    }

    private bool TryDateTime(int i, out DateTime value)
    {
        long v = longs[i];
        long ticksPerUnit = kind == Micros ? TimeSpan.TicksPerMicrosecond : TimeSpan.TicksPerMillisecond;
        if (v < minimum || v > maximum)
        {
            value = default;
            return false;
        }
        value = new DateTime(ParquetTableScan.UnixEpochTicks + (v * ticksPerUnit), DateTimeKind.Unspecified);
        return true;
    }
}

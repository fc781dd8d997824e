namespace Reform.Indicators.Data;

/// <summary>
/// The scan's index (<see cref="DossierReportSink.UnitIndex"/> or <see cref="DossierReportSink.ProcedureIndex"/>)
/// of each code of a column as written (UTF-8, untrimmed), found once per distinct code: -1
/// for a code that is blank once trimmed or that the scan refuses.
/// </summary>
/// <remarks>
/// Open addressing over a power-of-two table of slots (hash and entry), the codes' bytes in one
/// array: a look-up reads a slot and, when the hash matches, the bytes it compares. Hashes are
/// seeded per process (so a crafted file cannot make every code collide): a code of at most 16
/// bytes is mixed from two words that together hold all of its bytes, a longer one hashed by
/// <see cref="HashCode"/>.
/// </remarks>
internal sealed class Utf8CodeIndex(Func<string, int> find)
{
    private static readonly ulong Seed = (ulong)Random.Shared.NextInt64() | 1;

    private ulong[] slots = new ulong[1024];      // hash << 32 | entry + 1; 0 = empty
    private byte[] text = new byte[1 << 14];
    private int[] starts = new int[257];          // entry n is the code text[starts[n]..starts[n + 1]]
    private int[] indexes = new int[256];         // and its index
    private int count;

    public int Index(ReadOnlySpan<byte> code)
    {
        uint hash = Hash(code);
        int mask = slots.Length - 1;
        int slot = (int)(hash & (uint)mask);
        while (true)
        {
            ulong s = slots[slot];
            if (s == 0)
            {
                break;
            }
            if ((uint)(s >> 32) == hash)
            {
                int n = (int)(uint)s - 1;
                if (text.AsSpan(starts[n], starts[n + 1] - starts[n]).SequenceEqual(code))
                {
                    return indexes[n];
                }
            }
            slot = (slot + 1) & mask;
        }
        int number = count;
        if (number + 2 > starts.Length)
        {
            Array.Resize(ref starts, starts.Length * 2);
            Array.Resize(ref indexes, starts.Length);
        }
        int end = starts[number] + code.Length;
        if (end > text.Length)
        {
            Array.Resize(ref text, Math.Max(text.Length * 2, end));
        }
        code.CopyTo(text.AsSpan(starts[number]));
        starts[number + 1] = end;
        slots[slot] = ((ulong)hash << 32) | (uint)(number + 1);
        count++;
        var trimmed = System.Text.Encoding.UTF8.GetString(code).AsSpan().Trim();
        int index = indexes[number] = trimmed.IsEmpty ? -1 : find(trimmed.ToString());
        if (count > slots.Length >> 1)
        {
            Grow();
        }
        return index;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<byte> code)
    {
        int length = code.Length;
        ulong a, b;
        if (length >= 8)
        {
            if (length > 16)
            {
                var hasher = default(HashCode);
                hasher.AddBytes(code);
                return (uint)hasher.ToHashCode();
            }
            // The first and the last eight bytes (overlapping when shorter than 16).
            a = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(code);
            b = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(code[(length - 8)..]);
        }
        else if (length >= 4)
        {
            a = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(code);
            b = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(code[(length - 4)..]);
        }
        else
        {
            // One to three bytes: the first, the middle and the last hold them all.
            a = length == 0 ? 0 : code[0] | ((ulong)code[length >> 1] << 8) | ((ulong)code[length - 1] << 16);
            b = 0;
        }
        ulong h = ((a ^ Seed) * 0x9E3779B97F4A7C15UL) ^ ((b + (ulong)length) * 0xC2B2AE3D27D4EB4FUL);
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9UL;
        return (uint)(h >> 32);
    }

    private void Grow()
    {
        var old = slots;
        slots = new ulong[old.Length * 2];
        int mask = slots.Length - 1;
        foreach (ulong s in old)
        {
            if (s != 0)
            {
                int slot = (int)((uint)(s >> 32) & (uint)mask);
                while (slots[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = s;
            }
        }
    }
}

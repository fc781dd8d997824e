using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Reform.Indicators.Data;

/// <summary>
/// The scan's index (<see cref="DossierReportSink.UnitIndex"/> or <see cref="DossierReportSink.ProcedureIndex"/>)
/// of each code of a column as written (UTF-8, untrimmed), found once per distinct code: -1
/// for a code that is blank once trimmed or that the scan refuses.
/// </summary>
/// <remarks>
/// <para>Open addressing over a power-of-two table of entries, each holding its code's key, length
/// and index, so that a look-up reads one entry (and its neighbours) and nothing else. A code of at
/// most 16 bytes is its own key: two 64-bit words that together hold every byte of it (the first
/// and the last eight bytes, overlapping when shorter; the first and last four below eight bytes;
/// the first, middle and last below four), which with the length tell the code exactly, so no bytes
/// are compared. Unit and procedure codes are this short. A longer code is found by its 64-bit hash
/// and its length, then told apart by its bytes (kept in one array), compared when those match.</para>
/// <para>Hashes are seeded per process, so a crafted file cannot make every code collide.</para>
/// </remarks>
internal sealed class Utf8CodeIndex(Func<string, int> find)
{
    private const int ShortCode = 16;

    private static readonly ulong Seed = (ulong)Random.Shared.NextInt64() | 1;

    private Entry[] entries = new Entry[1024];
    private byte[] text = new byte[1 << 12];      // the bytes of the codes longer than ShortCode
    private int textUsed;
    private int count;

    /// <summary>For tests: every code hashed alike (a long code's hash too), so that every look-up compares keys along one run of entries.</summary>
    internal bool OneHash { get; init; }

    /// <summary>
    /// A code: <see cref="A"/> and <see cref="B"/> are the key (a short code's bytes; a long code's
    /// hash and the offset of its bytes in the text), <see cref="Length"/> the code's length + 1
    /// (0: an empty entry).
    /// </summary>
    private struct Entry
    {
        public ulong A, B;
        public int Length;
        public int Index;
    }

    /// <summary>
    /// Asks the processor to fetch the entry where <paramref name="code"/> is looked up, so that a
    /// reader can do other work while it comes (the table of a country's units is larger than the
    /// core's nearest caches).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void Prefetch(ReadOnlySpan<byte> code)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported && code.Length <= ShortCode && !OneHash)
        {
            Key(code, out ulong a, out ulong b);
            var table = entries;
            fixed (Entry* entry = &table[HomeSlot(a, b, code.Length, table.Length)])
            {
                System.Runtime.Intrinsics.X86.Sse.Prefetch0(entry);
            }
        }
    }

    /// <summary>The index of <paramref name="code"/>, asking the scan the first time it is seen.</summary>
    public int Index(ReadOnlySpan<byte> code)
    {
        int length = code.Length;
        ulong a, b;
        if (length <= ShortCode)
        {
            Key(code, out a, out b);
        }
        else
        {
            a = OneHash ? 0 : LongHash(code);
            b = 0;
        }
        var table = entries;
        int mask = table.Length - 1;
        int slot = HomeSlot(a, b, length, table.Length);
        while (true)
        {
            ref var entry = ref table[slot];
            if (entry.Length == 0)
            {
                break;
            }
            if (entry.Length == length + 1 && entry.A == a && (length <= ShortCode ? entry.B == b : Stored(entry).SequenceEqual(code)))
            {
                return entry.Index;
            }
            slot = (slot + 1) & mask;
        }
        return Add(code, a, b, slot);
    }

    private int Add(ReadOnlySpan<byte> code, ulong a, ulong b, int slot)
    {
        if (code.Length > ShortCode)
        {
            if (textUsed + code.Length > text.Length)
            {
                Array.Resize(ref text, Math.Max(text.Length * 2, textUsed + code.Length));
            }
            code.CopyTo(text.AsSpan(textUsed));
            b = (ulong)textUsed;
            textUsed += code.Length;
        }
        var trimmed = System.Text.Encoding.UTF8.GetString(code).AsSpan().Trim();
        int index = trimmed.IsEmpty ? -1 : find(trimmed.ToString());
        entries[slot] = new Entry { A = a, B = b, Length = code.Length + 1, Index = index };
        count++;
        if (count > entries.Length >> 1)
        {
            Grow();
        }
        return index;
    }

    /// <summary>The bytes of a long code's entry.</summary>
    private ReadOnlySpan<byte> Stored(in Entry entry) => text.AsSpan((int)entry.B, entry.Length - 1);

    /// <summary>Two words that, with the length, hold every byte of a code of at most 16 bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Key(ReadOnlySpan<byte> code, out ulong a, out ulong b)
    {
        int length = code.Length;
        if (length >= 8)
        {
            // The first and the last eight bytes (overlapping when shorter than 16).
            a = BinaryPrimitives.ReadUInt64LittleEndian(code);
            b = BinaryPrimitives.ReadUInt64LittleEndian(code[(length - 8)..]);
        }
        else if (length >= 4)
        {
            a = BinaryPrimitives.ReadUInt32LittleEndian(code);
            b = BinaryPrimitives.ReadUInt32LittleEndian(code[(length - 4)..]);
        }
        else
        {
            // None to three bytes: the first, the middle and the last hold them all.
            a = length == 0 ? 0 : code[0] | ((ulong)code[length >> 1] << 8) | ((ulong)code[length - 1] << 16);
            b = 0;
        }
    }

    /// <summary>The 64-bit hash of a code longer than 16 bytes.</summary>
    private static ulong LongHash(ReadOnlySpan<byte> code)
    {
        ulong h = Seed;
        int i = 0;
        for (; i + 8 <= code.Length; i += 8)
        {
            h = (h ^ BinaryPrimitives.ReadUInt64LittleEndian(code[i..])) * 0x9E3779B97F4A7C15UL;
            h ^= h >> 31;
        }
        return h ^ BinaryPrimitives.ReadUInt64LittleEndian(code[^8..]);
    }

    /// <summary>The slot a code of key <paramref name="a"/>, <paramref name="b"/> (0 for a long code) and <paramref name="length"/> bytes is looked up from, in a table of <paramref name="size"/> entries.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int HomeSlot(ulong a, ulong b, int length, int size) => OneHash ? 0 : (int)Mix(a, b, length) & (size - 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong a, ulong b, int length)
    {
        ulong h = ((a ^ Seed) * 0x9E3779B97F4A7C15UL) ^ ((b + (ulong)length) * 0xC2B2AE3D27D4EB4FUL);
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9UL;
        return h >> 32;
    }

    private void Grow()
    {
        var old = entries;
        entries = new Entry[old.Length * 2];
        int mask = entries.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Length != 0)
            {
                int slot = HomeSlot(entry.A, entry.Length - 1 <= ShortCode ? entry.B : 0, entry.Length - 1, entries.Length);
                while (entries[slot].Length != 0)
                {
                    slot = (slot + 1) & mask;
                }
                entries[slot] = entry;
            }
        }
    }
}

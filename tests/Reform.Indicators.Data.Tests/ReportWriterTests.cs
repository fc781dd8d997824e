using System.Text;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Data.Tests;

/// <summary>How <see cref="ReportWriter"/> hands a large report to its stream.</summary>
public sealed class ReportWriterTests
{
    /// <summary>
    /// A report of every commune (thousands of groups, megabytes of JSON) reaches the stream in
    /// pieces as it is written, not as one buffer at the end; the bytes are those of the report.
    /// </summary>
    [Fact]
    public void WriteJson_ThousandsOfGroups_WritesAsItGoes()
    {
        var counts = new DossierCounts(carriedOver: 1, receivedOnline: 4, receivedDirect: 5, receivedPostal: 0, resolvedEarly: 5, resolvedOnTime: 2, resolvedLate: 1, withdrawn: 0, stopped: 0, openNotDue: 2, openOverdue: 0, handledOnTime: 9);
        var groups = Enumerable.Range(0, 5_000).Select(i => new IndicatorGroup($"U{i:D5}", $"Commune {i}", null, counts)).ToList();
        var report = new IndicatorReport(ReportingPeriod.Parse("2022"), GroupBy.Unit, groups, []);
        using var stream = new WriteRecordingStream();

        ReportWriter.WriteJson(report, stream);

        string json = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Equal(5_000, System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("groups").GetArrayLength());
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.True(json.Length > 4 << 20, $"a report of {json.Length:N0} bytes is large enough to show it");
        Assert.True(stream.Writes > 20, $"{stream.Writes} writes");
        Assert.True(stream.LargestWrite <= 1 << 18, $"the largest write was {stream.LargestWrite:N0} bytes");
    }

    private sealed class WriteRecordingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Record(buffer.Length);
            base.Write(buffer);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Record(count);
            base.Write(buffer, offset, count);
        }

        private void Record(int bytes)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, bytes);
        }
    }
}

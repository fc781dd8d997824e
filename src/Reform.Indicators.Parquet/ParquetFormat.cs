namespace Reform.Indicators.Data;

/// <summary>
/// Parquet for the readers and writers of Reform.Indicators.Data (docs/specification.md §3): the one
/// <see cref="ParquetSupport"/>, found by its name when this package is referenced.
/// </summary>
internal sealed class ParquetFormat : ParquetSupport
{
    /// <inheritdoc/>
    public override IEnumerable<RawRecord> Read(Stream stream, FileSchema schema, string source) => ParquetRecords.Read(stream, schema, source);

    /// <inheritdoc/>
    public override void Scan(Stream stream, string source, DossierReportSink sink, Dossiers.DossierReadPolicy policy) =>
        ParquetRecords.Scan(stream, source, sink, policy);

    /// <inheritdoc/>
    public override void Write(FileSchema schema, IEnumerable<object?[]> records, Stream stream) => ParquetTableWriter.Write(schema, records, stream);

    /// <inheritdoc/>
    public override void EnsureWriter() => ParquetTableWriter.EnsureWriter();
}

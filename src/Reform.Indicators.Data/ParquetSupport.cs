using System.Diagnostics.CodeAnalysis;

namespace Reform.Indicators.Data;

/// <summary>
/// The Parquet half of the readers and writers (docs/specification.md §3), implemented by the
/// Reform.Indicators.Parquet package, so that a program that reads only CSV carries no Parquet
/// library and no native runtime.
/// </summary>
/// <remarks>
/// <para>Found by name when a Parquet file is first read or written: the package's assembly is
/// loaded if the program references it (it is then in the program's dependencies), and its one
/// implementation is created once. When it is not referenced, reading fails with a
/// <see cref="DataFileException"/> and writing with a <see cref="NotSupportedException"/>, both
/// naming the file and the package to add (docs/data-formats.md, "Packages").</para>
/// <para>The two packages ship together at one version: the implementation uses the readers'
/// internals (the report sink, the field parsers).</para>
/// </remarks>
internal abstract class ParquetSupport
{
    /// <summary>The package (and assembly) that implements Parquet.</summary>
    public const string PackageName = "Reform.Indicators.Parquet";

    /// <summary>The implementing type, by its assembly-qualified name.</summary>
    internal const string ImplementationName = "Reform.Indicators.Data.ParquetFormat, " + PackageName;

    private static ParquetSupport? found;

    /// <summary>Reads a Parquet file's records as text, one row group at a time.</summary>
    public abstract IEnumerable<RawRecord> Read(Stream stream, FileSchema schema, string source);

    /// <summary>Reads a dossier Parquet file into <paramref name="sink"/> (the fast path where the file allows it).</summary>
    public abstract void Scan(Stream stream, string source, DossierReportSink sink, Dossiers.DossierReadPolicy policy);

    /// <summary>Writes records of a schema as Parquet to a stream, which stays open.</summary>
    public abstract void Write(FileSchema schema, IEnumerable<object?[]> records, Stream stream);

    /// <summary>Fails with one message where the native writer cannot load, before any file is created.</summary>
    public abstract void EnsureWriter();

    /// <summary>The implementation, for reading <paramref name="source"/>.</summary>
    /// <exception cref="DataFileException">The Parquet package is not referenced.</exception>
    public static ParquetSupport ForReading(string source, string typeName = ImplementationName) =>
        Find(typeName) ?? throw new DataFileException(
            $"{source}: reading Parquet needs the {PackageName} package, which this program does not reference: add it (dotnet add package {PackageName}), or convert the file to CSV.");

    /// <summary>The implementation, for writing <paramref name="target"/>.</summary>
    /// <exception cref="NotSupportedException">The Parquet package is not referenced.</exception>
    public static ParquetSupport ForWriting(string target, string typeName = ImplementationName) =>
        Find(typeName) ?? throw new NotSupportedException(
            $"{target}: writing Parquet needs the {PackageName} package, which this program does not reference: add it (dotnet add package {PackageName}), or write CSV.");

    /// <summary>The implementation named <paramref name="typeName"/>, created once; null when its assembly cannot be found.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2057", Justification = "The name is a constant in production; a trimmed program that reads Parquet references the package, which keeps ParquetFormat (DynamicDependency below).")]
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "As above: ParquetFormat's constructor is kept by the DynamicDependency.")]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.NonPublicConstructors, "Reform.Indicators.Data.ParquetFormat", PackageName)]
    internal static ParquetSupport? Find(string typeName)
    {
        if (typeName == ImplementationName && Volatile.Read(ref found) is { } known)
        {
            return known;
        }
        Type? type;
        try
        {
            type = Type.GetType(typeName, throwOnError: false);
        }
        catch (Exception e) when (e is FileLoadException or BadImageFormatException or FileNotFoundException)
        {
            type = null;
        }
        if (type is null)
        {
            return null;
        }
        var support = (ParquetSupport)Activator.CreateInstance(type, nonPublic: true)!;
        if (typeName == ImplementationName)
        {
            Interlocked.CompareExchange(ref found, support, null);
        }
        return support;
    }
}

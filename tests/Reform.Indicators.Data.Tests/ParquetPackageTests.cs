using System.Xml.Linq;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Data.Tests;

/// <summary>
/// Parquet lives in its own package (docs/data-formats.md, "Packages"): the Data package carries no
/// Parquet library, finds the Parquet package when a program references it, and names the file and the
/// package when it does not.
/// </summary>
public sealed class ParquetPackageTests : IDisposable
{
    private const string Missing = "Reform.Indicators.Data.ParquetFormat, Reform.Indicators.NoSuchParquetPackage";

    private readonly TestFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void TheDataAssembly_ReferencesNoParquetLibrary()
    {
        var names = typeof(DossierFile).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.Contains("Sep", names); // the scan sees the references at all
        Assert.DoesNotContain(names, n => n is "ParquetSharp" or "Parquet" or "Reform.Indicators.Parquet");
    }

    [Fact]
    public void TheDataProject_DependsOnNoParquetPackage()
    {
        var project = XDocument.Load(Path.Combine(RepositoryRoot(), "src", "Reform.Indicators.Data", "Reform.Indicators.Data.csproj"));
        var packages = project.Descendants("PackageReference").Select(p => p.Attribute("Include")!.Value).ToList();
        Assert.Contains("Sep", packages);
        Assert.DoesNotContain(packages, p => p.Contains("Parquet", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void WhenReferenced_TheParquetPackageIsFound()
    {
        Assert.IsType<ParquetFormat>(ParquetSupport.Find(ParquetSupport.ImplementationName));
        Assert.Same(ParquetSupport.Find(ParquetSupport.ImplementationName), ParquetSupport.Find(ParquetSupport.ImplementationName));
        // And used: a Parquet file written and read back through DossierFile.
        string path = files.Path("one.parquet");
        var dossier = new Dossiers.Dossier("HS1", "01", "1.004227", Dossiers.DossierChannel.Online, new NodaTime.LocalDateTime(2025, 1, 6, 8, 0), new NodaTime.LocalDateTime(2025, 1, 13, 17, 0), Dossiers.DossierStatus.Processing);
        DossierFile.Write([dossier], path);
        Assert.Equal(1, DossierFile.Report(path, ReportingPeriod.Parse("2025"), GroupBy.National).AcceptedRows);
    }

    [Fact]
    public void WithoutThePackage_ReadingNamesTheFileAndThePackage()
    {
        Assert.Null(ParquetSupport.Find(Missing));
        var e = Assert.Throws<DataFileException>(() => ParquetSupport.ForReading("exports/2025-01.parquet", Missing));
        Assert.StartsWith("exports/2025-01.parquet: reading Parquet needs the Reform.Indicators.Parquet package", e.Message, StringComparison.Ordinal);
        Assert.Contains("dotnet add package Reform.Indicators.Parquet", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutThePackage_WritingNamesTheFileAndThePackage()
    {
        var e = Assert.Throws<NotSupportedException>(() => ParquetSupport.ForWriting("out/units.parquet", Missing));
        Assert.StartsWith("out/units.parquet: writing Parquet needs the Reform.Indicators.Parquet package", e.Message, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Reform.Indicators.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (Reform.Indicators.sln) is not above " + AppContext.BaseDirectory);
    }
}

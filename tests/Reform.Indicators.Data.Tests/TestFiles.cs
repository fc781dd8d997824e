using System.Text;

namespace Reform.Indicators.Data.Tests;

/// <summary>Temporary files for one test, deleted with it.</summary>
public sealed class TestFiles : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("reform-data-tests-").FullName;

    public string Path(string name) => System.IO.Path.Combine(directory, name);

    public string Write(string name, string text, bool bom = false)
    {
        string path = Path(name);
        File.WriteAllText(path, text, new UTF8Encoding(bom));
        return path;
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        string path = Path(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}

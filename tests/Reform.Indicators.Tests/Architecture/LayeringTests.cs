using System.Xml.Linq;
using Reform.Indicators.Dossiers;

namespace Reform.Indicators.Tests.Architecture;

/// <summary>No upward reference: between the core package's folders (from its compiled IL) and between the projects (from their project files).</summary>
public class LayeringTests
{
    private const string Root = "Reform.Indicators";

    /// <summary>The folder of a core type: the namespace segment after <c>Reform.Indicators</c>, "" for the root; null for types outside it (compiler-generated).</summary>
    private static string? FolderOf(Type type) => type.Namespace switch
    {
        Root => "",
        { } ns when ns.StartsWith(Root + ".", StringComparison.Ordinal) => ns[(Root.Length + 1)..].Split('.')[0],
        _ => null,
    };

    /// <summary>Every reference from one folder of the core to another, as (from, to, "Type → Type").</summary>
    internal static IEnumerable<(string From, string To, string Example)> FolderReferences()
    {
        var core = typeof(Dossier).Assembly;
        foreach (var type in core.GetTypes())
        {
            if (FolderOf(type) is not { } from)
            {
                continue;
            }
            foreach (var used in TypeReferences.Of(type))
            {
                if (used.Assembly == core && FolderOf(used) is { } to && to != from)
                {
                    yield return (from, to, $"{type.FullName} → {used.FullName}");
                }
            }
        }
    }

    [Fact]
    public void EveryFolder_HasALayer()
    {
        var folders = typeof(Dossier).Assembly.GetTypes().Select(FolderOf).OfType<string>().Distinct();
        Assert.DoesNotContain(folders, f => Layering.LayerOf(f) < 0);
    }

    [Fact]
    public void NoFolder_UsesAFolderAboveIt()
    {
        var upward = FolderReferences()
            .Where(r => !Layering.Allows(r.From, r.To))
            .GroupBy(r => (r.From, r.To))
            .Select(g => $"{g.Key.From} → {g.Key.To}: {g.First().Example}")
            .ToList();
        Assert.True(upward.Count == 0, "Upward references (tests/Reform.Indicators.Tests/Architecture/Layering.cs):\n" + string.Join("\n", upward));
    }

    [Fact]
    public void TheScan_SeesReferencesInBodiesAndSignatures()
    {
        // The scanner finds what the test relies on: a reference only in a method body, and one in a signature.
        var references = FolderReferences().ToList();
        Assert.Contains(references, r => r is { From: "Columnar", To: "Indicators" });
        Assert.Contains(references, r => r.Example.Contains("DossierValidator → Reform.Indicators.RowError", StringComparison.Ordinal));
    }

    [Fact]
    public void NoProject_ReferencesAProjectAboveIt()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var upward = new List<string>();
        foreach (var project in Directory.GetFiles(src, "*.csproj", SearchOption.AllDirectories))
        {
            string from = Path.GetFileNameWithoutExtension(project);
            foreach (var reference in XDocument.Load(project).Descendants("ProjectReference"))
            {
                string to = Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value.Replace('\\', '/'));
                if (!Layering.AllowsProject(from, to))
                {
                    upward.Add($"{from} → {to}");
                }
            }
        }
        Assert.True(upward.Count == 0, "Upward project references: " + string.Join(", ", upward));
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

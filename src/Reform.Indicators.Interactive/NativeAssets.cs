using System.Reflection;
using System.Runtime.InteropServices;

namespace Reform.Indicators.Interactive;

/// <summary>
/// Finds SkiaSharp's native library when this assembly is loaded by path (a notebook's
/// <c>#r "…/Reform.Indicators.Interactive.dll"</c>), where no deps.json tells the runtime about
/// <c>runtimes/&lt;rid&gt;/native</c>. Loaded as a package or by an application, the runtime finds it
/// itself and this resolver is never asked.
/// </summary>
internal static class NativeAssets
{
    private static int registered;

    internal static void EnsureSkiaSharp()
    {
        if (Interlocked.Exchange(ref registered, 1) == 1)
        {
            return;
        }
        foreach (var assembly in new[] { typeof(SkiaSharp.SKTypeface).Assembly, typeof(HarfBuzzSharp.Blob).Assembly })
        {
            try
            {
                NativeLibrary.SetDllImportResolver(assembly, Resolve);
            }
            catch (InvalidOperationException)
            {
                // The host already set a resolver for this assembly: it knows better.
            }
        }
    }

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (NativeLibrary.TryLoad(name, assembly, searchPath, out var handle))
        {
            return handle;
        }
        string os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        string portable = $"{os}-{RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant()}";
        string root = Path.GetDirectoryName(assembly.Location) ?? ".";
        foreach (string rid in new[] { RuntimeInformation.RuntimeIdentifier, portable })
        {
            foreach (string file in new[] { name, $"{name}.so", $"{name}.dylib", $"{name}.dll" })
            {
                if (NativeLibrary.TryLoad(Path.Combine(root, "runtimes", rid, "native", file), out handle))
                {
                    return handle;
                }
            }
        }
        return IntPtr.Zero;
    }
}

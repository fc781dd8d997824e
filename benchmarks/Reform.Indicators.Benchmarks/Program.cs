using BenchmarkDotNet.Running;
using Reform.Indicators.Benchmarks.Columnar;

// `-- end-to-end N`: generate N dossiers into a table and count them per unit per month, printing
// elapsed times and the peak working set. Otherwise every benchmark in this assembly; pick with
// --filter, smoke-run with --job dry.
if (args is ["end-to-end", var count])
{
    EndToEnd.Run(int.Parse(count.Replace("_", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture));
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

using BenchmarkDotNet.Running;

// Every benchmark in this assembly; pick with --filter, smoke-run with --job dry.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

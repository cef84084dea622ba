using Auth.Benchmarks.Hosting;
using BenchmarkDotNet.Running;

// Runs the benchmarks picked by BenchmarkDotNet's arguments (e.g. --filter '*Jwt*'); every run is a short
// in-process job (BenchConfig), because this 2-core machine also builds and serves.
BenchmarkSwitcher.FromAssembly(typeof(BenchConfig).Assembly).Run(args, new BenchConfig());

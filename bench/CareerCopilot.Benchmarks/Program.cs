using BenchmarkDotNet.Running;

// bench/micro.sh runs every benchmark here in Release, one core, and prints BenchmarkDotNet's tables.
BenchmarkSwitcher.FromAssembly(typeof(CareerCopilot.Benchmarks.ScoringBenchmarks).Assembly).Run(args);

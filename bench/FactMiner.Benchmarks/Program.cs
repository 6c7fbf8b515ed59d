using BenchmarkDotNet.Running;
using FactMiner.Benchmarks;

// "corpus PATH [CHARS]" writes the generated corpus for other tools; "run-end-to-end [MB] [DIR] [--allocations]" times the whole
// batch run; "stage-times DIR [--allocations]" times each stage; anything else goes to BenchmarkDotNet.
if (args is ["corpus", var path, ..])
{
    var chars = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 32_000_000;
    CorpusGenerator.WriteFile(path, chars);
    Console.WriteLine($"Wrote about {chars:N0} characters to {path}");
    return;
}

if (args is ["run-end-to-end", ..])
{
    var megabytes = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100;
    var folder = args.Length > 2 && args[2] != "--allocations" ? args[2] : Path.Combine(Path.GetTempPath(), "factminer-bench");
    using var sampler = args.Contains("--allocations") ? new AllocationSampler() : null;
    await EndToEndRun.RunAsync(megabytes, folder, sampler);
    sampler?.Print(30);
    return;
}

if (args is ["stage-times", var stageFolder, ..])
{
    // "--allocations" adds the types allocated most, sampled by the runtime (this slows the stages a little).
    using var sampler = args.Contains("--allocations") ? new AllocationSampler() : null;
    await StageTimes.RunAsync(stageFolder);
    sampler?.Print(25);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

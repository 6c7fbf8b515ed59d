using BenchmarkDotNet.Running;
using FactMiner.Benchmarks;

// "corpus PATH [CHARS]" writes the generated corpus for other tools; anything else goes to BenchmarkDotNet.
if (args is ["corpus", var path, ..])
{
    var chars = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 32_000_000;
    CorpusGenerator.WriteFile(path, chars);
    Console.WriteLine($"Wrote about {chars:N0} characters to {path}");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

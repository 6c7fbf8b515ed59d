// THROWAWAY: not committed; the lead wires the verbs.
using System.CommandLine;
var root = new RootCommand("factminer");
root.Subcommands.Add(FactMiner.Cli.Verbs.TrainVerb.Create());
return await root.Parse(args).InvokeAsync();

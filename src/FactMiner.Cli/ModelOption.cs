using System.CommandLine;

namespace FactMiner.Cli;

/// <summary><c>--model</c>, shared by the verbs that classify sentences.</summary>
internal static class ModelOption
{
    public static Option<string?> Create() => new("--model")
    {
        Description = "Topic model to use (default: the model shipped with factminer, models/topics.zip).",
    };
}

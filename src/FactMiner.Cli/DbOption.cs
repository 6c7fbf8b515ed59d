using System.CommandLine;

namespace FactMiner.Cli;

/// <summary><c>--db</c>, shared by every verb that works on the store.</summary>
internal static class DbOption
{
    public const string DefaultPath = "factminer.db";

    public static Option<string> Create() => new("--db")
    {
        Description = "The SQLite store to use (created when missing).",
        DefaultValueFactory = _ => DefaultPath,
    };
}

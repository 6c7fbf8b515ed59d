using System.Collections.Frozen;

namespace FactMiner.Web;

/// <summary>The page's HTML shell, script and style, compiled into the assembly: <c>factminer serve</c> needs no files beside it.</summary>
internal static class EmbeddedAssets
{
    private static readonly FrozenDictionary<string, string> Files = new[] { "index.html", "review.js", "review.css", "icon.svg" }
        .ToFrozenDictionary(name => name, Load, StringComparer.Ordinal);

    public static string Get(string name) => Files[name];

    private static string Load(string name)
    {
        using var stream = typeof(EmbeddedAssets).Assembly.GetManifestResourceStream("FactMiner.Web.Assets." + name)
            ?? throw new InvalidOperationException($"the build lost the embedded asset {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;

namespace FactMiner.Core.Storage;

/// <summary>Qualifier lists as the store keeps them, a JSON array of strings. Most lists are empty or hold one common
/// qualifier ("adult", "approximate"), so those are serialised once each.</summary>
internal static class QualifierJson
{
    private const int MaxRemembered = 1024;

    private static readonly ConcurrentDictionary<string, string> Single = new(StringComparer.Ordinal);

    public static string Of(ImmutableArray<string> qualifiers)
    {
        if (qualifiers.IsDefaultOrEmpty)
        {
            return "[]";
        }

        return qualifiers.Length == 1 && Single.Count < MaxRemembered
            ? Single.GetOrAdd(qualifiers[0], q => JsonSerializer.Serialize(new[] { q }))
            : JsonSerializer.Serialize(qualifiers.ToArray());
    }
}

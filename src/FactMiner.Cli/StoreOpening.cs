using System.Reflection;
using FactMiner.Core.Classification;
using FactMiner.Core.Storage;
using Microsoft.Data.Sqlite;

namespace FactMiner.Cli;

/// <summary>Opens the store for a verb, turning a refused or broken file into one clear line on stderr.</summary>
internal static class StoreOpening
{
    public static SqliteFactStore? Open(string path, TextWriter error)
    {
        try
        {
            return SqliteFactStore.Open(path);
        }
        catch (StoreVersionException e)
        {
            error.WriteLine($"error: {e.Message}");
        }
        catch (SqliteException e)
        {
            error.WriteLine($"error: cannot open store {path}: {e.Message}");
        }

        return null;
    }

    public static StoreVersions Versions(TopicClassifier classifier) => new(
        typeof(SqliteFactStore).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
        ModelVersion(classifier.ModelPath));

    /// <summary>The model's identity for provenance: its file name and the start of its content hash.</summary>
    private static string ModelVersion(string modelPath)
    {
        using var stream = File.OpenRead(modelPath);
        return $"{Path.GetFileName(modelPath)}@{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream))[..12]}";
    }
}

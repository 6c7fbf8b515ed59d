using System.Reflection;
using System.Security.Cryptography;
using FactMiner.Core.Classification;

namespace FactMiner.Core.Storage;

/// <summary>What produced a run's claims: recorded on the run, and so the provenance of every claim of the documents it
/// stored (the <c>claim_provenance</c> view shows them per claim).</summary>
/// <param name="Extractor">FactMiner's assembly version.</param>
/// <param name="Model">The topic model's identity (file hash prefix).</param>
public sealed record StoreVersions(string Extractor, string Model)
{
    /// <summary>This build of FactMiner with <paramref name="classifier"/>'s model: what <c>run</c> records.</summary>
    public static StoreVersions Of(TopicClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        return new StoreVersions(
            typeof(StoreVersions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
            ModelVersion(classifier.ModelPath));
    }

    /// <summary>The model's identity for provenance: its file name and the start of its content hash.</summary>
    private static string ModelVersion(string modelPath)
    {
        using var stream = File.OpenRead(modelPath);
        return $"{Path.GetFileName(modelPath)}@{Convert.ToHexStringLower(SHA256.HashData(stream))[..12]}";
    }
}

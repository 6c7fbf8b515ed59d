namespace FactMiner.Core.Storage;

/// <summary>The store file was written by a newer FactMiner: refusing beats corrupting it.</summary>
public sealed class StoreVersionException(string path, int fileVersion, int supportedVersion)
    : Exception($"{path} has schema version {fileVersion}, newer than this FactMiner supports ({supportedVersion}). Upgrade FactMiner, or use another --db.");

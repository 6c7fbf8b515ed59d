using FactMiner.Core.Model;

namespace FactMiner.Core.Storage;

/// <summary>Active claims loaded back from the store, with the row id of each contract claim id.</summary>
internal sealed record StoredClaims(IReadOnlyList<Claim> Numeric, IReadOnlyList<CategoricalClaim> Categorical, IReadOnlyDictionary<string, long> RowIds)
{
    private readonly Dictionary<string, (string? Subject, string Attribute)> keys =
        Numeric.Select(c => (c.Id, (c.Subject, c.Attribute)))
            .Concat(Categorical.Select(c => (c.Id, (c.Subject, c.Attribute))))
            .ToDictionary(p => p.Id, p => p.Item2, StringComparer.Ordinal);

    public (string? Subject, string Attribute)? Find(string claimId) => keys.TryGetValue(claimId, out var key) ? key : null;
}

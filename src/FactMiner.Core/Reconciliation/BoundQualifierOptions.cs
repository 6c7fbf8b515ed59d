using System.Collections.Frozen;

namespace FactMiner.Core.Reconciliation;

/// <summary>Qualifiers that shape a value rather than restrict when it holds: "up to 300 kg" is the bound x &lt;= 300.</summary>
public sealed record BoundQualifierOptions(FrozenSet<string> Upper, FrozenSet<string> Lower, FrozenSet<string> Approximate)
{
    public bool IsBound(string qualifier) => Upper.Contains(qualifier) || Lower.Contains(qualifier) || Approximate.Contains(qualifier);
}

namespace FactMiner.Core.Extraction;

/// <summary>The conditions a value can hold under, as the contract spells them (qualifier order follows this enum).</summary>
[Flags]
internal enum Conditions : byte
{
    None = 0,
    Male = 1,
    Female = 2,
    Adult = 4,
    Newborn = 8,
    Juvenile = 16,
    Wild = 32,
    Captive = 64,
    Domestic = 128,
}

namespace FactMiner.Core.Extraction;

/// <summary>The broad animal group a head noun belongs to; plausibility rules say which groups they apply to.</summary>
internal enum OrganismClass : byte
{
    Unknown,
    Mammal,
    Bird,
    Reptile,
    Amphibian,
    Fish,
    Invertebrate,
}

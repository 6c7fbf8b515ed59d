namespace FactMiner.Core.Tests.Extraction;

/// <summary>One value a peer suite expects, in the contract's quantity and SI.</summary>
internal sealed record PeerExpectation(string Quantity, double SiLow, double SiHigh, string Surface);

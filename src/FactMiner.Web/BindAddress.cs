namespace FactMiner.Web;

/// <summary>One URL the page listens on, and whether only this machine can reach it.</summary>
internal sealed record BindAddress(string Url, bool IsLoopback);

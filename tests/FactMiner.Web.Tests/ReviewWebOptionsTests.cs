namespace FactMiner.Web.Tests;

public sealed class ReviewWebOptionsTests : IDisposable
{
    private readonly string db = Path.GetTempFileName();

    public void Dispose() => File.Delete(db);

    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    [InlineData("http://127.0.0.1:5080;http://localhost:5081")]
    public void Problems_LoopbackWithoutToken_None(string urls) =>
        Assert.Empty(new ReviewWebOptions(db) { Urls = urls }.Problems());

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:5080")]
    [InlineData("http://[::]:5080")]
    [InlineData("http://192.168.1.20:5080")]
    [InlineData("http://review.example.org:5080")]
    [InlineData("http://127.0.0.1:5080;http://0.0.0.0:5081")]
    public void Problems_ReachableFromOtherMachinesWithoutToken_AsksForOne(string urls) =>
        Assert.Contains("--token", Assert.Single(new ReviewWebOptions(db) { Urls = urls }.Problems()));

    [Fact]
    public void Problems_ReachableWithLongToken_None() =>
        Assert.Empty(new ReviewWebOptions(db) { Urls = "http://0.0.0.0:5080", Token = "0123456789abcdef0123" }.Problems());

    [Fact]
    public void Problems_ShortTokenAndMissingStore_ListsBoth()
    {
        var problems = new ReviewWebOptions(db + ".missing") { Token = "short" }.Problems();

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("no store at", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("at least 16 characters", StringComparison.Ordinal));
    }
}

using FactMiner.Core.Storage;
using Microsoft.Data.Sqlite;

namespace FactMiner.Core.Tests.Storage;

public sealed class LinkInserterTests : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public LinkInserterTests()
    {
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = "CREATE TABLE links (owner_id INTEGER NOT NULL, claim_id INTEGER NOT NULL, PRIMARY KEY (owner_id, claim_id)) WITHOUT ROWID;";
        create.ExecuteNonQuery();
    }

    public void Dispose() => connection.Dispose();

    [Fact]
    public void AddThenFlush_MorePairsThanOneStatementHolds_StoresEveryPairOnceWhateverRepeats()
    {
        var pairs = Enumerable.Range(0, 70).Select(i => (Owner: (long)(i / 10), Claim: (long)i)).ToList();
        using (var links = new LinkInserter(connection, "links", "owner_id"))
        {
            foreach (var (owner, claim) in pairs.Append(pairs[3]).Append(pairs[65]))
            {
                links.Add(owner, claim);
            }

            links.Flush();
        }

        using var select = connection.CreateCommand();
        select.CommandText = "SELECT owner_id, claim_id FROM links ORDER BY claim_id;";
        using var reader = select.ExecuteReader();
        var stored = new List<(long, long)>();
        while (reader.Read())
        {
            stored.Add((reader.GetInt64(0), reader.GetInt64(1)));
        }

        Assert.Equal(pairs, stored);
    }
}

using Microsoft.Data.Sqlite;

namespace FactMiner.Core.Storage;

/// <summary>
/// Inserts (owner row, claim row) pairs into a link table (<c>fact_sources</c>, <c>flag_claims</c>), many pairs per
/// statement run: a run of SQLite's insert costs about as much for one small row as for dozens, and a reconciliation
/// writes about a million links. Pairs are held until a statement's worth is pending or <see cref="Flush"/> is called.
/// </summary>
internal sealed class LinkInserter : IDisposable
{
    private const int PairsPerStatement = 32;

    private readonly PreparedStatement many;
    private readonly PreparedStatement one;
    private readonly long[] pending = new long[2 * PairsPerStatement];
    private int count;

    /// <param name="table">Our own table name, never input; its first two columns are the pair.</param>
    public LinkInserter(SqliteConnection connection, string table, string ownerColumn)
    {
        var rows = string.Join(", ", Enumerable.Repeat("(?, ?)", PairsPerStatement));
        many = new PreparedStatement(connection, $"INSERT OR IGNORE INTO {table} ({ownerColumn}, claim_id) VALUES {rows};");
        one = new PreparedStatement(connection, $"INSERT OR IGNORE INTO {table} ({ownerColumn}, claim_id) VALUES (?, ?);");
    }

    public void Add(long owner, long claimRow)
    {
        pending[2 * count] = owner;
        pending[(2 * count) + 1] = claimRow;
        if (++count == PairsPerStatement)
        {
            for (var i = 0; i < pending.Length; i++)
            {
                many.Bind(i + 1, pending[i]);
            }

            many.Run();
            count = 0;
        }
    }

    /// <summary>Inserts the pairs still held, one statement run each.</summary>
    public void Flush()
    {
        for (var pair = 0; pair < count; pair++)
        {
            one.Bind(1, pending[2 * pair]);
            one.Bind(2, pending[(2 * pair) + 1]);
            one.Run();
        }

        count = 0;
    }

    public void Dispose()
    {
        many.Dispose();
        one.Dispose();
    }
}

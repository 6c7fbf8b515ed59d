using Microsoft.Data.Sqlite;

namespace FactMiner.Core.Storage;

/// <summary>Opens the store: WAL so curators can read while a run writes, migrations applied on open.</summary>
internal static class SqliteStoreConnection
{
    public static SqliteConnection Open(string path, bool readOnly = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        SqliteLibrarySettings.Apply();
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;");
            if (!readOnly)
            {
                Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
                Migrate(connection, path);
            }
            else
            {
                var version = UserVersion(connection);
                if (version > StoreSchema.LatestVersion)
                {
                    throw new StoreVersionException(path, version, StoreSchema.LatestVersion);
                }
            }

            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void Migrate(SqliteConnection connection, string path)
    {
        var version = UserVersion(connection);
        if (version > StoreSchema.LatestVersion)
        {
            throw new StoreVersionException(path, version, StoreSchema.LatestVersion);
        }

        if (version == StoreSchema.LatestVersion)
        {
            return;
        }

        // A migration may rebuild a table others refer to, which foreign-key enforcement would refuse half-way
        // (dropping the old table); each one's result is checked whole before it commits instead.
        Execute(connection, "PRAGMA foreign_keys = OFF;");
        try
        {
            for (var next = version; next < StoreSchema.LatestVersion; next++)
            {
                using var transaction = connection.BeginTransaction();
                Execute(connection, StoreSchema.Migrations[next], transaction);
                ThrowOnDanglingReference(connection, transaction, path, next + 1);
                // PRAGMA takes no parameters; the value is our own integer, never input.
                Execute(connection, $"PRAGMA user_version = {next + 1};", transaction);
                transaction.Commit();
            }
        }
        finally
        {
            Execute(connection, "PRAGMA foreign_keys = ON;");
        }
    }

    private static void ThrowOnDanglingReference(SqliteConnection connection, SqliteTransaction transaction, string path, int version)
    {
        using var check = connection.CreateCommand();
        check.Transaction = transaction;
        check.CommandText = "PRAGMA foreign_key_check;";
        using var reader = check.ExecuteReader();
        if (reader.Read())
        {
            throw new InvalidOperationException(
                $"{path}: upgrading the store to schema version {version} left a row of {reader.GetString(0)} referring to a missing row of {reader.GetString(2)}; the store is left as it was");
        }
    }

    internal static int UserVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Digitize.Catalog.Audit;

/// <summary>
/// Migration 6's step that makes the database itself refuse to change or remove an audit entry: the stores never do,
/// and a trigger keeps it so for anyone else with SQL access short of dropping the trigger (which needs the owner).
/// The trigger syntax differs between the engines, hence C# rather than shared SQL.
/// </summary>
internal static class AuditLogAppendOnly
{
    public static async Task RunAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        string[] statements = connection is SqliteConnection
            ?
            [
                "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
                "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
            ]
            :
            [
                """
                CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'the audit log is append-only';
                END
                $$
                """,
                "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
                "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
            ];
        foreach (string sql in statements)
        {
            await connection.ExecuteAsync(transaction, sql, null, cancellationToken);
        }
    }
}

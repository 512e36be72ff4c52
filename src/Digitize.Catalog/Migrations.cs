using System.Data.Common;

namespace Digitize.Catalog;

/// <summary>
/// The catalog's schema as numbered steps. SQL that SQLite and PostgreSQL both accept: <c>text</c>, <c>integer</c>,
/// <c>double precision</c>; times are ISO 8601 UTC text, JSON is text. Never edit a released step: add one.
/// </summary>
internal static class Migrations
{
    /// <summary>
    /// One step: its SQL statements, then, when data must be rewritten in ways SQL cannot say on both engines, a C#
    /// action in the same transaction.
    /// </summary>
    public sealed record Step(int Version, string Description, IReadOnlyList<string> Statements,
        Func<DbConnection, DbTransaction, CancellationToken, Task>? Action = null);

    public static int LatestVersion => Steps[^1].Version;

    public static readonly IReadOnlyList<Step> Steps =
    [
        new(1, "dossiers, files, pages, documents, fields, errors",
        [
            """
            CREATE TABLE dossiers (
                id            text PRIMARY KEY,
                label         text NOT NULL,
                status        text NOT NULL,
                pages_total   integer NOT NULL,
                pages_pending integer NOT NULL,
                created_at    text NOT NULL,
                updated_at    text NOT NULL
            )
            """,
            "CREATE INDEX ix_dossiers_label ON dossiers (label, created_at)",
            "CREATE INDEX ix_dossiers_status ON dossiers (status, created_at)",
            """
            CREATE TABLE files (
                dossier_id    text NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
                ordinal       integer NOT NULL,
                name          text NOT NULL,
                sha256        text NOT NULL,
                archived_path text,
                pages         integer NOT NULL,
                error         text,
                PRIMARY KEY (dossier_id, ordinal)
            )
            """,
            "CREATE INDEX ix_files_sha256 ON files (sha256)",
            """
            CREATE TABLE pages (
                dossier_id    text NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
                page          integer NOT NULL,
                file_name     text NOT NULL,
                page_in_file  integer NOT NULL,
                status        text NOT NULL,
                result_json   text,
                error_stage   text,
                error_message text,
                finished_at   text,
                PRIMARY KEY (dossier_id, page)
            )
            """,
            """
            CREATE TABLE page_details (
                dossier_id text NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
                page       integer NOT NULL,
                entry_json text NOT NULL,
                PRIMARY KEY (dossier_id, page)
            )
            """,
            """
            CREATE TABLE documents (
                dossier_id      text NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
                document_id     text NOT NULL,
                ordinal         integer NOT NULL,
                pages           text NOT NULL,
                text            text NOT NULL,
                mean_confidence double precision NOT NULL,
                pdf             text NOT NULL,
                document_json   text NOT NULL,
                PRIMARY KEY (dossier_id, document_id)
            )
            """,
            "CREATE INDEX ix_documents_document_id ON documents (document_id)",
            """
            CREATE TABLE document_fields (
                dossier_id  text NOT NULL,
                document_id text NOT NULL,
                name        text NOT NULL,
                value       text NOT NULL,
                confidence  double precision,
                PRIMARY KEY (dossier_id, document_id, name),
                FOREIGN KEY (dossier_id, document_id) REFERENCES documents (dossier_id, document_id) ON DELETE CASCADE
            )
            """,
            "CREATE INDEX ix_document_fields_name_value ON document_fields (name, value)",
            """
            CREATE TABLE errors (
                dossier_id text NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
                error_key  text NOT NULL,
                ordinal    integer NOT NULL,
                file       text NOT NULL,
                page       integer,
                stage      text NOT NULL,
                message    text NOT NULL,
                created_at text NOT NULL,
                PRIMARY KEY (dossier_id, error_key)
            )
            """,
        ]),
        new(2, "dossier stage, document issued date, paths relative to the data folder",
        [
            "ALTER TABLE dossiers ADD COLUMN stage text NOT NULL DEFAULT 'Page'",
            "ALTER TABLE documents ADD COLUMN issued_date text",
            "CREATE INDEX ix_documents_issued_date ON documents (issued_date)",
            "CREATE INDEX ix_documents_ordinal ON documents (dossier_id, ordinal)",
            "CREATE INDEX ix_dossiers_created ON dossiers (created_at, id)",
        ],
        RelativePathsMigration.RunAsync),
        new(3, "SHA-256 of each document's signed file, to find a document by its file",
        [
            "ALTER TABLE documents ADD COLUMN signed_sha256 text",
            "CREATE INDEX ix_documents_signed_sha256 ON documents (signed_sha256)",
        ]),
        new(4, "document versions for the search index, dossiers waiting for the index",
        [
            "ALTER TABLE documents ADD COLUMN version bigint NOT NULL DEFAULT 0",
            "ALTER TABLE dossiers ADD COLUMN index_pending integer NOT NULL DEFAULT 0",
            "CREATE INDEX ix_dossiers_index_pending ON dossiers (index_pending)",
        ]),
        new(5, "page warnings (a blank page): shown by status and the record, never failing the dossier",
        [
            """
            CREATE TABLE warnings (
                dossier_id text NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
                page       integer NOT NULL,
                file       text NOT NULL,
                stage      text NOT NULL,
                message    text NOT NULL,
                PRIMARY KEY (dossier_id, page, message)
            )
            """,
        ]),
        new(6, "portal accounts, API client systems, audit log",
        [
            """
            CREATE TABLE accounts (
                id                   text PRIMARY KEY,
                user_name            text NOT NULL,
                normalized_user_name text NOT NULL UNIQUE,
                display_name         text,
                password_hash        text,
                security_stamp       text NOT NULL,
                concurrency_stamp    text NOT NULL,
                role                 text NOT NULL,
                clearance            integer NOT NULL DEFAULT 0,
                lockout_enabled      integer NOT NULL DEFAULT 1,
                lockout_end          text,
                access_failed_count  integer NOT NULL DEFAULT 0,
                created_at           text NOT NULL
            )
            """,
            """
            CREATE TABLE api_clients (
                id         text PRIMARY KEY,
                name       text NOT NULL UNIQUE,
                key_hash   text NOT NULL UNIQUE,
                role       text NOT NULL,
                clearance  integer NOT NULL DEFAULT 0,
                created_at text NOT NULL,
                revoked_at text
            )
            """,
            // Append-only: the stores have no UPDATE or DELETE for it. Ids are UUIDv7, so they sort by time.
            """
            CREATE TABLE audit_log (
                id      text PRIMARY KEY,
                at      text NOT NULL,
                actor   text NOT NULL,
                action  text NOT NULL,
                target  text,
                detail  text,
                address text
            )
            """,
            "CREATE INDEX ix_audit_log_at ON audit_log (at, id)",
            "CREATE INDEX ix_audit_log_actor ON audit_log (actor, at)",
        ],
        Audit.AuditLogAppendOnly.RunAsync),
        new(7, "review queue: key-field confidence and revision of each document, signed versions, field corrections",
        [
            // The lowest key-field confidence (0: one is missing or rejected), kept when a document is saved, so that the
            // queue is a range scan on an index, not a read of every document's JSON, whatever threshold is configured.
            "ALTER TABLE documents ADD COLUMN review_confidence double precision NOT NULL DEFAULT 1",
            "ALTER TABLE documents ADD COLUMN reviewed_at text",
            "ALTER TABLE documents ADD COLUMN revision integer NOT NULL DEFAULT 1",
            "CREATE INDEX ix_documents_review ON documents (reviewed_at, review_confidence)",
            // No foreign key to documents: a document stage that is run again replaces the documents' rows, and the
            // signed versions and who corrected what must outlive that.
            """
            CREATE TABLE document_versions (
                dossier_id     text NOT NULL,
                document_id    text NOT NULL,
                version        integer NOT NULL,
                pdf            text NOT NULL,
                signed_sha256  text,
                signature_json text,
                fields_json    text NOT NULL,
                created_at     text NOT NULL,
                created_by     text NOT NULL,
                PRIMARY KEY (dossier_id, document_id, version)
            )
            """,
            """
            CREATE TABLE field_corrections (
                dossier_id   text NOT NULL,
                document_id  text NOT NULL,
                version      integer NOT NULL,
                field        text NOT NULL,
                old_value    text,
                new_value    text,
                confirmed    integer NOT NULL,
                corrected_by text NOT NULL,
                corrected_at text NOT NULL,
                PRIMARY KEY (dossier_id, document_id, version, field)
            )
            """,
            "CREATE INDEX ix_field_corrections_by ON field_corrections (corrected_by, corrected_at)",
        ],
        Review.ReviewMigration.RunAsync),
    ];

    /// <summary>
    /// Applies the missing steps up to <paramref name="targetVersion"/> in one transaction; safe when several processes
    /// start at once (PostgreSQL: an advisory transaction lock; SQLite: BEGIN IMMEDIATE). Returns the schema version.
    /// </summary>
    public static async Task<int> ApplyAsync(SqlDialect dialect, int targetVersion, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await dialect.PrepareDatabaseAsync(connection, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await dialect.LockForMigrationAsync(connection, transaction, cancellationToken);
        await connection.ExecuteAsync(transaction, """
            CREATE TABLE IF NOT EXISTS schema_version (
                version     integer PRIMARY KEY,
                description text NOT NULL,
                applied_at  text NOT NULL
            )
            """, null, cancellationToken);
        int current = (int)await connection.ScalarAsync<long>(transaction,
            "SELECT COALESCE(MAX(version), 0) FROM schema_version", null, cancellationToken);
        foreach (var step in Steps.Where(s => s.Version > current && s.Version <= targetVersion))
        {
            foreach (string statement in step.Statements)
            {
                await connection.ExecuteAsync(transaction, statement, null, cancellationToken);
            }
            if (step.Action is not null)
            {
                await step.Action(connection, transaction, cancellationToken);
            }
            await connection.ExecuteAsync(transaction,
                "INSERT INTO schema_version (version, description, applied_at) VALUES (@Version, @Description, @Now)",
                new { step.Version, step.Description, Now = CatalogSql.Now() }, cancellationToken);
            current = step.Version;
        }
        await transaction.CommitAsync(cancellationToken);
        return current;
    }

    /// <summary>The schema version stored in the catalog (0 when never migrated).</summary>
    public static async Task<int> GetVersionAsync(SqlDialect dialect, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await dialect.TableExistsAsync(connection, "schema_version", cancellationToken)
            ? (int)await connection.ScalarAsync<long>(null, "SELECT COALESCE(MAX(version), 0) FROM schema_version", null,
                cancellationToken)
            : 0;
    }
}

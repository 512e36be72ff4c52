namespace Digitize.Catalog;

/// <summary>
/// The catalog's schema as numbered steps. SQL that SQLite and PostgreSQL both accept: <c>text</c>, <c>integer</c>,
/// <c>double precision</c>; times are ISO 8601 UTC text, JSON is text. Never edit a released step: add one.
/// </summary>
internal static class Migrations
{
    public sealed record Step(int Version, string Description, IReadOnlyList<string> Statements);

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
    ];
}

using System.Globalization;
using Dapper;

namespace Digitize.Catalog;

/// <summary>
/// A WHERE clause built from the filters that are set. A filter left null adds nothing (rather than
/// <c>@x IS NULL OR …</c>, which PostgreSQL cannot type when the parameter is null).
/// </summary>
internal sealed class SqlConditions
{
    private readonly List<string> _clauses = [];

    public DynamicParameters Parameters { get; } = new();

    public void Add(string clause, string name, string? value)
    {
        if (value is not null)
        {
            _clauses.Add(clause);
            Parameters.Add(name, value);
        }
    }

    /// <summary>The document has the field with exactly this value (NFC), found through the document_fields rows.</summary>
    public void AddField(string field, string? value)
    {
        string name = "Field" + _clauses.Count.ToString(CultureInfo.InvariantCulture);
        if (value is not null)
        {
            Parameters.Add(name + "Name", field);
        }
        Add($"""
            EXISTS (SELECT 1 FROM document_fields f WHERE f.dossier_id = doc.dossier_id AND f.document_id = doc.document_id
                    AND f.name = @{name}Name AND f.value = @{name})
            """, name, value is null ? null : CatalogSql.Nfc(value));
    }

    public DynamicParameters WithPage(PageRequest page)
    {
        var parameters = new DynamicParameters(Parameters);
        parameters.Add("Limit", page.Size);
        parameters.Add("Offset", page.Offset);
        return parameters;
    }

    public override string ToString() => _clauses.Count == 0 ? "" : " WHERE " + string.Join(" AND ", _clauses);
}

using Digitize.Core.Dossiers;
using Digitize.Core.Errors;

namespace Digitize.Core.Search;

/// <summary>
/// One search: free text (with "quoted phrases", document numbers and CCCDs recognised by <see cref="ParsedQuery"/>),
/// filters, paging, and the caller's clearance, which every backend applies to hits, totals and facets alike.
/// </summary>
public sealed record SearchQuery
{
    public const int MaxTextLength = 1000;
    public const int MaxPageSize = 100;

    /// <exception cref="SearchQueryException">The query cannot be run; the message says why.</exception>
    public SearchQuery(string? text, Confidentiality clearance, string? documentType = null, string? organ = null,
        DateOnly? from = null, DateOnly? to = null, DossierId? dossier = null, int page = 1, int pageSize = 20)
    {
        Text = SearchText.Canonical(text ?? "").Trim();
        if (Text.Length > MaxTextLength)
        {
            throw new SearchQueryException($"the query has {Text.Length} characters; at most {MaxTextLength} are searched");
        }
        if (Text.Length == 0 && documentType is null && organ is null && from is null && to is null && dossier is null)
        {
            throw new SearchQueryException("the query is empty: give words to search for, or a filter (type, agency, dates, dossier)");
        }
        if (from > to)
        {
            throw new SearchQueryException($"the date range is backwards: from {from:yyyy-MM-dd} is after to {to:yyyy-MM-dd}");
        }
        if (page < 1 || pageSize < 1 || pageSize > MaxPageSize)
        {
            throw new SearchQueryException($"page {page} of size {pageSize}: pages count from 1 and hold 1 to {MaxPageSize} hits");
        }
        Clearance = clearance;
        DocumentType = Optional(documentType);
        Organ = Optional(organ);
        From = from;
        To = to;
        Dossier = dossier;
        Page = page;
        PageSize = pageSize;
        Parsed = ParsedQuery.Parse(Text);
    }

    public string Text { get; }

    public ParsedQuery Parsed { get; }

    public Confidentiality Clearance { get; }

    public string? DocumentType { get; }

    public string? Organ { get; }

    public DateOnly? From { get; }

    public DateOnly? To { get; }

    public DossierId? Dossier { get; }

    public int Page { get; }

    public int PageSize { get; }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : SearchText.Canonical(value.Trim());
}

/// <summary>A search that cannot be run as asked (empty, too long, dates backwards).</summary>
public sealed class SearchQueryException(string message) : DigitizeException(message)
{
    public override DigitizeExitCode ExitCode => DigitizeExitCode.BadArguments;
}

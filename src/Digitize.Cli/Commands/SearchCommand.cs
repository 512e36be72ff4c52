using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Digitize.Cli.Output;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;
using Digitize.Core.Search;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Digitize.Cli.Commands;

/// <summary>
/// <c>digitize search "QUERY" [--type T] [--organ O] [--from D] [--to D] [--dossier ID] [--page N] [--size N]
/// [--clearance LEVEL] [--json]</c>: full-text and field search over the index.
/// </summary>
internal static class SearchCommand
{
    private static readonly Argument<string> Query = new("QUERY")
    {
        Description = "Words (accents optional), \"quoted phrases\", document numbers (531/QĐ-UBND), CCCD numbers",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private static readonly Option<string?> Type = new("--type") { Description = "Only documents of this type (e.g. \"Quyết định\")" };
    private static readonly Option<string?> Organ = new("--organ") { Description = "Only documents issued by this agency" };
    private static readonly Option<DateOnly?> From = new("--from") { Description = "Issued on or after this date (yyyy-MM-dd)" };
    private static readonly Option<DateOnly?> To = new("--to") { Description = "Issued on or before this date (yyyy-MM-dd)" };
    private static readonly Option<string?> Dossier = new("--dossier") { Description = "Only this dossier's documents (its id)" };
    private static readonly Option<int> Page = new("--page") { Description = "Which page of hits", DefaultValueFactory = _ => 1 };
    private static readonly Option<int> Size = new("--size") { Description = "Hits per page", DefaultValueFactory = _ => 10 };
    private static readonly Option<Confidentiality> Clearance = new("--clearance")
    {
        Description = "The highest confidentiality level (độ mật) the caller may see: Public, Mat, ToiMat, TuyetMat",
        DefaultValueFactory = _ => Confidentiality.Public,
    };

    public static Command Create()
    {
        var command = new Command("search", "Full-text and field search over the signed documents")
        {
            Query, Type, Organ, From, To, Dossier, Page, Size, Clearance, IngestCommand.Json,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        DossierId? dossier = parse.GetValue(Dossier) is { } id
            ? DossierId.TryParse(id, out var parsed) ? parsed : throw new BadArgumentsException($"--dossier '{id}' is not a dossier id")
            : null;
        var query = new SearchQuery(parse.GetValue(Query), parse.GetValue(Clearance), parse.GetValue(Type), parse.GetValue(Organ),
            parse.GetValue(From), parse.GetValue(To), dossier, parse.GetValue(Page), parse.GetValue(Size));
        using var host = await GlobalOptions.StartHostAsync(parse, ct);
        var result = await host.Services.GetRequiredService<ISearchIndex>().SearchAsync(query, ct);
        if (parse.GetValue(IngestCommand.Json))
        {
            Console.WriteLine(JsonSerializer.Serialize(result, DossierRecord.JsonOptions));
        }
        else
        {
            Write(query, result);
        }
        return (int)DigitizeExitCode.Ok;
    }

    private static void Write(SearchQuery query, SearchResult result)
    {
        Console.WriteLine($"{result.Total} documents; page {query.Page}");
        int rank = (query.Page - 1) * query.PageSize;
        foreach (var hit in result.Hits)
        {
            rank++;
            string Field(string name) => hit.Fields.GetValueOrDefault(name) ?? "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{rank,3}. {RecordView.Escape(hit.Label)} {hit.DocumentId} ({hit.Score:0.00}) {RecordView.Escape(Field("documentType"))} " +
                $"{RecordView.Escape(Field("codeNumber"))}{(Field("codeNotation").Length > 0 ? "/" + RecordView.Escape(Field("codeNotation")) : "")} " +
                $"{Field("issuedDate")} {RecordView.Escape(Field("subject"))}"));
            foreach (string highlight in hit.Highlights)
            {
                // Highlights are HTML (the portal shows them); on a terminal the marks become brackets.
                Console.WriteLine("       " + RecordView.Escape(System.Net.WebUtility.HtmlDecode(
                    highlight.Replace("<mark>", "[", StringComparison.Ordinal).Replace("</mark>", "]", StringComparison.Ordinal))));
            }
        }
        foreach (var (facet, counts) in result.Facets.Where(f => f.Value.Count > 0))
        {
            Console.WriteLine($"{facet}: " + string.Join(", ", counts.Select(c => $"{RecordView.Escape(c.Value)} {c.Count}")));
        }
    }
}

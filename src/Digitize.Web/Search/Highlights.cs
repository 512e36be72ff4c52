using System.Net;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace Digitize.Web.Search;

/// <summary>
/// A search engine's snippet as HTML for a page. The engines already escape everything but <c>&lt;mark&gt;</c>; the page
/// does not rely on it: the text between the marks is decoded and encoded again, so only <c>&lt;mark&gt;</c> can ever
/// reach the browser as markup, whatever an engine (or a document's text) holds.
/// </summary>
public static partial class Highlights
{
    public static IHtmlContent ToHtml(string snippet)
    {
        var html = new HtmlContentBuilder();
        foreach (string part in MarkTags().Split(snippet))
        {
            if (part is "<mark>" or "</mark>")
            {
                html.AppendHtml(part);
            }
            else if (part.Length > 0)
            {
                html.AppendHtml(HtmlEncoder.Default.Encode(WebUtility.HtmlDecode(part)));
            }
        }
        return html;
    }

    [GeneratedRegex("(</?mark>)")]
    private static partial Regex MarkTags();
}

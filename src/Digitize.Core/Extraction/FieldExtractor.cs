using Digitize.Core.Pages;

namespace Digitize.Core.Extraction;

/// <summary>
/// Reads the key fields of one document (its pages in order) from the OCR words and their positions:
/// administrative documents (Nghị định 30/2020), party documents, procedure receipts and application forms.
/// Every value is validated; what fails is left out with a reason. Text that is none of these gives no fields.
/// </summary>
/// <threadsafety>Stateless; safe to call from any number of threads.</threadsafety>
public static class FieldExtractor
{
    public static ExtractionResult Extract(IReadOnlyList<PageResult> documentPages)
    {
        ArgumentNullException.ThrowIfNull(documentPages);
        var fields = new FieldCollector();
        var lines = PageLayout.Lines(documentPages);
        var kind = Classify(lines, out int titleIndex);
        switch (kind)
        {
            case DocumentKind.Receipt:
                ReceiptReader.Read(lines, fields);
                break;
            case DocumentKind.Application:
                ApplicationReader.Read(lines, titleIndex, fields);
                break;
            case DocumentKind.Administrative:
                AdministrativeReader.Read(lines, titleIndex, fields);
                break;
        }
        return fields.ToResult(kind, documentPages.Count);
    }

    private static DocumentKind Classify(IReadOnlyList<LayoutLine> lines, out int titleIndex)
    {
        titleIndex = Headings.TitleIndex(lines);
        var top = lines.Where(l => l.PageIndex == 0 && l.RelativeTop < 0.4).ToList();
        if (top.Any(l => Headings.IsReceiptTitle(l.Full)))
        {
            return DocumentKind.Receipt;
        }
        if (titleIndex >= 0 && Headings.IsApplicationTitle(lines[titleIndex].Full.Text))
        {
            return DocumentKind.Application;
        }
        var headingZone = top.Where(l => l.RelativeTop < Headings.HeadingZone).ToList();
        bool heading = headingZone.Any(l => Headings.IsNationalOrParty(l.Full) || Headings.IsNationalOrParty(l.Right));
        // A stamp printed over the national heading may leave it unreadable: the number and the place-date line
        // still say it is an administrative document.
        bool numberAndDate = headingZone.Any(l => NumberLine.In(l) is not null)
            && headingZone.Any(l => AdministrativeReader.IsPlaceAndDate(l.Right.IsEmpty ? l.Full : l.Right));
        return heading || numberAndDate || titleIndex >= 0 ? DocumentKind.Administrative : DocumentKind.Unknown;
    }
}

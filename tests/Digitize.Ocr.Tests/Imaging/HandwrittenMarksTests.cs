using Digitize.Core.Pages;
using Digitize.Ocr.Imaging;

namespace Digitize.Ocr.Tests.Imaging;

/// <summary>Marks at 300 dpi: printed letters 24–40 px tall (median 30), hand-written digits about 65 px.</summary>
public sealed class HandwrittenMarksTests
{
    private const int Dpi = 300;

    // A line of print: 120 letters of 24, 30 and 40 px (x-height, ascender, capital); the median is 30.
    private static List<PixelBox> PrintLine(int top)
    {
        var marks = new List<PixelBox>();
        for (int i = 0; i < 120; i++)
        {
            int height = (i % 3) switch { 0 => 24, 1 => 30, _ => 40 };
            marks.Add(new PixelBox(100 + 25 * i, top + 40 - height, 120 + 25 * i, top + 40));
        }
        return marks;
    }

    [Fact]
    public void Find_FindsTallNarrowStrokes_AmongPrint()
    {
        var marks = PrintLine(100);
        PixelBox digit = new(600, 80, 640, 145), day = new(1700, 85, 1738, 146);
        marks.AddRange([digit, day]);

        Assert.Equal([digit, day], HandwrittenMarks.Find(marks, Dpi));
    }

    [Fact]
    public void Find_KeepsBracketsCapitalsWithAccentsAndWideMarks()
    {
        var marks = PrintLine(100);
        // A bracket and "Ễ" with its marks joined (1.8 times the median), the emblem of a form (wide) and a rule.
        PixelBox bracket = new(50, 90, 62, 144), capital = new(80, 90, 120, 144), emblem = new(600, 500, 782, 596),
            frame = new(90, 300, 2500, 1000);
        marks.AddRange([bracket, capital, emblem, frame]);

        Assert.Empty(HandwrittenMarks.Find(marks, Dpi));
    }

    [Fact]
    public void Find_FindsNothing_OnAPageWithTooFewLettersToMeasure()
    {
        var marks = PrintLine(100).Take(50).ToList();
        marks.Add(new PixelBox(600, 80, 640, 145));

        Assert.Empty(HandwrittenMarks.Find(marks, Dpi));
    }

    [Fact]
    public void Find_RejectsNullMarks() =>
        Assert.Equal("marks", Assert.Throws<ArgumentNullException>(() => HandwrittenMarks.Find(null!, Dpi)).ParamName);
}

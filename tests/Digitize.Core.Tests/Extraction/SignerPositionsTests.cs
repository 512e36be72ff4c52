using Digitize.Core.Extraction;

namespace Digitize.Core.Tests.Extraction;

public sealed class SignerPositionsTests
{
    [Theory]
    [InlineData("TM. ỦY BAN NHÂN DÂN")]
    [InlineData("KT. CHỦ TỊCH")]
    [InlineData("PHÓ CHỦ TỊCH")]
    [InlineData("T/M BAN THƯỜNG VỤ")]
    [InlineData("PHÓ BÍ THƯ")]
    [InlineData("TL. GIÁM ĐỐC")]
    [InlineData("TRƯỞNG PHÒNG NỘI VỤ")]
    [InlineData("TM. HUYỆN ỦY")]
    [InlineData("PHÓ CHỦ TỊCH THƯỜNG TRỰC")]
    public void NormaliseLine_KeepsTheLine_WhenItsHeadIsAVocabularyPhrase(string line)
    {
        Assert.Equal(line, SignerPositions.NormaliseLine(line));
    }

    [Theory]
    [InlineData("PHÓ GHỦ TỊCH", "PHÓ CHỦ TỊCH")]
    [InlineData("TM. ỦY BAN NHÂN DẬN", "TM. ỦY BAN NHÂN DÂN")]
    [InlineData("KT. GIẤM ĐỐC", "KT. GIÁM ĐỐC")]
    [InlineData("TRƯỞNG PHÒMG NỘI VỤ", "TRƯỞNG PHÒNG NỘI VỤ")]
    public void NormaliseLine_PutsTheHeadRight_WhenItIsOneLetterOffAVocabularyPhrase(string line, string expected)
    {
        Assert.Equal(expected, SignerPositions.NormaliseLine(line));
    }

    [Theory]
    [InlineData("PHỒ GHỦ TỊCH", "PHÓ CHỦ TỊCH")]
    [InlineData("PHỎ CGHỦ TỊCH", "PHÓ CHỦ TỊCH")]
    [InlineData("TM. ỦY BAN NHẨN DẬN", "TM. ỦY BAN NHÂN DÂN")]
    public void NormaliseLine_PutsTheHeadRight_WhenBesidesOneLetterOnlyAMarkIsOff(string line, string expected)
    {
        Assert.Equal(expected, SignerPositions.NormaliseLine(line));
    }

    [Theory]
    [InlineData("PHÓGIÁM ĐỐC", "PHÓ GIÁM ĐỐC")]          // words glued
    [InlineData("PHỎGIÁM ĐỐC", "PHÓ GIÁM ĐỐC")]          // glued and a tone off
    [InlineData("PHÓ GI ÁM ĐỐC", "PHÓ GIÁM ĐỐC")]        // a word cut apart
    [InlineData("2° GIÁM ĐỐC", "GIÁM ĐỐC")]              // a speck before the line
    [InlineData("_GIÁM ĐỐC", "GIÁM ĐỐC")]
    [InlineData("TM,.ÚY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN")]   // the prefix's stop read as a comma, body glued
    [InlineData("KT, CHỦ TỊCH", "KT. CHỦ TỊCH")]
    [InlineData("K#-GIÁM ĐỐC", "KT. GIÁM ĐỐC")]           // KT's T read as # or 1
    [InlineData("K1. GIÁM ĐỐC", "KT. GIÁM ĐỐC")]
    [InlineData("K/T CHỦ TỊCH", "K/T CHỦ TỊCH")]
    [InlineData("PHÓ GILÁM ĐỐC", "PHÓ GIÁM ĐỐC")]
    [InlineData("PHÓ.-GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")]         // stops read between the words
    [InlineData("PHÓ.GEÁM ĐỐC", "PHÓ GIÁM ĐỐC")]
    [InlineData("M. ỦY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN")]   // TM.'s T lost
    public void NormaliseLine_ReadsThroughSpecksGluedWordsAndNoisyPrefixes(string line, string expected)
    {
        Assert.Equal(expected, SignerPositions.NormaliseLine(line));
    }

    [Theory]
    [InlineData("KT. GIÁM ĐỐC", true)]
    [InlineData("PHÓ GIÁM ĐỐC", true)]
    [InlineData("TRƯỞNG PHÒNG NỘI VỤ", false)]
    public void IsPhraseOnly_TellsAVocabularyLineFromOneWithAUnitName(string line, bool expected)
    {
        Assert.Equal(expected, SignerPositions.IsPhraseOnly(line));
    }

    [Theory]
    [InlineData("PHÓ GHỦ TỊNH")]
    [InlineData("KT. CHỦ")]
    [InlineData("SG NÀ VẼ")]
    [InlineData("UY BAN NHÂN DÂN")]
    [InlineData("QUYỀN GIÁM ĐỐC")]
    [InlineData("KT. GUM ĐỐC")]       // two letters off GIÁM ĐỐC
    [InlineData("TRƯỞNG KHU")]        // no phrase of the vocabulary, two letters off TRƯỞNG KHOA
    public void NormaliseLine_ReturnsNull_WhenNoPhraseIsWithinOneLetterOrTwoAreEquallyClose(string line)
    {
        Assert.Null(SignerPositions.NormaliseLine(line));
    }

    [Fact]
    public void Normalise_PutsBackTheDelegation_WhenAHeadsPositionStandsOverItsDeputys()
    {
        var lines = SignerPositions.Normalise(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "PHÓ CHỦ TỊCH"], out _);

        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], lines);
    }

    [Fact]
    public void Normalise_KeepsAHeadsPosition_WhenNoDeputysFollowsIt()
    {
        var lines = SignerPositions.Normalise(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], out _);

        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], lines);
    }

    [Theory]
    [InlineData("KCU GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC")]
    [InlineData("I{T. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH")]
    [InlineData("XT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH")]
    public void Normalise_ReadsAMarkBeforeAHeadsPositionAsKT_WhenItsDeputySignsBelow(string read, string below, string expected)
    {
        var lines = SignerPositions.Normalise([read, below], out string? problem);

        Assert.Null(problem);
        Assert.Equal([expected, below], lines);
    }

    [Theory]
    [InlineData("KCU GIÁM ĐỐC", "GIÁM ĐỐC")]      // no deputy below: the mark could be anything
    [InlineData("KCU GIÁM ĐỐC", "PHÓ CHỦ TỊCH")]  // another position's deputy
    public void Normalise_LeavesAMarkBeforeAPositionUnsure_WhenNoDeputyOfItSignsBelow(string read, string below)
    {
        Assert.Null(SignerPositions.Normalise([read, below], out string? problem));
        Assert.Contains(read, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("HÁM ĐỐC", "GIÁM ĐỐC")]
    [InlineData("Ủ TỊCH", "CHỦ TỊCH")]
    [InlineData("ÁM ĐỐC", "GIÁM ĐỐC")]
    [InlineData("ĐỐC", null)]             // too few letters: GIÁM ĐỐC, PHÓ GIÁM ĐỐC…
    public void NormaliseLine_ReadsAPositionWhoseFirstLettersTheSealTook(string read, string? expected)
    {
        Assert.Equal(expected, SignerPositions.NormaliseLine(read));
    }
}

using Digitize.Core.Errors;
using Microsoft.Extensions.Options;

namespace Digitize.Core.Tests.Errors;

public sealed class ExitCodesTests
{
    [Fact]
    public void For_MapsAnOptionsValidationFailure_ToTheConfigurationCode_WithTheMessagesThatNameTheSetting()
    {
        var failure = new OptionsValidationException("Catalog", typeof(object), ["Catalog:Provider 'Oracle' is not supported; use Sqlite or PostgreSql"]);

        var (code, message) = ExitCodes.For(failure);

        Assert.Equal(DigitizeExitCode.Configuration, code);
        Assert.Equal("Catalog:Provider 'Oracle' is not supported; use Sqlite or PostgreSql", message);
    }

    [Fact]
    public void For_KeepsTheCodeOfADigitizeException_AndUnwrapsASingleAggregate()
    {
        var notFound = new NotFoundException("no dossier with the id or label 'x'");

        Assert.Equal((DigitizeExitCode.NotFound, notFound.Message), ExitCodes.For(new AggregateException(notFound)));
        Assert.Equal(DigitizeExitCode.Interrupted, ExitCodes.For(new OperationCanceledException()).Code);
        Assert.Equal(DigitizeExitCode.OtherError, ExitCodes.For(new InvalidOperationException("x")).Code);
    }
}

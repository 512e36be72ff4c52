using Digitize.Signing.Keys;

namespace Digitize.Signing.Tests.Support;

public static class SecretAssert
{
    /// <summary>Fails if <paramref name="secret"/> shows anywhere in the exception: message, inner messages, ToString, Data.</summary>
    public static void NotShown(Exception exception, string secret)
    {
        Assert.False(string.IsNullOrEmpty(secret));
        for (var current = exception; current is not null; current = current.InnerException)
        {
            Assert.DoesNotContain(secret, current.Message, StringComparison.Ordinal);
            foreach (var value in current.Data.Values)
                Assert.DoesNotContain(secret, value?.ToString() ?? "", StringComparison.Ordinal);
        }

        Assert.DoesNotContain(secret, exception.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Runs <paramref name="open"/>, expects a <see cref="SigningKeyException"/> and checks no secret shows in it.</summary>
    public static SigningKeyException ThrowsWithout(Func<object> open, params string[] secrets)
    {
        var exception = Assert.Throws<SigningKeyException>(open);
        foreach (var secret in secrets)
            NotShown(exception, secret);
        return exception;
    }
}

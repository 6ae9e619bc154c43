namespace RulesSdk.Testing;

/// <summary>
/// A verification failed. Thrown by every verifier in this library instead of a test framework's
/// assertion exception, so the helpers work under xunit, NUnit, MSTest or a plain console host.
/// </summary>
public sealed class VerificationException : Exception
{
    public VerificationException()
    {
    }

    public VerificationException(string message)
        : base(message)
    {
    }

    public VerificationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

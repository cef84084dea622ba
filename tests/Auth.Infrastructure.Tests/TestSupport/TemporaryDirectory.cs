namespace Auth.Infrastructure.Tests.TestSupport;

internal sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory() => Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "auth-tests-" + Guid.NewGuid().ToString("N"));

    public string Path { get; }

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}

using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Auth.LoadTests.Running;

/// <summary>
/// One client's own keep-alive HTTP/1.1 connection, sending one authenticated GET again and again: the request's
/// bytes are built once, and each answer is read only as far as its status and its end (Content-Length or chunked).
/// The read scenarios use it because the generator shares the service's cores: HttpClient cost about 0.03 ms of CPU
/// per read there, a sixth of a whole read, while `pgbench -S`, which the reads are compared with, drives
/// PostgreSQL from C. Plain http only (the generator targets loopback); an https URL uses HttpClient.
/// </summary>
internal sealed class KeepAliveReader : IDisposable
{
    private const int BufferSize = 16 * 1024;
    private static readonly byte[] HeadEnd = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] LineEnd = "\r\n"u8.ToArray();

    private readonly EndPoint _endPoint;
    private readonly byte[] _request;
    private readonly byte[] _buffer = new byte[BufferSize];
    private Socket? _socket;
    private int _start;
    private int _end;

    public KeepAliveReader(Uri baseUrl, string path, string bearerToken)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (baseUrl.Scheme != "http") throw new ArgumentException("Only plain http is read over a raw connection.", nameof(baseUrl));
        _endPoint = IPAddress.TryParse(baseUrl.IdnHost.Trim('[', ']'), out var address)
            ? new IPEndPoint(address, baseUrl.Port)
            : new DnsEndPoint(baseUrl.IdnHost, baseUrl.Port);
        _request = Encoding.ASCII.GetBytes(
            $"GET {path} HTTP/1.1\r\nHost: {baseUrl.Authority}\r\nAuthorization: Bearer {bearerToken}\r\nUser-Agent: Auth.LoadTests/1.0\r\n\r\n");
    }

    /// <summary>
    /// Sends the request and reads the whole answer; Ok when it is 200. A failure drops the connection (the next call
    /// opens a new one) and is thrown on for <see cref="ClientSession"/> to count.
    /// </summary>
    public async Task<CallOutcome> GetAsync(CancellationToken ct)
    {
        try
        {
            _socket ??= await ConnectAsync(ct).ConfigureAwait(false);
            await _socket.SendAsync(_request, SocketFlags.None, ct).ConfigureAwait(false);
            var (status, closes) = await ReadResponseAsync(ct).ConfigureAwait(false);
            if (closes) Disconnect();
            return new CallOutcome(status == 200, status, null, null);
        }
        catch
        {
            Disconnect();
            throw;
        }
    }

    public void Dispose() => Disconnect();

    private async Task<Socket> ConnectAsync(CancellationToken ct)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(_endPoint, ct).ConfigureAwait(false);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private void Disconnect()
    {
        _socket?.Dispose();
        _socket = null;
        _start = _end = 0;
    }

    private async Task<(int Status, bool Closes)> ReadResponseAsync(CancellationToken ct)
    {
        var headLength = await FindAsync(HeadEnd, ct).ConfigureAwait(false);
        var head = Encoding.ASCII.GetString(_buffer, _start, headLength);
        _start += headLength + HeadEnd.Length;

        if (head.Length < 12 || !head.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) || !int.TryParse(head.AsSpan(9, 3), out var status))
            throw new InvalidDataException("The answer does not start with an HTTP/1.1 status line.");

        long? contentLength = null;
        var chunked = false;
        var closes = false;
        foreach (var line in head.Split("\r\n").Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) continue;
            var name = line.AsSpan(0, colon).Trim();
            var value = line.AsSpan(colon + 1).Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) contentLength = long.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
            else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)) chunked = value.Contains("chunked", StringComparison.OrdinalIgnoreCase);
            else if (name.Equals("Connection", StringComparison.OrdinalIgnoreCase)) closes = value.Equals("close", StringComparison.OrdinalIgnoreCase);
        }

        if (chunked) await SkipChunkedBodyAsync(ct).ConfigureAwait(false);
        else if (contentLength is { } length) await SkipAsync(length, ct).ConfigureAwait(false);
        else closes = true; // a body that ends when the connection does
        return (status, closes);
    }

    private async Task SkipChunkedBodyAsync(CancellationToken ct)
    {
        while (true)
        {
            var lineLength = await FindAsync(LineEnd, ct).ConfigureAwait(false);
            var sizeText = Encoding.ASCII.GetString(_buffer, _start, lineLength).Split(';')[0].Trim();
            _start += lineLength + LineEnd.Length;
            var size = long.Parse(sizeText, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
            if (size == 0) break;
            await SkipAsync(size + LineEnd.Length, ct).ConfigureAwait(false);
        }

        // Trailer fields, if any, then the empty line that ends the message.
        while (true)
        {
            var lineLength = await FindAsync(LineEnd, ct).ConfigureAwait(false);
            _start += lineLength + LineEnd.Length;
            if (lineLength == 0) return;
        }
    }

    /// <summary>The offset from <see cref="_start"/> at which <paramref name="marker"/> begins, reading until it arrives.</summary>
    private async Task<int> FindAsync(byte[] marker, CancellationToken ct)
    {
        while (true)
        {
            var found = _buffer.AsSpan(_start, _end - _start).IndexOf(marker);
            if (found >= 0) return found;
            await FillAsync(ct).ConfigureAwait(false);
        }
    }

    private async Task SkipAsync(long count, CancellationToken ct)
    {
        while (true)
        {
            var available = _end - _start;
            if (available >= count)
            {
                _start += (int)count;
                return;
            }

            count -= available;
            _start = _end;
            await FillAsync(ct).ConfigureAwait(false);
        }
    }

    private async Task FillAsync(CancellationToken ct)
    {
        if (_start == _end) _start = _end = 0;
        if (_end == _buffer.Length)
        {
            if (_start == 0) throw new InvalidDataException($"An answer's head or chunk line is longer than {BufferSize} bytes.");
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        var read = await _socket!.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None, ct).ConfigureAwait(false);
        if (read == 0) throw new IOException("The service closed the connection.");
        _end += read;
    }
}

namespace Auth.Domain.Primitives;

/// <summary>The outcome of an operation that yields a value on success.</summary>
public sealed class Result<TValue> : Result
{
    private readonly TValue? _value;

    private Result(TValue value) : base(null) => _value = value;

    private Result(Error error) : base(error) { }

    /// <summary>The value; reading it from a failure is a programming error.</summary>
    public TValue Value => IsSuccess
        ? _value!
        : throw new InvalidOperationException($"A failed result has no value ({Error!.Code}).");

    public static Result<TValue> From(TValue value) => new(value);

    public static new Result<TValue> Failure(Error error) => new(error ?? throw new ArgumentNullException(nameof(error)));

    public static implicit operator Result<TValue>(TValue value) => new(value);

    public static implicit operator Result<TValue>(Error error) => Failure(error);
}

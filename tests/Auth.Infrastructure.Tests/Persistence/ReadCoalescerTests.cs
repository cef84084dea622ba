using System.Threading.Channels;
using Auth.Infrastructure.Persistence;

namespace Auth.Infrastructure.Tests.Persistence;

/// <summary>
/// The coalescer with a load the test completes by hand: which keys each load gets, and what each lookup sees.
/// </summary>
public sealed class ReadCoalescerTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private readonly Channel<Load> _loads = Channel.CreateUnbounded<Load>();

    [Fact]
    public async Task ALoneLookup_IsLoadedAtOnce()
    {
        var coalescer = Coalescer();

        var lookup = coalescer.FindAsync("a", CancellationToken.None);
        var load = await NextLoadAsync();
        load.Complete(("a", "A"));

        Assert.Equal(["a"], load.Keys);
        Assert.Equal("A", await lookup);
    }

    [Fact]
    public async Task LookupsMadeWhileALoadRuns_ShareTheNextLoad_AndNeverJoinTheRunningOne()
    {
        var coalescer = Coalescer();
        var first = coalescer.FindAsync("a", CancellationToken.None);
        var running = await NextLoadAsync();

        var b = coalescer.FindAsync("b", CancellationToken.None);
        var c = coalescer.FindAsync("c", CancellationToken.None);
        var again = coalescer.FindAsync("a", CancellationToken.None);
        Assert.False(_loads.Reader.TryRead(out _));
        running.Complete(("a", "A before"));
        var next = await NextLoadAsync();
        next.Complete(("a", "A after"), ("b", "B"));

        Assert.Equal(["b", "c", "a"], next.Keys);
        Assert.Equal("A before", await first);
        Assert.Equal("A after", await again);
        Assert.Equal("B", await b);
        Assert.Null(await c);
    }

    [Fact]
    public async Task ARepeatedKey_WaitsForTheLoadAfter_SoEachLoadHasDistinctKeys()
    {
        var coalescer = Coalescer();
        _ = coalescer.FindAsync("x", CancellationToken.None);
        var running = await NextLoadAsync();
        var one = coalescer.FindAsync("a", CancellationToken.None);
        var two = coalescer.FindAsync("a", CancellationToken.None);

        running.Complete();
        var second = await NextLoadAsync();
        second.Complete(("a", "A1"));
        var third = await NextLoadAsync();
        third.Complete(("a", "A2"));

        Assert.Equal(["a"], second.Keys);
        Assert.Equal(["a"], third.Keys);
        Assert.Equal("A1", await one);
        Assert.Equal("A2", await two);
    }

    [Fact]
    public async Task ALoad_TakesAtMostMaxBatchKeys()
    {
        var coalescer = Coalescer(maxBatch: 2);
        _ = coalescer.FindAsync("x", CancellationToken.None);
        var running = await NextLoadAsync();
        var lookups = new[] { "b", "c", "d" }.Select(k => coalescer.FindAsync(k, CancellationToken.None)).ToList();

        running.Complete();
        var second = await NextLoadAsync();
        second.Complete(("b", "B"), ("c", "C"));
        var third = await NextLoadAsync();
        third.Complete(("d", "D"));

        Assert.Equal(["b", "c"], second.Keys);
        Assert.Equal(["d"], third.Keys);
        Assert.Equal(["B", "C", "D"], (await Task.WhenAll(lookups)).Select(v => v!));
    }

    [Fact]
    public async Task UpToMaxInFlightLoads_StartAtOnce()
    {
        var coalescer = Coalescer(maxInFlight: 2);

        var a = coalescer.FindAsync("a", CancellationToken.None);
        var first = await NextLoadAsync();
        var b = coalescer.FindAsync("b", CancellationToken.None);
        var second = await NextLoadAsync();
        second.Complete(("b", "B"));
        first.Complete(("a", "A"));

        Assert.Equal(["b"], second.Keys);
        Assert.Equal("B", await b);
        Assert.Equal("A", await a);
    }

    [Fact]
    public async Task AFailedLoad_FailsOnlyItsOwnLookups_AndTheNextLoadStillRuns()
    {
        var coalescer = Coalescer();
        var a = coalescer.FindAsync("a", CancellationToken.None);
        var running = await NextLoadAsync();
        var b = coalescer.FindAsync("b", CancellationToken.None);

        running.Fail(new TimeoutException("the database did not answer"));
        var next = await NextLoadAsync();
        next.Complete(("b", "B"));

        Assert.Equal("the database did not answer", (await Assert.ThrowsAsync<TimeoutException>(() => a)).Message);
        Assert.Equal("B", await b);
    }

    [Fact]
    public async Task ALookupWhoseCallerGivesUp_EndsAtOnce_AndTheOthersStillGetTheirValues()
    {
        var coalescer = Coalescer();
        var a = coalescer.FindAsync("a", CancellationToken.None);
        var running = await NextLoadAsync();
        using var giveUp = new CancellationTokenSource();
        var b = coalescer.FindAsync("b", giveUp.Token);
        var c = coalescer.FindAsync("c", CancellationToken.None);

        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => b);
        running.Complete(("a", "A"));
        (await NextLoadAsync()).Complete(("b", "B"), ("c", "C"));

        Assert.Equal("A", await a);
        Assert.Equal("C", await c);
    }

    private ReadCoalescer<string, string> Coalescer(int maxInFlight = 1, int maxBatch = 100) =>
        new(keys =>
        {
            var load = new Load(keys);
            Assert.True(_loads.Writer.TryWrite(load));
            return load.Result.Task;
        }, maxInFlight, maxBatch);

    private async Task<Load> NextLoadAsync() => await _loads.Reader.ReadAsync().AsTask().WaitAsync(Deadline);

    private sealed class Load(IReadOnlyList<string> keys)
    {
        public IReadOnlyList<string> Keys { get; } = keys;

        public TaskCompletionSource<IReadOnlyDictionary<string, string>> Result { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Complete(params (string Key, string Value)[] found) =>
            Result.SetResult(found.ToDictionary(f => f.Key, f => f.Value));

        public void Fail(Exception exception) => Result.SetException(exception);
    }
}

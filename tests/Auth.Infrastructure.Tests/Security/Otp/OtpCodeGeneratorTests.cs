using Auth.Infrastructure.Security.Otp;

namespace Auth.Infrastructure.Tests.Security.Otp;

public sealed class OtpCodeGeneratorTests
{
    private readonly OtpCodeGenerator _generator = new();

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(8)]
    [InlineData(32)]
    public void Generate_ReturnsExactlyTheRequestedNumberOfDigits(int length)
    {
        for (var i = 0; i < 200; i++)
        {
            var code = _generator.Generate(length);

            Assert.Equal(length, code.Length);
            Assert.All(code, c => Assert.InRange(c, '0', '9'));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(33)]
    public void Generate_WithAnUnreasonableLength_Throws(int length) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _generator.Generate(length));

    [Fact]
    public void Generate_SpreadsDigitsEvenlyOverEveryPosition_IncludingLeadingZeros()
    {
        const int codes = 20_000;
        var counts = new int[6, 10];
        for (var i = 0; i < codes; i++)
        {
            var code = _generator.Generate(6);
            for (var position = 0; position < 6; position++) counts[position, code[position] - '0']++;
        }

        // Expected 2000 per cell, standard deviation about 42: these bounds are more than 7 sigma away.
        for (var position = 0; position < 6; position++)
            for (var digit = 0; digit < 10; digit++)
                Assert.InRange(counts[position, digit], 1700, 2300);
    }

    [Fact]
    public void Generate_RarelyRepeatsACode()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => _generator.Generate(8)).ToList();

        Assert.True(codes.Distinct().Count() >= 990);
    }
}

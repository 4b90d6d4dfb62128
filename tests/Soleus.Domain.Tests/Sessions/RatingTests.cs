using Soleus.Domain.Sessions;

namespace Soleus.Domain.Tests.Sessions;

public sealed class RatingTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(10, true)]
    [InlineData(-1, false)]
    [InlineData(11, false)]
    public void IsValid_TheZeroToTenScale(int value, bool valid) => Assert.Equal(valid, Rating.IsValid(value));

    [Theory]
    [InlineData(null, false, false)]
    [InlineData(null, true, true)]
    [InlineData(5, true, false)]
    [InlineData(11, false, true)]
    [InlineData(-3, true, true)]
    public void Check_MissingOnlyWhenRequiredOutOfRangeAlways(int? value, bool required, bool problem)
    {
        var found = Rating.Check("painAfter", value, required);

        Assert.Equal(problem, found is not null);
        if (found is not null)
        {
            Assert.Equal(("painAfter", Rating.Rule), (found.Field, found.Message));
        }
    }
}

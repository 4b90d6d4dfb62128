using Soleus.Domain.Checks;

namespace Soleus.Domain.Tests.Checks;

public sealed class CheckedTests
{
    [Fact]
    public void Invalid_WithoutAProblem_Refused() => Assert.Throws<ArgumentException>(() => Checked.Invalid<int>([]));

    [Fact]
    public void From_ValueOnlyWhenThereIsNoProblem()
    {
        var calls = 0;

        var invalid = Checked.From([new FieldProblem("x", "wrong")], () => ++calls);
        var valid = Checked.From([], () => ++calls);

        Assert.False(invalid.IsValid);
        Assert.Equal(1, calls);
        Assert.Equal(1, valid.Value);
    }
}

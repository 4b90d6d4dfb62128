namespace Soleus.Domain.Checks;

/// <summary>
/// What is wrong with one field of what a person or a client sent. <see cref="Field"/> is the field's path as the
/// API names it ("minutesPerCalf", "answers.sharp-pain.left", "ratings[0].painAfter"); the pages name their form
/// fields the same way. <see cref="Message"/> says what is wrong and how to put it right, in words both doors show.
/// </summary>
public sealed record FieldProblem(string Field, string Message);

using System.ComponentModel.DataAnnotations;

namespace Soleus.Web.Hosting;

/// <summary>Settings under "Database": which provider, and its connection string (SQLite has a default).</summary>
public sealed class DatabaseOptions : IValidatableObject
{
    public const string Section = "Database";

    [Required]
    [RegularExpression("^(sqlite|postgres)$", ErrorMessage = "Database:Provider must be 'sqlite' or 'postgres'.")]
    public string Provider { get; set; } = "sqlite";

    public string? ConnectionString { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == "postgres" && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult("Database:ConnectionString is required when Database:Provider is 'postgres'.", [nameof(ConnectionString)]);
        }
    }
}

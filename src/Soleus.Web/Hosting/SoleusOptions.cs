using System.ComponentModel.DataAnnotations;

namespace Soleus.Web.Hosting;

/// <summary>Settings under "Soleus", checked when the app starts.</summary>
public sealed class SoleusOptions
{
    public const string Section = "Soleus";

    /// <summary>Where the SQLite file lives, relative to the app's content root unless absolute.</summary>
    [Required]
    public string DataFolder { get; set; } = "data";

    /// <summary>The number shown with an emergency verdict.</summary>
    [Required]
    [RegularExpression(@"^[0-9]{2,4}$", ErrorMessage = "Soleus:EmergencyNumber must be 2 to 4 digits, e.g. 112 or 999.")]
    public string EmergencyNumber { get; set; } = "112";

    /// <summary>Sign-in and registration attempts allowed per client address per minute, on each app instance.</summary>
    [Range(1, 10_000)]
    public int SignInAttemptsPerMinute { get; set; } = 10;
}

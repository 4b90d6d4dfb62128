namespace Soleus.Web.Data;

/// <summary>The kinds of audit event, and one way to add one to the unit of work in hand.</summary>
public static class Audit
{
    public const string SignInSucceeded = "sign-in-succeeded";
    public const string SignInFailed = "sign-in-failed";
    public const string SignInThrottled = "sign-in-throttled";
    public const string AccessRefused = "access-refused";
    public const string ScreeningStopped = "screening-stopped";
    public const string SafetyStop = "safety-stop";
    public const string Export = "export";
    public const string CalendarFeedMade = "calendar-feed-made";
    public const string AccountDeleted = "account-deleted";
    public const string PracticeCreated = "practice-created";
    public const string PracticeInvited = "practice-invited";
    public const string PracticeJoined = "practice-joined";
    public const string LinkConsented = "link-consented";
    public const string LinkEnded = "link-ended";
    public const string ClearanceRecorded = "clearance-recorded";
    public const string ClearanceEnded = "clearance-ended";
    public const string PlanAssigned = "plan-assigned";
    public const string PlanCleared = "plan-cleared";

    /// <summary>Adds the event, from the given client address; the caller's SaveChanges writes it with whatever else it saves.</summary>
    public static void Add(SoleusDb db, string kind, Guid? accountId, string? detail, string? address, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.AuditEvents.Add(new AuditEvent { At = now, AccountId = accountId, Kind = kind, Detail = detail, RemoteAddress = address });
    }
}

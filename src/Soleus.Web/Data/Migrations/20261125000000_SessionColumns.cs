using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Soleus.Web.Data.Migrations;

/// <summary>
/// Moves each session's legs, ratings and tender spots out of JSON text into plain columns (per-leg ratings and an
/// 18-bit spot number, <see cref="TenderSpotBits"/>), converting the rows already stored, and replaces the
/// (AccountId, StartedAt) index with the records index, which holds every column a session record needs: progress
/// reads a year of sessions from the index alone, without parsing JSON. The same SQL serves SQLite (3.38 or later) and PostgreSQL; only the function that
/// lists a JSON array differs.
/// </summary>
[DbContext(typeof(SoleusDb))]
[Migration("20261125000000_SessionColumns")]
public sealed class SessionColumns : Migration
{
    private static readonly string[] Legs = ["Left", "Right"];

    private static readonly string[] RatingFields = ["TightnessBefore", "PainBefore", "TightnessAfter", "PainAfter"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var elements = ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL"
            ? (Func<string, string>)(column => $"jsonb_array_elements(\"Sessions\".\"{column}\"::jsonb) AS e(value)")
            : column => $"json_each(\"Sessions\".\"{column}\") AS e";

        migrationBuilder.RenameColumn("TenderSpots", "Sessions", "TenderSpotsJson");
        migrationBuilder.AddColumn<int>("TenderSpots", "Sessions", nullable: false, defaultValue: 0);
        var assignments = new List<string>
        {
            $"""
            "TenderSpots" = COALESCE((SELECT CAST(SUM(DISTINCT 1 << (
                    CASE e.value ->> 'leg' WHEN 'left' THEN 0 WHEN 'right' THEN 9 END +
                    CASE e.value ->> 'zone' WHEN 'lower' THEN 0 WHEN 'mid' THEN 3 WHEN 'upper' THEN 6 END +
                    CASE e.value ->> 'lane' WHEN 'inner' THEN 0 WHEN 'centre' THEN 1 WHEN 'outer' THEN 2 END)) AS INTEGER)
                FROM {elements("TenderSpotsJson")}), 0)
            """,
        };
        foreach (var leg in Legs)
        {
            foreach (var field in RatingFields)
            {
                migrationBuilder.AddColumn<int>($"{leg}{field}", "Sessions", nullable: true);
                var camel = char.ToLowerInvariant(field[0]) + field[1..];
                assignments.Add($"""
                    "{leg}{field}" = (SELECT CAST(e.value ->> '{camel}' AS INTEGER) FROM {elements("Ratings")} WHERE e.value ->> 'leg' = '{leg.ToLowerInvariant()}')
                    """);
            }
        }

        migrationBuilder.Sql($"UPDATE \"Sessions\" SET {string.Join(",\n", assignments)}");
        foreach (var column in new[] { "Legs", "Ratings", "TenderSpotsJson" })
        {
            migrationBuilder.Sql($"ALTER TABLE \"Sessions\" DROP COLUMN \"{column}\"");
        }

        migrationBuilder.DropIndex("IX_Sessions_AccountId_StartedAt", "Sessions");
        migrationBuilder.CreateIndex(
            "IX_Sessions_Records",
            "Sessions",
            ["AccountId", "StartedAt", "EndedAt", "ClientId", .. Legs.SelectMany(leg => RatingFields.Select(field => leg + field)), "TenderSpots", "StopReason"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Sessions cannot go back to JSON columns: restore the backup taken before the upgrade.");
}

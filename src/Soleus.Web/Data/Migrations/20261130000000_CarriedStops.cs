using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Soleus.Web.Data.Migrations;

/// <summary>
/// Stops that carry forward: a table of clearances (what answers a carried stop, and later a clinician's clearance),
/// and the screenings kept with the verdict "seek-care", which no longer exists, read as what a clot sign is now,
/// "emergency", so the summary can still show them and their reasons.
/// </summary>
[DbContext(typeof(SoleusDb))]
[Migration("20261130000000_CarriedStops")]
public sealed class CarriedStops : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Clearances",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                AccountId = t.Column<Guid>(nullable: false),
                By = t.Column<string>(nullable: false),
                Who = t.Column<string>(nullable: false),
                SeenOn = t.Column<DateOnly>(nullable: false),
                RecordedAt = t.Column<long>(nullable: false),
                Reasons = t.Column<string>(nullable: false),
                Legs = t.Column<string>(nullable: false),
                Tools = t.Column<string>(nullable: true),
                ValidUntil = t.Column<long>(nullable: true),
                Note = t.Column<string>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Clearances", x => x.Id);
                t.ForeignKey("FK_Clearances_Accounts_AccountId", x => x.AccountId, "Accounts", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_Clearances_AccountId_RecordedAt", "Clearances", ["AccountId", "RecordedAt"]);
        migrationBuilder.Sql("""
            UPDATE "ScreeningEvents" SET "Verdict" = 'emergency', "Reasons" = REPLACE("Reasons", '"verdict":"seek-care"', '"verdict":"emergency"')
            WHERE "Verdict" = 'seek-care' OR "Reasons" LIKE '%"verdict":"seek-care"%'
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("Clearances");
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Soleus.Web.Data.Migrations;

/// <summary>
/// The first schema, written by hand (no EF design tools here). Column types are left to each provider, so the same
/// migration serves SQLite and PostgreSQL; instants are UTC ticks (bigint).
/// </summary>
[DbContext(typeof(SoleusDb))]
[Migration("20261124000000_Init")]
public sealed class Init : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Accounts",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Email = t.Column<string>(maxLength: 254, nullable: false),
                PasswordHash = t.Column<string>(nullable: false),
                CreatedAt = t.Column<long>(nullable: false),
                DisclaimerAcceptedAt = t.Column<long>(nullable: true),
                FailedSignIns = t.Column<int>(nullable: false),
                LockedUntil = t.Column<long>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_Accounts", x => x.Id));
        migrationBuilder.CreateIndex("IX_Accounts_Email", "Accounts", "Email", unique: true);

        migrationBuilder.CreateTable(
            name: "SignInSessions",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                AccountId = t.Column<Guid>(nullable: false),
                CreatedAt = t.Column<long>(nullable: false),
                LastSeenAt = t.Column<long>(nullable: false),
                EndedAt = t.Column<long>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_SignInSessions", x => x.Id);
                t.ForeignKey("FK_SignInSessions_Accounts_AccountId", x => x.AccountId, "Accounts", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_SignInSessions_AccountId", "SignInSessions", "AccountId");

        migrationBuilder.CreateTable(
            name: "Sessions",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                AccountId = t.Column<Guid>(nullable: false),
                ClientId = t.Column<Guid>(nullable: false),
                StartedAt = t.Column<long>(nullable: false),
                EndedAt = t.Column<long>(nullable: false),
                SavedAt = t.Column<long>(nullable: false),
                Legs = t.Column<string>(nullable: false),
                Ratings = t.Column<string>(nullable: false),
                TenderSpots = t.Column<string>(nullable: false),
                StopReason = t.Column<string>(nullable: true),
                Notes = t.Column<string>(nullable: true),
                Plan = t.Column<string>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Sessions", x => x.Id);
                t.ForeignKey("FK_Sessions_Accounts_AccountId", x => x.AccountId, "Accounts", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_Sessions_AccountId_ClientId", "Sessions", ["AccountId", "ClientId"], unique: true);
        migrationBuilder.CreateIndex("IX_Sessions_AccountId_StartedAt", "Sessions", ["AccountId", "StartedAt"]);

        migrationBuilder.CreateTable(
            name: "Profiles",
            columns: t => new
            {
                AccountId = t.Column<Guid>(nullable: false),
                AnsweredAt = t.Column<long>(nullable: false),
                Answers = t.Column<string>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Profiles", x => x.AccountId);
                t.ForeignKey("FK_Profiles_Accounts_AccountId", x => x.AccountId, "Accounts", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ScreeningEvents",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                AccountId = t.Column<Guid>(nullable: false),
                At = t.Column<long>(nullable: false),
                Verdict = t.Column<string>(nullable: false),
                Reasons = t.Column<string>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ScreeningEvents", x => x.Id);
                t.ForeignKey("FK_ScreeningEvents_Accounts_AccountId", x => x.AccountId, "Accounts", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ScreeningEvents_AccountId_At", "ScreeningEvents", ["AccountId", "At"]);

        migrationBuilder.CreateTable(
            name: "DataProtectionKeys",
            columns: t => new
            {
                Id = t.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                FriendlyName = t.Column<string>(nullable: false),
                Xml = t.Column<string>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_DataProtectionKeys", x => x.Id));
        migrationBuilder.CreateIndex("IX_DataProtectionKeys_FriendlyName", "DataProtectionKeys", "FriendlyName", unique: true);

        migrationBuilder.CreateTable(
            name: "AuditEvents",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                At = t.Column<long>(nullable: false),
                AccountId = t.Column<Guid>(nullable: true),
                Kind = t.Column<string>(maxLength: 40, nullable: false),
                Detail = t.Column<string>(maxLength: 200, nullable: true),
                RemoteAddress = t.Column<string>(maxLength: 45, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_AuditEvents", x => x.Id));
        migrationBuilder.CreateIndex("IX_AuditEvents_At", "AuditEvents", "At");
        migrationBuilder.CreateIndex("IX_AuditEvents_AccountId", "AuditEvents", "AccountId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "AuditEvents", "DataProtectionKeys", "ScreeningEvents", "Profiles", "Sessions", "SignInSessions", "Accounts" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}

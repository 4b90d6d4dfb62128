using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Soleus.Web.Data.Migrations;

/// <summary>Reminders: each person's own schedule and the hash of their calendar feed's token, going with the account.</summary>
[DbContext(typeof(SoleusDb))]
[Migration("20261204000001_Reminders")]
public sealed class RemindersTable : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Reminders",
            columns: t => new
            {
                AccountId = t.Column<Guid>(nullable: false),
                Days = t.Column<int>(nullable: false),
                Minute = t.Column<int>(nullable: false),
                FeedHash = t.Column<byte[]>(nullable: true),
                EventId = t.Column<Guid>(nullable: false),
                ChangedAt = t.Column<long>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Reminders", x => x.AccountId);
                t.ForeignKey("FK_Reminders_Accounts_AccountId", x => x.AccountId, "Accounts", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_Reminders_FeedHash", "Reminders", "FeedHash", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("Reminders");
}

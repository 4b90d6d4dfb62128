using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Soleus.Web.Data.Migrations;

/// <summary>
/// The password throttle counts in a table of its own, by email hash and source, instead of a lockout on the
/// account (which anyone could set off for anyone, and which only existing accounts had).
/// </summary>
[DbContext(typeof(SoleusDb))]
[Migration("20261201000000_PasswordAttempts")]
public sealed class PasswordAttemptsTable : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "PasswordAttempts",
            columns: t => new
            {
                EmailHash = t.Column<string>(maxLength: 64, nullable: false),
                Source = t.Column<string>(maxLength: 64, nullable: false),
                Count = t.Column<int>(nullable: false),
                NextAllowedAt = t.Column<long>(nullable: false),
                Trusted = t.Column<bool>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_PasswordAttempts", x => new { x.EmailHash, x.Source }));
        // Plain SQL: both databases drop a column (SQLite since 3.35), where EF's SQLite generator needs a model.
        migrationBuilder.Sql("""ALTER TABLE "Accounts" DROP COLUMN "FailedSignIns";""");
        migrationBuilder.Sql("""ALTER TABLE "Accounts" DROP COLUMN "LockedUntil";""");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("PasswordAttempts");
        migrationBuilder.Sql("""ALTER TABLE "Accounts" ADD COLUMN "FailedSignIns" INTEGER NOT NULL DEFAULT 0;""");
        migrationBuilder.Sql("""ALTER TABLE "Accounts" ADD COLUMN "LockedUntil" BIGINT NULL;""");
    }
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Soleus.Web.Data.Migrations;

/// <summary>The choices of a person's last plan, kept with the account so the questions page can offer them again.</summary>
[DbContext(typeof(SoleusDb))]
[Migration("20261202000000_LastPlan")]
public sealed class LastPlan : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "LastPlan", table: "Accounts", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""ALTER TABLE "Accounts" DROP COLUMN "LastPlan";""");
}

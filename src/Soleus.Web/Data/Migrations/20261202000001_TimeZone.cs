using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Soleus.Web.Data.Migrations;

/// <summary>The time zone a person's browser gave, kept with the account for the dates the pages write.</summary>
[DbContext(typeof(SoleusDb))]
[Migration("20261202000001_TimeZone")]
public sealed class TimeZone : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "TimeZone", table: "Accounts", maxLength: Account.TimeZoneLength, nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""ALTER TABLE "Accounts" DROP COLUMN "TimeZone";""");
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Soleus.Web.Data.Migrations;

/// <summary>A clinician's clearance may cap the minutes per calf of the plans made under it.</summary>
[DbContext(typeof(SoleusDb))]
[Migration("20261205000000_ClearanceCaps")]
public sealed class ClearanceCaps : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<int>(name: "MinutesCap", table: "Clearances", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "MinutesCap", table: "Clearances");
}

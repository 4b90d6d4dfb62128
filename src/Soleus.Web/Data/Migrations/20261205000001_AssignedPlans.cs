using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Soleus.Web.Data.Migrations;

/// <summary>Assigned plans: the plan a linked clinician set for each person, going with either account.</summary>
[DbContext(typeof(SoleusDb))]
[Migration("20261205000001_AssignedPlans")]
public sealed class AssignedPlansTable : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AssignedPlans",
            columns: t => new
            {
                PersonId = t.Column<Guid>(nullable: false),
                ClinicianId = t.Column<Guid>(nullable: false),
                Choices = t.Column<string>(nullable: false),
                SessionsAWeek = t.Column<int>(nullable: false),
                AssignedAt = t.Column<long>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_AssignedPlans", x => x.PersonId);
                t.ForeignKey("FK_AssignedPlans_Accounts_ClinicianId", x => x.ClinicianId, "Accounts", "Id", onDelete: ReferentialAction.Cascade);
                t.ForeignKey("FK_AssignedPlans_Accounts_PersonId", x => x.PersonId, "Accounts", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_AssignedPlans_ClinicianId", "AssignedPlans", "ClinicianId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("AssignedPlans");
}

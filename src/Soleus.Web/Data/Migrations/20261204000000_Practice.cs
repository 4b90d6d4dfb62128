using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Soleus.Web.Data.Migrations;

/// <summary>
/// Practices: the practices, their members (an account's role in one), the one-time codes that invite members, the
/// codes clinicians hand people to link, and the links people consented to. Codes are kept only as hashes.
/// </summary>
[DbContext(typeof(SoleusDb))]
[Migration("20261204000000_Practice")]
public sealed class PracticeTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Practices",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Name = t.Column<string>(maxLength: 100, nullable: false),
                CreatedAt = t.Column<long>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_Practices", x => x.Id));

        migrationBuilder.CreateTable(
            name: "PracticeMembers",
            columns: t => new
            {
                AccountId = t.Column<Guid>(nullable: false),
                PracticeId = t.Column<Guid>(nullable: false),
                Role = t.Column<string>(maxLength: 20, nullable: false),
                JoinedAt = t.Column<long>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_PracticeMembers", x => x.AccountId);
                t.ForeignKey("FK_PracticeMembers_Accounts_AccountId", x => x.AccountId, "Accounts", "Id", onDelete: ReferentialAction.Cascade);
                t.ForeignKey("FK_PracticeMembers_Practices_PracticeId", x => x.PracticeId, "Practices", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_PracticeMembers_PracticeId", "PracticeMembers", "PracticeId");

        migrationBuilder.CreateTable(
            name: "PracticeInvites",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                PracticeId = t.Column<Guid>(nullable: false),
                Email = t.Column<string>(maxLength: 254, nullable: false),
                Role = t.Column<string>(maxLength: 20, nullable: false),
                CodeHash = t.Column<byte[]>(nullable: false),
                CreatedAt = t.Column<long>(nullable: false),
                ExpiresAt = t.Column<long>(nullable: false),
                UsedAt = t.Column<long>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_PracticeInvites", x => x.Id);
                t.ForeignKey("FK_PracticeInvites_Practices_PracticeId", x => x.PracticeId, "Practices", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_PracticeInvites_CodeHash", "PracticeInvites", "CodeHash", unique: true);
        migrationBuilder.CreateIndex("IX_PracticeInvites_PracticeId", "PracticeInvites", "PracticeId");

        migrationBuilder.CreateTable(
            name: "LinkCodes",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                ClinicianId = t.Column<Guid>(nullable: false),
                CodeHash = t.Column<byte[]>(nullable: false),
                CreatedAt = t.Column<long>(nullable: false),
                ExpiresAt = t.Column<long>(nullable: false),
                UsedAt = t.Column<long>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_LinkCodes", x => x.Id);
                t.ForeignKey("FK_LinkCodes_Accounts_ClinicianId", x => x.ClinicianId, "Accounts", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_LinkCodes_ClinicianId", "LinkCodes", "ClinicianId");
        migrationBuilder.CreateIndex("IX_LinkCodes_CodeHash", "LinkCodes", "CodeHash", unique: true);

        migrationBuilder.CreateTable(
            name: "PatientLinks",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                PersonId = t.Column<Guid>(nullable: false),
                ClinicianId = t.Column<Guid>(nullable: false),
                ConsentedAt = t.Column<long>(nullable: false),
                EndedAt = t.Column<long>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_PatientLinks", x => x.Id);
                t.ForeignKey("FK_PatientLinks_Accounts_ClinicianId", x => x.ClinicianId, "Accounts", "Id", onDelete: ReferentialAction.Cascade);
                t.ForeignKey("FK_PatientLinks_Accounts_PersonId", x => x.PersonId, "Accounts", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_PatientLinks_ClinicianId", "PatientLinks", "ClinicianId");
        migrationBuilder.CreateIndex("IX_PatientLinks_PersonId", "PatientLinks", "PersonId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("PatientLinks");
        migrationBuilder.DropTable("LinkCodes");
        migrationBuilder.DropTable("PracticeInvites");
        migrationBuilder.DropTable("PracticeMembers");
        migrationBuilder.DropTable("Practices");
    }
}

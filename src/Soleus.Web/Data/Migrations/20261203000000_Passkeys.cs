using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Soleus.Web.Data.Migrations;

/// <summary>
/// Passkeys: a table of each person's passkeys, and one of the passkey ceremonies under way (their options and
/// challenge, kept between asking and answering). Both go with the account.
/// </summary>
[DbContext(typeof(SoleusDb))]
[Migration("20261203000000_Passkeys")]
public sealed class PasskeysTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Passkeys",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                AccountId = t.Column<Guid>(nullable: false),
                CredentialId = t.Column<byte[]>(nullable: false),
                PublicKey = t.Column<byte[]>(nullable: false),
                SignCount = t.Column<long>(nullable: false),
                UserHandle = t.Column<byte[]>(nullable: false),
                Name = t.Column<string>(maxLength: 60, nullable: false),
                CreatedAt = t.Column<long>(nullable: false),
                LastUsedAt = t.Column<long>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Passkeys", x => x.Id);
                t.ForeignKey("FK_Passkeys_Accounts_AccountId", x => x.AccountId, "Accounts", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_Passkeys_AccountId", "Passkeys", "AccountId");
        migrationBuilder.CreateIndex("IX_Passkeys_CredentialId", "Passkeys", "CredentialId", unique: true);

        migrationBuilder.CreateTable(
            name: "PasskeyChallenges",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                AccountId = t.Column<Guid>(nullable: true),
                Options = t.Column<string>(nullable: false),
                ExpiresAt = t.Column<long>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_PasskeyChallenges", x => x.Id);
                t.ForeignKey("FK_PasskeyChallenges_Accounts_AccountId", x => x.AccountId, "Accounts", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_PasskeyChallenges_AccountId", "PasskeyChallenges", "AccountId");
        migrationBuilder.CreateIndex("IX_PasskeyChallenges_ExpiresAt", "PasskeyChallenges", "ExpiresAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("PasskeyChallenges");
        migrationBuilder.DropTable("Passkeys");
    }
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Soleus.Web.Data.Migrations;

/// <summary>
/// Each account counts the sessions ever stored for it: a column filled with today's count, and a trigger that adds one
/// in the same transaction as each insert into Sessions, whoever makes it. Reading 200 people's counts is then 200 key
/// lookups, where their count and highest id took a pass over every one of their sessions (a clinician's patient list).
/// </summary>
[DbContext(typeof(SoleusDb))]
[Migration("20261206000000_SessionsSaved")]
public sealed class SessionsSaved : Migration
{
    public const string Trigger = "Sessions_Saved";

    private const string Increment = """UPDATE "Accounts" SET "SessionsSaved" = "SessionsSaved" + 1 WHERE "Id" = NEW."AccountId";""";

    private bool Postgres => ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<long>(name: "SessionsSaved", table: "Accounts", nullable: false, defaultValue: 0L);
        migrationBuilder.Sql("""UPDATE "Accounts" SET "SessionsSaved" = (SELECT COUNT(*) FROM "Sessions" WHERE "Sessions"."AccountId" = "Accounts"."Id");""");
        migrationBuilder.Sql(Postgres
            ? $"""
              CREATE FUNCTION sessions_saved() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {Increment} RETURN NULL; END $$;
              CREATE TRIGGER "{Trigger}" AFTER INSERT ON "Sessions" FOR EACH ROW EXECUTE FUNCTION sessions_saved();
              """
            : $"""CREATE TRIGGER "{Trigger}" AFTER INSERT ON "Sessions" BEGIN {Increment} END;""");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(Postgres
            ? $"""DROP TRIGGER "{Trigger}" ON "Sessions"; DROP FUNCTION sessions_saved();"""
            : $"""DROP TRIGGER "{Trigger}";""");
        migrationBuilder.DropColumn(name: "SessionsSaved", table: "Accounts");
    }
}

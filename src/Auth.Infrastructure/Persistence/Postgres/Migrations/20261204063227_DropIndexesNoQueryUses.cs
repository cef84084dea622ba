using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Auth.Infrastructure.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DropIndexesNoQueryUses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_sessions_user_id",
                table: "sessions");

            migrationBuilder.DropIndex(
                name: "ix_refresh_tokens_is_revoked",
                table: "refresh_tokens");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_sessions_user_id",
                table: "sessions",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_refresh_tokens_is_revoked",
                table: "refresh_tokens",
                column: "is_revoked");
        }
    }
}

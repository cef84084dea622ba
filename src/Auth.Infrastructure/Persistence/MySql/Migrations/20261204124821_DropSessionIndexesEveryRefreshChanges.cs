using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Auth.Infrastructure.Persistence.MySql.Migrations
{
    /// <inheritdoc />
    public partial class DropSessionIndexesEveryRefreshChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_sessions_expires_at",
                table: "sessions");

            migrationBuilder.DropIndex(
                name: "ix_sessions_user_id_last_used_at",
                table: "sessions");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_sessions_expires_at",
                table: "sessions",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_sessions_user_id_last_used_at",
                table: "sessions",
                columns: new[] { "user_id", "last_used_at" });
        }
    }
}

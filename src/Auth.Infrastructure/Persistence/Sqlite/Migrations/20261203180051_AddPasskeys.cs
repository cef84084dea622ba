using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Auth.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddPasskeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "passkey_count",
                table: "users",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "passkey_challenges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ceremony = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    challenge_hash = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    options = table.Column<string>(type: "TEXT", maxLength: 8192, nullable: false),
                    expires_at = table.Column<long>(type: "INTEGER", nullable: false),
                    used_at = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_passkey_challenges", x => x.id);
                    table.ForeignKey(
                        name: "fk_passkey_challenges_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "passkeys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credential_id = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    user_handle = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    public_key = table.Column<byte[]>(type: "BLOB", maxLength: 2048, nullable: false),
                    sign_count = table.Column<long>(type: "INTEGER", nullable: false),
                    transports = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    aaguid = table.Column<Guid>(type: "TEXT", nullable: false),
                    backup_eligible = table.Column<bool>(type: "INTEGER", nullable: false),
                    backed_up = table.Column<bool>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    last_used_at = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_passkeys", x => x.id);
                    table.ForeignKey(
                        name: "fk_passkeys_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_passkey_challenges_expires_at",
                table: "passkey_challenges",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_passkey_challenges_user_id",
                table: "passkey_challenges",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ux_passkey_challenges_challenge_hash",
                table: "passkey_challenges",
                column: "challenge_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_passkeys_user_id",
                table: "passkeys",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ux_passkeys_credential_id",
                table: "passkeys",
                column: "credential_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "passkey_challenges");

            migrationBuilder.DropTable(
                name: "passkeys");

            migrationBuilder.DropColumn(
                name: "passkey_count",
                table: "users");
        }
    }
}

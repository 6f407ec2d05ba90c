using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parta.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ChatAvatarsInFileStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<byte[]>(
                name: "Data",
                table: "ChatAvatars",
                type: "bytea",
                nullable: true,
                oldClrType: typeof(byte[]),
                oldType: "bytea");

            migrationBuilder.AddColumn<string>(
                name: "StorageKey",
                table: "ChatAvatars",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "StorageKey",
                table: "ChatAvatars");

            migrationBuilder.AlterColumn<byte[]>(
                name: "Data",
                table: "ChatAvatars",
                type: "bytea",
                nullable: false,
                defaultValue: new byte[0],
                oldClrType: typeof(byte[]),
                oldType: "bytea",
                oldNullable: true);
        }
    }
}

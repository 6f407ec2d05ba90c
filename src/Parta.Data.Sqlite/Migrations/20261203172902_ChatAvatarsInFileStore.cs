using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parta.Data.Sqlite.Migrations
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
                type: "BLOB",
                nullable: true,
                oldClrType: typeof(byte[]),
                oldType: "BLOB");

            migrationBuilder.AddColumn<string>(
                name: "StorageKey",
                table: "ChatAvatars",
                type: "TEXT",
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
                type: "BLOB",
                nullable: false,
                defaultValue: new byte[0],
                oldClrType: typeof(byte[]),
                oldType: "BLOB",
                oldNullable: true);
        }
    }
}

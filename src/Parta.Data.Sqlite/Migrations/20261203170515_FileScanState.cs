using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parta.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FileScanState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ScanState",
                table: "StoredFiles",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Threat",
                table: "StoredFiles",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_StoredFiles_ScanState",
                table: "StoredFiles",
                column: "ScanState");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StoredFiles_ScanState",
                table: "StoredFiles");

            migrationBuilder.DropColumn(
                name: "ScanState",
                table: "StoredFiles");

            migrationBuilder.DropColumn(
                name: "Threat",
                table: "StoredFiles");
        }
    }
}

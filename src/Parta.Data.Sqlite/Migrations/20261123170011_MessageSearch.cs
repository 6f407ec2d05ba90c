using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parta.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MessageSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Messages",
                type: "TEXT",
                maxLength: 4002,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Messages");
        }
    }
}

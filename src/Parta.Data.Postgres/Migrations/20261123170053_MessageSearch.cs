using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parta.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MessageSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Messages_Text",
                table: "Messages",
                column: "Text")
                .Annotation("Npgsql:IndexMethod", "GIN")
                .Annotation("Npgsql:TsVectorConfig", "russian");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Messages_Text",
                table: "Messages");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parta.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StudentChatRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TeacherStudentChatCompanion",
                table: "Organizations",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");
            migrationBuilder.Sql(Parta.Data.DataFixes.StudentChatRulesStartAsTheSpecSays);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TeacherStudentChatCompanion",
                table: "Organizations");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parta.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class UnlinkedParentsLeaveSchoolChats : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Parta.Data.DataFixes.UnlinkedParentsLeaveSchoolChats);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The next roster reconcile gives back every row the rule then allows.
        }
    }
}

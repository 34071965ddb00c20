using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerCopilot.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class JobSourceIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Jobs_UserId_Source",
                table: "Jobs",
                columns: new[] { "UserId", "Source" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Jobs_UserId_Source",
                table: "Jobs");
        }
    }
}

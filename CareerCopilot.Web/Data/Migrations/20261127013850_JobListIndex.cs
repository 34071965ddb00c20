using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerCopilot.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class JobListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Jobs_UserId_Id",
                table: "Jobs");

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_UserId_Id_SearchText",
                table: "Jobs",
                columns: new[] { "UserId", "Id", "SearchText" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Jobs_UserId_Id_SearchText",
                table: "Jobs");

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_UserId_Id",
                table: "Jobs",
                columns: new[] { "UserId", "Id" });
        }
    }
}

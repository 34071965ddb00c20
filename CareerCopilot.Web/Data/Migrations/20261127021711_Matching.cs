using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerCopilot.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Matching : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Revision",
                table: "Profiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Every user needs a profile row from now on: it carries the revision that keys their cached scores.
            migrationBuilder.Sql(
                "INSERT INTO Profiles (UserId, TimeZone, MorningDigest, EveningDigest, AlertMinScore, Revision) " +
                "SELECT Id, 'UTC', 1, 1, 80, 0 FROM AspNetUsers WHERE Id NOT IN (SELECT UserId FROM Profiles);");

            migrationBuilder.CreateTable(
                name: "AppSettings",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppSettings", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "JobFeedback",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<int>(type: "INTEGER", nullable: false),
                    JobId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JobFeedback_Jobs_JobId",
                        column: x => x.JobId,
                        principalTable: "Jobs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JobFeedback_JobId",
                table: "JobFeedback",
                column: "JobId");

            migrationBuilder.CreateIndex(
                name: "IX_JobFeedback_UserId_JobId_Kind",
                table: "JobFeedback",
                columns: new[] { "UserId", "JobId", "Kind" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppSettings");

            migrationBuilder.DropTable(
                name: "JobFeedback");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "Profiles");
        }
    }
}

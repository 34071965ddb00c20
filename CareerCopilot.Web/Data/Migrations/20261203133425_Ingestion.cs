using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerCopilot.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Ingestion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PostingId",
                table: "Jobs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceId",
                table: "Jobs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "IngestionRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<int>(type: "INTEGER", nullable: true),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    QueuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    JobsAdded = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestionRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IngestionRuns_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Postings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Board = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Company = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Remote = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EmploymentType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    SalaryMin = table.Column<int>(type: "INTEGER", nullable: true),
                    SalaryMax = table.Column<int>(type: "INTEGER", nullable: true),
                    SalaryCurrency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    SalaryPeriod = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    SalaryEstimated = table.Column<bool>(type: "INTEGER", nullable: false),
                    DescriptionHtml = table.Column<string>(type: "TEXT", nullable: true),
                    DescriptionText = table.Column<string>(type: "TEXT", nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ApplyUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PostedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ValidThrough = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Tags = table.Column<string>(type: "TEXT", nullable: false),
                    Skills = table.Column<string>(type: "TEXT", nullable: false),
                    CompanyKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TitleKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LocationKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Fingerprint = table.Column<long>(type: "INTEGER", nullable: false),
                    PossibleDuplicateOfId = table.Column<int>(type: "INTEGER", nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Postings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Postings_Postings_PossibleDuplicateOfId",
                        column: x => x.PossibleDuplicateOfId,
                        principalTable: "Postings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastRunAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastRunStatus = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    LastRunJobsAdded = table.Column<int>(type: "INTEGER", nullable: false),
                    LastRunError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sources_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IngestionRunSources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Fetched = table.Column<int>(type: "INTEGER", nullable: false),
                    NewPostings = table.Column<int>(type: "INTEGER", nullable: false),
                    Duplicates = table.Column<int>(type: "INTEGER", nullable: false),
                    Skipped = table.Column<int>(type: "INTEGER", nullable: false),
                    JobsAdded = table.Column<int>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PostingIds = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestionRunSources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IngestionRunSources_IngestionRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "IngestionRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PostingLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PostingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Board = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UrlKey = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostingLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PostingLinks_Postings_PostingId",
                        column: x => x.PostingId,
                        principalTable: "Postings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PostingDeliveries",
                columns: table => new
                {
                    UserId = table.Column<int>(type: "INTEGER", nullable: false),
                    PostingId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: true),
                    DeliveredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostingDeliveries", x => new { x.UserId, x.PostingId });
                    table.ForeignKey(
                        name: "FK_PostingDeliveries_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PostingDeliveries_Postings_PostingId",
                        column: x => x.PostingId,
                        principalTable: "Postings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PostingDeliveries_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_PostingId",
                table: "Jobs",
                column: "PostingId");

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_SourceId",
                table: "Jobs",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_IngestionRuns_Status",
                table: "IngestionRuns",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_IngestionRuns_UserId_Id",
                table: "IngestionRuns",
                columns: new[] { "UserId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestionRunSources_RunId",
                table: "IngestionRunSources",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_IngestionRunSources_Type_Key_Query_Location",
                table: "IngestionRunSources",
                columns: new[] { "Type", "Key", "Query", "Location" });

            migrationBuilder.CreateIndex(
                name: "IX_PostingDeliveries_PostingId",
                table: "PostingDeliveries",
                column: "PostingId");

            migrationBuilder.CreateIndex(
                name: "IX_PostingDeliveries_SourceId",
                table: "PostingDeliveries",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_PostingLinks_Board_ExternalId",
                table: "PostingLinks",
                columns: new[] { "Board", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PostingLinks_PostingId",
                table: "PostingLinks",
                column: "PostingId");

            migrationBuilder.CreateIndex(
                name: "IX_PostingLinks_UrlKey",
                table: "PostingLinks",
                column: "UrlKey");

            migrationBuilder.CreateIndex(
                name: "IX_Postings_CompanyKey_TitleKey",
                table: "Postings",
                columns: new[] { "CompanyKey", "TitleKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Postings_LastSeenAt",
                table: "Postings",
                column: "LastSeenAt");

            migrationBuilder.CreateIndex(
                name: "IX_Postings_PossibleDuplicateOfId",
                table: "Postings",
                column: "PossibleDuplicateOfId");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_Enabled_Type",
                table: "Sources",
                columns: new[] { "Enabled", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_Sources_UserId_Type_Key_Query_Location",
                table: "Sources",
                columns: new[] { "UserId", "Type", "Key", "Query", "Location" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Jobs_Postings_PostingId",
                table: "Jobs",
                column: "PostingId",
                principalTable: "Postings",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Jobs_Sources_SourceId",
                table: "Jobs",
                column: "SourceId",
                principalTable: "Sources",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Jobs_Postings_PostingId",
                table: "Jobs");

            migrationBuilder.DropForeignKey(
                name: "FK_Jobs_Sources_SourceId",
                table: "Jobs");

            migrationBuilder.DropTable(
                name: "IngestionRunSources");

            migrationBuilder.DropTable(
                name: "PostingDeliveries");

            migrationBuilder.DropTable(
                name: "PostingLinks");

            migrationBuilder.DropTable(
                name: "IngestionRuns");

            migrationBuilder.DropTable(
                name: "Sources");

            migrationBuilder.DropTable(
                name: "Postings");

            migrationBuilder.DropIndex(
                name: "IX_Jobs_PostingId",
                table: "Jobs");

            migrationBuilder.DropIndex(
                name: "IX_Jobs_SourceId",
                table: "Jobs");

            migrationBuilder.DropColumn(
                name: "PostingId",
                table: "Jobs");

            migrationBuilder.DropColumn(
                name: "SourceId",
                table: "Jobs");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddLeads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EmailKey",
                table: "Contacts",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MobileKey",
                table: "Contacts",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneKey",
                table: "Contacts",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CompanyKey",
                table: "Accounts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmailKey",
                table: "Accounts",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneKey",
                table: "Accounts",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Leads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Company = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    WeChatId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Industry = table.Column<int>(type: "integer", nullable: false),
                    CompanySize = table.Column<int>(type: "integer", nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    SortKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EmailKey = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    PhoneKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CompanyKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DuplicatesOnArrival = table.Column<int>(type: "integer", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: true),
                    QueueTeamId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssignmentRuleId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssignmentRuleName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AssignmentReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AssignedById = table.Column<Guid>(type: "uuid", nullable: true),
                    AssignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DisqualificationReason = table.Column<int>(type: "integer", nullable: true),
                    DisqualificationNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ConvertedAccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    ConvertedContactId = table.Column<Guid>(type: "uuid", nullable: true),
                    ConvertedOpportunityId = table.Column<Guid>(type: "uuid", nullable: true),
                    ConvertedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedById = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Leads_CrmUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "CrmUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Leads_Teams_QueueTeamId",
                        column: x => x.QueueTeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_EmailKey",
                table: "Contacts",
                column: "EmailKey");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_MobileKey",
                table: "Contacts",
                column: "MobileKey");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_PhoneKey",
                table: "Contacts",
                column: "PhoneKey");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_CompanyKey",
                table: "Accounts",
                column: "CompanyKey");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_EmailKey",
                table: "Accounts",
                column: "EmailKey");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_PhoneKey",
                table: "Accounts",
                column: "PhoneKey");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_CompanyKey",
                table: "Leads",
                column: "CompanyKey");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_EmailKey",
                table: "Leads",
                column: "EmailKey");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_OwnerId_Status",
                table: "Leads",
                columns: new[] { "OwnerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_PhoneKey",
                table: "Leads",
                column: "PhoneKey");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_QueueTeamId_Status",
                table: "Leads",
                columns: new[] { "QueueTeamId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_ReceivedAt",
                table: "Leads",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_SortKey",
                table: "Leads",
                column: "SortKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_EmailKey",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_MobileKey",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_PhoneKey",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Accounts_CompanyKey",
                table: "Accounts");

            migrationBuilder.DropIndex(
                name: "IX_Accounts_EmailKey",
                table: "Accounts");

            migrationBuilder.DropIndex(
                name: "IX_Accounts_PhoneKey",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "EmailKey",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "MobileKey",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "PhoneKey",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "CompanyKey",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "EmailKey",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "PhoneKey",
                table: "Accounts");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddTicketSla : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "FirstResponseDueAt",
                table: "Tickets",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FirstResponseSla",
                table: "Tickets",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ResolutionDueAt",
                table: "Tickets",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ResolutionSla",
                table: "Tickets",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SlaEscalated",
                table: "Tickets",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "SlaNextChangeAt",
                table: "Tickets",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SlaPolicyId",
                table: "Tickets",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SlaEscalationRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Priority = table.Column<int>(type: "int", nullable: false),
                    Trigger = table.Column<int>(type: "int", nullable: false),
                    NotifyLead = table.Column<bool>(type: "bit", nullable: false),
                    RaisePriority = table.Column<bool>(type: "bit", nullable: false),
                    MoveToQueueId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedById = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedById = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    IsDeleted = table.Column<bool>(type: "bit", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlaEscalationRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SlaEscalationRules_TicketQueues_MoveToQueueId",
                        column: x => x.MoveToQueueId,
                        principalTable: "TicketQueues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_SlaNextChangeAt",
                table: "Tickets",
                column: "SlaNextChangeAt");

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_TeamId_ResolutionSla_ResolutionDueAt",
                table: "Tickets",
                columns: new[] { "TeamId", "ResolutionSla", "ResolutionDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SlaEscalationRules_MoveToQueueId",
                table: "SlaEscalationRules",
                column: "MoveToQueueId");

            migrationBuilder.CreateIndex(
                name: "IX_SlaEscalationRules_Priority_Trigger",
                table: "SlaEscalationRules",
                columns: new[] { "Priority", "Trigger" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SlaEscalationRules");

            migrationBuilder.DropIndex(
                name: "IX_Tickets_SlaNextChangeAt",
                table: "Tickets");

            migrationBuilder.DropIndex(
                name: "IX_Tickets_TeamId_ResolutionSla_ResolutionDueAt",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "FirstResponseDueAt",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "FirstResponseSla",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "ResolutionDueAt",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "ResolutionSla",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "SlaEscalated",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "SlaNextChangeAt",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "SlaPolicyId",
                table: "Tickets");
        }
    }
}

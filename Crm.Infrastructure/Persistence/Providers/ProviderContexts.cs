using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Persistence.Providers;

// One subclass per provider so that each provider's migrations live in their own folder
// and are found by their own context type.
public sealed class SqliteCrmDbContext(DbContextOptions<SqliteCrmDbContext> options) : CrmDbContext(options);

public sealed class SqlServerCrmDbContext(DbContextOptions<SqlServerCrmDbContext> options) : CrmDbContext(options);

public sealed class PostgreSqlCrmDbContext(DbContextOptions<PostgreSqlCrmDbContext> options) : CrmDbContext(options);

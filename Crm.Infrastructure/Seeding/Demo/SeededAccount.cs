using Crm.Domain.Customers;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>A demo account with its contacts, its owner and the language its history is written in.</summary>
internal sealed record SeededAccount(Account Account, IReadOnlyList<Contact> Contacts, UserSpec Owner, bool IsEnglish);

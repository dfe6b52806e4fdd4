using Crm.Infrastructure.Leads;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Leads;

/// <summary>What a record shares with a lead, in the reader's language: "same phone and email".</summary>
internal static class MatchText
{
    private static readonly MatchedOn[] Values = [MatchedOn.Email, MatchedOn.Phone, MatchedOn.Company];

    public static string SameAs(MatchedOn matched, IStringLocalizer<LeadText> text)
    {
        var values = Values.Where(v => matched.HasFlag(v)).Select(v => text[$"Duplicates.On.{v}"].Value);

        return string.Format(text["Duplicates.SameAs"], string.Join(text["Duplicates.And"], values));
    }
}

namespace Crm.Infrastructure.Mail.Inbound;

/// <summary>
/// A received file or message cannot be read as a mail. <see cref="Exception.Message"/> says
/// what is wrong in words an operator acts on; it is written beside the rejected mail.
/// </summary>
public sealed class MalformedMailException(string reason, Exception? inner = null) : Exception(reason, inner);

namespace Crm.Web.Pipeline.Admin;

/// <summary>Marker for PipelineAdminText.resx: the pipelines and stages page and its dialogs.</summary>
public sealed class PipelineAdminText;

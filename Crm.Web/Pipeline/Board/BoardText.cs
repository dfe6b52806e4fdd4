namespace Crm.Web.Pipeline.Board;

/// <summary>Marker for BoardText.resx: the pipeline board, its list view and their dialogs.</summary>
public sealed class BoardText;

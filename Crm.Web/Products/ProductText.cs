namespace Crm.Web.Products;

/// <summary>Marker for ProductText.resx: the product catalogue page and its dialog.</summary>
public sealed class ProductText;

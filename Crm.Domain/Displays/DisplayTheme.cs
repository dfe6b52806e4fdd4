namespace Crm.Domain.Displays;

/// <summary>How a wall display is painted.</summary>
public enum DisplayTheme
{
    /// <summary>Light type on black, saturated accents: readable across a room. The default.</summary>
    Dark = 1,

    /// <summary>Dark type on white, for bright rooms.</summary>
    Light = 2,
}

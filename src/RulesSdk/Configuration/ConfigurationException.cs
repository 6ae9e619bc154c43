namespace RulesSdk.Configuration;

/// <summary>A configuration file that cannot be used; the message names the file and, when known, the line.</summary>
public sealed class ConfigurationException(string message, Exception? inner = null) : Exception(message, inner);

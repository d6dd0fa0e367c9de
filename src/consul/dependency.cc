// Dependency model (placeholder until the module lands).

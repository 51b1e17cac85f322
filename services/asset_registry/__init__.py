"""Asset registry: versioned prompt, catalog, policy and tool assets for the OPS engine."""

"""Infrastructure data: CMDB, metrics, events, graph store, import and demo data."""

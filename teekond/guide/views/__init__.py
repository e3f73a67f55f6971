"""The guide's pages, one module per sub-capability: the plan, its documents, local services, "I got stuck here"."""

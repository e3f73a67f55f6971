"""The guide's forms, one module per sub-capability: the plan, local services, "I got stuck here"."""

"""The guide's writes (keyword-only, one transaction, checking the rules), one module per sub-capability."""

"""The guide's reads, one module per sub-capability; the only place besides services/ that reads other apps' models."""

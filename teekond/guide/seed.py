"""The guide's part of `teekond seed` (found by this module's name): the starter local services."""

from teekond.guide.services.seed import load_seed

__all__ = ["load_seed"]

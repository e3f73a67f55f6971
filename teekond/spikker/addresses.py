"""The addresses of the spikker's own pages, as plain data: an entry with one of these keys could never be
opened. `spikker/urls.py` serves these pages; a test keeps the two in step."""

RESERVED_KEYS = frozenset(
    {"search", "booklet.pdf", "suggest", "suggestions", "feedback", "new", "drafts", "translations"}
)

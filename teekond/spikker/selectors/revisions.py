"""The changes to published entries that wait for a publisher's review (made in spikker.services.revisions)."""

from teekond.spikker.models import Entry, EntryRevision, RevisionStatus


def pending_for(entry: Entry):
    return entry.revisions.filter(status=RevisionStatus.PENDING).select_related("author")


def pending_all():
    return (
        EntryRevision.objects.filter(status=RevisionStatus.PENDING)
        .select_related("entry", "author")
        .prefetch_related("entry__texts")
    )

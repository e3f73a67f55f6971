"""What happened on the journey map, told to whoever listens (the followers' digests, the feeds).

Sent by the services inside their transaction, after the change is saved: a listener that writes records
the change in the same transaction, so a refused or rolled-back change is never announced. Listeners get
the record and a `kind`; deciding who may see it (a draft, internal evidence) is theirs.
"""

from django.dispatch import Signal

# kind: "state" (any move), "answer" (the body answered), "merge" (merged into another), "extension"
# (the body extended its time to answer); also `on` (the day it happened).
proposal_changed = Signal()
# kind: "evidence" (a new public item of evidence), "merge" (another bottleneck merged into it).
bottleneck_changed = Signal()

"""The spikker's writes, one module per sub-capability; the names below are the app's write interface."""

from teekond.spikker.services.entries import (
    ENTRY_TEXT_FIELDS,
    MAX_EXAMPLES,
    check_examples,
    check_key,
    check_sources,
    entry_confirm,
    entry_move,
    entry_save,
    needs_review,
    reserved_keys,
    translation_save,
)
from teekond.spikker.services.feedback import (
    FEEDBACK_PER_HOUR,
    MODERATION_OUTCOMES,
    SUGGESTIONS_PER_HOUR,
    feedback_give,
    remember_answer,
    suggestion_moderate,
    suggestion_send,
)
from teekond.spikker.services.revisions import (
    revision_approve,
    revision_propose,
    revision_reject,
    translation_propose,
)

__all__ = [
    "ENTRY_TEXT_FIELDS",
    "FEEDBACK_PER_HOUR",
    "MAX_EXAMPLES",
    "MODERATION_OUTCOMES",
    "SUGGESTIONS_PER_HOUR",
    "check_examples",
    "check_key",
    "check_sources",
    "entry_confirm",
    "entry_move",
    "entry_save",
    "feedback_give",
    "needs_review",
    "remember_answer",
    "reserved_keys",
    "revision_approve",
    "revision_propose",
    "revision_reject",
    "suggestion_moderate",
    "suggestion_send",
    "translation_propose",
    "translation_save",
]

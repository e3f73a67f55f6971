from django import template
from django.conf import settings

from teekond.core.permissions import allowed
from teekond.core.translation import TranslationState
from teekond.spikker import selectors, workflow

register = template.Library()


@register.inclusion_tag("spikker/edit/_panel.html", takes_context=True)
def editor_panel(context, entry):
    """Edit, history, translation and workflow actions under an entry, each only for those who may."""
    user = context["request"].user
    may_change = allowed(user, "spikker.change_entry", entry)
    may_translate = allowed(user, "spikker.translate_entry", entry)
    names = dict(settings.LANGUAGES)
    states = entry.translation_states() if may_translate else {}
    return {
        "entry": entry,
        "may_change": may_change,
        "translations": [
            (code, names[code], TranslationState(state).label)
            for code, state in states.items()
            if code != settings.SOURCE_LANGUAGE
        ],
        "moves": workflow.allowed_moves(user, entry),
        "may_confirm": allowed(user, "spikker.confirm_entry", entry),
        "pending": list(selectors.pending_for(entry)) if may_change else [],
        "csrf_token": context.get("csrf_token"),
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
    }

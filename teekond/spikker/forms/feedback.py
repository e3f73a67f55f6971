from django import forms
from django.utils.translation import gettext_lazy as _

from teekond.core.forms import REASON_LABEL
from teekond.spikker.models import LifeArea, Suggestion, SuggestionStatus
from teekond.spikker.services.feedback import MODERATION_OUTCOMES


class HelpfulForm(forms.Form):
    helpful = forms.TypedChoiceField(
        choices=[("yes", _("Yes")), ("no", _("No"))], coerce=lambda answer: answer == "yes"
    )


class SuggestionForm(forms.Form):
    situation = forms.CharField(
        label=_("What happened, or what puzzles you?"),
        help_text=_("Please do not write names, contact details or other personal data."),
        max_length=Suggestion._meta.get_field("situation").max_length,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    question = forms.CharField(
        label=_("What would you like to know?"),
        help_text=_("Optional."),
        required=False,
        max_length=Suggestion._meta.get_field("question").max_length,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    area = forms.ModelChoiceField(
        label=_("Which part of life is it about?"),
        help_text=_("Optional."),
        queryset=LifeArea.objects.none(),
        required=False,
        empty_label=_("I am not sure"),
    )
    # A honeypot: hidden from people, filled in by bots that fill in every field.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # str(area) is its name in the active language, so the texts are fetched once for all options.
        self.fields["area"].queryset = LifeArea.objects.prefetch_related("texts")

    def person_fields(self):
        return [self["situation"], self["question"], self["area"]]

    def is_from_a_bot(self) -> bool:
        return bool(self.cleaned_data.get("website"))


class SuggestionFilterForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), required=False, choices=[("", _("all"))] + SuggestionStatus.choices)

    def status_shown(self) -> str:
        return self.cleaned_data["status"] if self.is_valid() else ""


class ModerationForm(forms.Form):
    status = forms.ChoiceField(choices=[(status.value, status.label) for status in MODERATION_OUTCOMES])
    reason = forms.CharField(label=REASON_LABEL, required=False, max_length=300)

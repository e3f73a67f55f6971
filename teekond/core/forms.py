"""Form pieces shared by every capability's row-per-language content."""

from django import forms
from django.conf import settings
from django.utils.dates import MONTHS
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from teekond.core.translation import TranslationState

MINOR_EDIT_LABEL = _("Minor edit (spelling, layout): translations stay up to date")
REASON_LABEL = _("Reason for the change (kept in the history)")


class TranslatedFieldsMixin:
    """One block of text fields per content language; the Estonian title is required.

    A subclass names its text model and, per field, the label and widget:
    `text_model = EventText; text_fields = {"title": (_("Title"), forms.TextInput), ...}`.
    """

    text_model = None
    text_fields: dict[str, tuple] = {}

    def add_text_fields(self, instance) -> None:
        rows = instance.texts_by_language() if instance.pk else {}
        self.states = instance.translation_states() if instance.pk else {}
        for code in settings.CONTENT_LANGUAGES:
            for name, (label, widget) in self.text_fields.items():
                # lang= lets screen readers and spell checkers use the language being typed.
                self.fields[f"{name}_{code}"] = forms.CharField(
                    label=label,
                    required=name == "title" and code == settings.SOURCE_LANGUAGE,
                    max_length=self.text_model._meta.get_field(name).max_length,
                    widget=widget(attrs={"lang": code, **({"rows": 3} if widget is forms.Textarea else {})}),
                    initial=getattr(rows.get(code), name, ""),
                )

    def main_fields(self):
        return [self[name] for name in self.Meta.fields]

    def change_fields(self):
        """Whether the edit is minor, and why it was made: both go into the history. A new record has no
        earlier text to compare with, so its form does not ask."""
        if not self.instance.pk:
            return []
        return [self["minor"], self["reason"]]

    def language_fieldsets(self):
        names = dict(settings.LANGUAGES)
        for code in settings.CONTENT_LANGUAGES:
            state = TranslationState(self.states[code]).label if code in self.states else ""
            yield code, names[code], state, [self[f"{name}_{code}"] for name in self.text_fields]

    def texts(self) -> dict[str, dict]:
        return {
            code: {name: self.cleaned_data.get(f"{name}_{code}", "") for name in self.text_fields}
            for code in settings.CONTENT_LANGUAGES
        }


class TranslatedMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Ticks for translatable records, each labelled in the reader's language, a fallback marked as such.

    `describe(obj, shown)` may add to the label (a stage, a date); give querysets with texts prefetched."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, *args, describe=None, **kwargs):
        self.describe = describe
        super().__init__(*args, **kwargs)

    def label_from_instance(self, obj):
        from teekond.core.templatetags.teekond import in_language_html

        shown = obj.text()
        label = in_language_html(shown.language, shown.title or shown.name or str(obj.pk))
        return format_html("{} {}", label, self.describe(obj)) if self.describe else label


class TranslatedSelect(forms.Select):
    """A choice of translatable records whose options shown in another language carry that lang."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        instance = getattr(value, "instance", None)
        if instance is not None:
            shown = instance.text()
            if shown.language != get_language():
                option["attrs"].update({"lang": shown.language, "data-fallback": shown.language})
        return option


class TranslatedChoiceField(forms.ModelChoiceField):
    """One translatable record, labelled in the reader's language; a fallback says its language in brackets."""

    widget = TranslatedSelect

    def label_from_instance(self, obj):
        from teekond.core.templatetags.teekond import in_language_label

        shown = obj.text()
        return in_language_label(shown.language, shown.title or shown.name or str(obj.pk))


class DesignSampleForm(forms.Form):
    """The form components as the design page shows them: a field with an error and a checkbox list."""

    name = forms.CharField(label=_("Your name"), help_text=_("As it is written in your documents."))
    months = forms.MultipleChoiceField(
        label=_("Months"), choices=[(str(number), name) for number, name in MONTHS.items()],
        widget=forms.CheckboxSelectMultiple, required=False,
    )

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from teekond.core.forms import MINOR_EDIT_LABEL, REASON_LABEL, TranslatedFieldsMixin
from teekond.journey import selectors as journey
from teekond.journey.selectors import Situation
from teekond.spikker import services
from teekond.spikker.models import Entry, EntryText, LifeArea

# The labels are the headings readers see on the entry page, so writers know where each text appears.
ENTRY_TEXT_FIELDS = {
    "title": (_("Title"), forms.TextInput),
    "situation": (_("The situation"), forms.Textarea),
    "rule": (_("What is usually expected"), forms.Textarea),
    "examples": (_("For example"), forms.Textarea),
    "why": (_("Why it is so"), forms.Textarea),
    "tip": (_("Tip"), forms.Textarea),
}
EXAMPLES_HELP = _("One example per line, at most three.")


def lines(value: str) -> list[str]:
    return [line.strip() for line in (value or "").splitlines() if line.strip()]


class EntryForm(TranslatedFieldsMixin, forms.ModelForm):
    """The entry's own fields, its sources, and its texts in every content language."""

    text_model = EntryText
    text_fields = ENTRY_TEXT_FIELDS
    sources = forms.CharField(
        label=_("Sources"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One web address per line."),
    )
    situations = forms.MultipleChoiceField(
        label=_("For whom"),
        choices=Situation.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None ticked: for everyone. A custom every returnee knows from home is for immigrants only."),
    )
    minor = forms.BooleanField(label=MINOR_EDIT_LABEL, required=False)
    reason = forms.CharField(label=REASON_LABEL, required=False, max_length=300)

    class Meta:
        model = Entry
        fields = ["area", "key", "stages", "situations", "children_only"]
        widgets = {"stages": forms.CheckboxSelectMultiple}
        help_texts = {"key": _("The end of the entry's address: small letters, digits and hyphens.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].queryset = LifeArea.objects.prefetch_related("texts")
        self.fields["stages"].queryset = journey.stages()
        self.add_text_fields(self.instance)
        rows = self.instance.texts_by_language() if self.instance.pk else {}
        for code, name in self._examples_fields():
            self.fields[name].help_text = EXAMPLES_HELP
            self.fields[name].initial = "\n".join(getattr(rows.get(code), "examples", []))
        if self.instance.pk:
            self.fields["sources"].initial = "\n".join(source.url for source in self.instance.sources.all())
            self.fields["situations"].initial = self.instance.situations

    def _examples_fields(self):
        return [(code, f"examples_{code}") for code in settings.CONTENT_LANGUAGES]

    def main_fields(self):
        return [*super().main_fields(), self["sources"]]

    def clean_key(self):
        key = self.cleaned_data["key"]
        services.check_key(key)
        return key

    def clean_sources(self):
        urls = lines(self.cleaned_data["sources"])
        services.check_sources(urls)
        return urls

    def clean(self):
        data = super().clean()
        for _code, name in self._examples_fields():
            try:
                services.check_examples(lines(data.get(name, "")))
            except ValidationError as error:
                self.add_error(name, error)
        return data

    def entry_fields(self) -> dict:
        data = self.cleaned_data
        fields = ("area", "key", "stages", "situations", "children_only", "sources")
        return {name: data[name] for name in fields}

    def texts(self) -> dict[str, dict]:
        texts = super().texts()
        for values in texts.values():
            values["examples"] = lines(values["examples"])
        return texts


class TranslationForm(forms.Form):
    """One language's texts of an entry, typed in that language (the lang attribute says which)."""

    def __init__(self, *args, language: str, row: EntryText | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        for name, (label, widget) in ENTRY_TEXT_FIELDS.items():
            initial = getattr(row, name, "")
            self.fields[name] = forms.CharField(
                label=label,
                required=name == "title",
                max_length=EntryText._meta.get_field(name).max_length,
                widget=widget(attrs={"lang": language, **({"rows": 3} if widget is forms.Textarea else {})}),
                initial="\n".join(initial) if name == "examples" else initial,
            )
        self.fields["examples"].help_text = EXAMPLES_HELP
        self.fields["reason"] = forms.CharField(label=REASON_LABEL, required=False, max_length=300)

    def clean_examples(self):
        examples = lines(self.cleaned_data["examples"])
        services.check_examples(examples)
        return examples

    def text_values(self) -> dict:
        return {name: self.cleaned_data[name] for name in ENTRY_TEXT_FIELDS}

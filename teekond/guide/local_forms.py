"""The form a municipality editor keeps one local service with: its details, and notes per language."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from teekond.core.forms import MINOR_EDIT_LABEL, REASON_LABEL, TranslatedFieldsMixin
from teekond.guide.local_services import SERVED_LANGUAGES, TEXTS_ERROR_KEY, rule_errors, served_language_codes
from teekond.guide.models import LocalService, LocalServiceText

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def language_name(code: str) -> str:
    """A served language's name in the reader's interface language; a code typed in the admin as itself."""
    return str(SERVED_LANGUAGES.get(code, code))


def served_language_choices() -> list[tuple[str, str]]:
    """The content languages first, in their usual order; then the others by name in the reader's language."""
    codes = served_language_codes()
    content = [(code, language_name(code)) for code in codes if code in settings.CONTENT_LANGUAGES]
    others = [(code, language_name(code)) for code in codes if code not in settings.CONTENT_LANGUAGES]
    return content + sorted(others, key=lambda choice: choice[1])


class LocalServiceForm(TranslatedFieldsMixin, forms.ModelForm):
    text_model = LocalServiceText
    text_fields = {"notes": (_("Notes"), forms.Textarea)}
    languages = forms.MultipleChoiceField(
        label=_("Languages served"), required=False, widget=forms.CheckboxSelectMultiple
    )
    minor = forms.BooleanField(label=MINOR_EDIT_LABEL, required=False)
    reason = forms.CharField(label=REASON_LABEL, required=False, max_length=300)

    class Meta:
        model = LocalService
        fields = [
            "office_name",
            "address",
            "opening_hours",
            "phone",
            "email",
            "website",
            "languages",
            "source",
            "checked",
        ]
        widgets = {"checked": DATE_INPUT}
        help_texts = {
            "office_name": _("Where the newcomer goes for this step, e.g. the town's welcome centre."),
            "source": _("The address of the page where these details can be checked."),
            "checked": _("The day someone last made sure these details are right."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Chosen per request, so the names are in the editor's language.
        self.fields["languages"].choices = served_language_choices()
        self.add_text_fields(self.instance)

    def clean(self):
        data = super().clean()
        # The service checks these again; asking here shows them together with the field errors.
        languages, checked = data.get("languages") or [], data.get("checked")
        for key, message in rule_errors(languages=languages, checked=checked, texts=self.texts()):
            self.add_service_errors(ValidationError({key: message}))
        return data

    def service_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}

    def add_service_errors(self, error: ValidationError) -> None:
        """Show each of the service's errors next to its field; the notes rule next to the Estonian notes."""
        if not hasattr(error, "error_dict"):
            self.add_error(None, error)
            return
        for key, messages in error.message_dict.items():
            field = f"notes_{settings.SOURCE_LANGUAGE}" if key == TEXTS_ERROR_KEY else key
            self.add_error(field if field in self.fields else None, messages)

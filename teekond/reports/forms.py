from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from teekond.reports.annual import REPORT_LANGUAGES
from teekond.reports.document import RENDERERS

LANGUAGE_NAMES = {"et": _("Estonian"), "en": _("English")}
FORMAT_NAMES = {"md": _("Markdown"), "html": _("Web page (HTML)"), "docx": _("Word (DOCX)"), "pdf": _("PDF")}


class AnnualReportForm(forms.Form):
    year = forms.IntegerField(label=_("Year"), min_value=2020, max_value=2100)
    language = forms.ChoiceField(
        label=_("Language"), choices=[(code, LANGUAGE_NAMES[code]) for code in REPORT_LANGUAGES]
    )
    format = forms.ChoiceField(label=_("Format"), choices=[(code, FORMAT_NAMES[code]) for code in RENDERERS])
    draft = forms.BooleanField(
        label=_("Internal draft with the sample records"),
        required=False,
        help_text=_("Adds the map's sample records in a section of their own, every line marked as a sample."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].initial = timezone.localdate().year - 1
        self.fields["format"].initial = "docx"

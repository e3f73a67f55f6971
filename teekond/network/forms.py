from django import forms
from django.utils.translation import gettext_lazy as _

from teekond.core.dates import Precision
from teekond.core.forms import MINOR_EDIT_LABEL, REASON_LABEL, TranslatedFieldsMixin
from teekond.core.roles import Role
from teekond.network.models import Event, EventText, Municipality, Organisation, PartnerAgreement

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class EventForm(TranslatedFieldsMixin, forms.ModelForm):
    """The event's own fields plus its title, description and audience in every content language."""

    text_model = EventText
    text_fields = {
        "title": (_("Title"), forms.TextInput),
        "description": (_("Description"), forms.Textarea),
        "audience": (_("Audience"), forms.TextInput),
    }
    minor = forms.BooleanField(label=MINOR_EDIT_LABEL, required=False)
    reason = forms.CharField(label=REASON_LABEL, required=False, max_length=300)

    class Meta:
        model = Event
        fields = [
            "type",
            "start_date",
            "end_date",
            "year",
            "town",
            "country",
            "host_municipality",
            "organisers",
            "co_organisers",
            "participating_municipalities",
            "participant_count",
            "source",
        ]
        widgets = {
            "start_date": DATE_INPUT,
            "end_date": DATE_INPUT,
            "organisers": forms.CheckboxSelectMultiple,
            "co_organisers": forms.CheckboxSelectMultiple,
            "participating_municipalities": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].required = False
        self.fields["year"].help_text = _("Needed only when the date is not known.")
        self.fields["organisers"].queryset = Organisation.objects.order_by("name")
        self.fields["co_organisers"].queryset = Organisation.objects.order_by("name")
        if user.role == Role.MUNICIPALITY_EDITOR and not user.is_superuser:
            self.fields["host_municipality"].queryset = Municipality.objects.filter(pk=user.municipality_id)
            self.fields["host_municipality"].required = True
            self.fields["host_municipality"].empty_label = None
        self.add_text_fields(self.instance)

    def clean(self):
        data = super().clean()
        start, end = data.get("start_date"), data.get("end_date")
        if end and not start:
            self.add_error("start_date", _("Give the start date when there is an end date."))
        if start and end and end < start:
            self.add_error("end_date", _("The end date cannot be before the start date."))
        if not start and not data.get("year"):
            self.add_error("year", _("Give the date, or at least the year, of the event."))
        return data

    def event_fields(self) -> dict:
        relations = ("organisers", "co_organisers", "participating_municipalities")
        return {name: self.cleaned_data[name] for name in self.Meta.fields if name not in relations}


class MunicipalityContactForm(forms.ModelForm):
    reason = forms.CharField(label=REASON_LABEL, required=False, max_length=300)

    class Meta:
        model = Municipality
        fields = ["website", "email", "phone", "address", "contact_checked"]
        widgets = {"contact_checked": DATE_INPUT}


class AgreementForm(forms.ModelForm):
    reason = forms.CharField(label=REASON_LABEL, required=False, max_length=300)

    class Meta:
        model = PartnerAgreement
        fields = [
            "municipality",
            "extends",
            "status",
            "concluded",
            "concluded_precision",
            "negotiated_in",
            "activities_start",
            "activities_start_precision",
            "ends",
            "ends_precision",
            "notes",
            "source",
            "source_checked",
        ]
        widgets = {
            "concluded": DATE_INPUT,
            "activities_start": DATE_INPUT,
            "ends": DATE_INPUT,
            "source_checked": DATE_INPUT,
        }
        help_texts = {
            "concluded_precision": _("How much of the date is known; a year is stored as its 1 January."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        extends = self.fields["extends"]
        extends.queryset = PartnerAgreement.objects.select_related("municipality")
        if self.instance.pk:
            extends.queryset = extends.queryset.exclude(pk=self.instance.pk)
        for name in ("concluded_precision", "activities_start_precision", "ends_precision"):
            self.fields[name].initial = Precision.DAY

    def clean(self):
        data = super().clean()
        extends = data.get("extends")
        if extends and data.get("municipality") and extends.municipality_id != data["municipality"].pk:
            self.add_error(
                "extends", _("An extension must belong to the same municipality as the agreement it extends.")
            )
        return data

    def agreement_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}

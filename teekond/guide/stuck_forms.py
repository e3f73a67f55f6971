"""Forms for "I got stuck here": the newcomer's report and the coordinator's handling of it."""

from django import forms
from django.utils.translation import gettext_lazy as _

from teekond.core.forms import REASON_LABEL
from teekond.guide.models import StuckReport, StuckStatus
from teekond.guide.stuck import IMMIGRANT_PERSPECTIVE, RETURNEE_PERSPECTIVE
from teekond.journey.models import Bottleneck, Perspective, Situation, Stage
from teekond.network.models import Municipality

PERSPECTIVES_WITH_REPORTS = (IMMIGRANT_PERSPECTIVE, RETURNEE_PERSPECTIVE)
TEXT_LABEL = _("What happened? (optional, no names or contact details please)")


class StuckForm(forms.Form):
    municipality = forms.SlugField()
    step = forms.SlugField(max_length=80)
    situation = forms.ChoiceField(choices=Situation.choices)
    text = forms.CharField(
        label=TEXT_LABEL,
        help_text=_("Only the network's coordinators read it; it is never published."),
        required=False,
        max_length=StuckReport._meta.get_field("text").max_length,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    # A honeypot: hidden from people, filled in by bots that fill in every field.
    website = forms.CharField(required=False)
    next = forms.CharField(required=False, max_length=2000)

    def person_fields(self):
        return [self["text"]]

    def hidden_fields_to_resend(self):
        return [self[name] for name in ("municipality", "step", "situation", "next")]

    def is_from_a_bot(self) -> bool:
        return bool(self.cleaned_data.get("website"))


class StuckFilterForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), required=False, choices=[("", _("all"))] + StuckStatus.choices)
    municipality = forms.ModelChoiceField(
        label=_("Municipality"), required=False, queryset=Municipality.objects.all(), to_field_name="slug"
    )
    stage = forms.ModelChoiceField(
        label=_("Stage"), required=False, queryset=Stage.objects.none(), to_field_name="slug"
    )
    perspective = forms.ModelChoiceField(
        label=_("Perspective"), required=False, queryset=Perspective.objects.none(), to_field_name="slug"
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("municipality", "stage", "perspective"):
            self.fields[name].empty_label = _("all")
        # str() of a stage or perspective is its name in the active language: texts fetched once for all options.
        self.fields["stage"].queryset = Stage.objects.prefetch_related("texts")
        self.fields["perspective"].queryset = Perspective.objects.filter(
            slug__in=PERSPECTIVES_WITH_REPORTS
        ).prefetch_related("texts")

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        chosen = self.cleaned_data
        return {
            "status": chosen["status"],
            **{name: chosen[name].slug if chosen[name] else "" for name in ("municipality", "stage", "perspective")},
        }


class AttachForm(forms.Form):
    bottleneck = forms.ModelChoiceField(label=_("Bottleneck"), queryset=Bottleneck.objects.none())
    reason = forms.CharField(label=REASON_LABEL, required=False, max_length=300)

    def __init__(self, *args, bottlenecks, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["bottleneck"].queryset = bottlenecks


class OpenBottleneckForm(forms.Form):
    title_et = forms.CharField(
        label=_("Title in Estonian"), max_length=200, widget=forms.TextInput(attrs={"lang": "et"})
    )
    title_en = forms.CharField(
        label=_("Title in English"), required=False, max_length=200, widget=forms.TextInput(attrs={"lang": "en"})
    )
    description_et = forms.CharField(
        label=_("Description in Estonian"),
        required=False,
        widget=forms.Textarea(attrs={"lang": "et", "rows": 3}),
    )
    reason = forms.CharField(label=REASON_LABEL, required=False, max_length=300)


class DismissForm(forms.Form):
    reason = forms.CharField(label=_("Why is it dismissed?"), max_length=300)

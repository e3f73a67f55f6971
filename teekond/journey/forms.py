from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from teekond.core.forms import MINOR_EDIT_LABEL, REASON_LABEL, TranslatedFieldsMixin
from teekond.core.roles import Role
from teekond.journey.lifecycle import CLOSED, allowed_next
from teekond.journey.models import (
    AnswerKind,
    Bottleneck,
    BottleneckStatus,
    BottleneckText,
    Evidence,
    Level,
    Perspective,
    Proposal,
    ProposalState,
    ProposalText,
    Stage,
)
from teekond.network.models import Event, Municipality, Organisation

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class MapFilterForm(forms.Form):
    perspective = forms.ChoiceField(label=_("Perspective"), required=False)
    municipality = forms.ChoiceField(label=_("Municipality"), required=False)
    level = forms.ChoiceField(label=_("Level of the proposal"), required=False)
    status = forms.ChoiceField(label=_("Status of the bottleneck"), required=False)
    event = forms.ChoiceField(label=_("Raised at"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("all"))]
        self.fields["perspective"].choices = everything + [
            (p.slug, str(p)) for p in Perspective.objects.prefetch_related("texts")
        ]
        self.fields["municipality"].choices = everything + list(Municipality.objects.values_list("slug", "name"))
        self.fields["level"].choices = everything + Level.choices
        self.fields["status"].choices = everything + BottleneckStatus.choices
        events = Event.objects.filter(type__in=["network-meeting", "workshop"]).prefetch_related("texts")
        self.fields["event"].choices = everything + [(str(e.pk), f"{e.when_display} {e.text().title}") for e in events]


class BottleneckForm(TranslatedFieldsMixin, forms.ModelForm):
    text_model = BottleneckText
    text_fields = {"title": (_("Title"), forms.TextInput), "description": (_("Description"), forms.Textarea)}
    minor = forms.BooleanField(label=MINOR_EDIT_LABEL, required=False)
    reason = forms.CharField(label=REASON_LABEL, required=False, max_length=300)

    class Meta:
        model = Bottleneck
        fields = ["stage", "perspective", "status", "origin", "municipalities", "source"]
        widgets = {"municipalities": forms.SelectMultiple(attrs={"size": 8})}

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["stage"].queryset = Stage.objects.prefetch_related("texts")
        self.fields["perspective"].queryset = Perspective.objects.prefetch_related("texts")
        self.fields["origin"].queryset = Event.objects.prefetch_related("texts").order_by("-start_date")
        if user is not None and user.role == Role.MUNICIPALITY_EDITOR:
            # Their own municipality only; others named before are kept by the service.
            self.fields["municipalities"].queryset = Municipality.objects.filter(pk=user.municipality_id)
            self.fields["municipalities"].help_text = _(
                "You can name your own municipality; other municipalities named before stay as they are."
            )
        self.add_text_fields(self.instance)

    def bottleneck_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields if name != "municipalities"}


class EvidenceForm(forms.ModelForm):
    class Meta:
        model = Evidence
        fields = ["what", "where", "reported_by", "observed_on", "municipality", "is_internal", "language"]
        widgets = {"observed_on": DATE_INPUT, "what": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        if user.role == Role.MUNICIPALITY_EDITOR:
            self.fields["municipality"].queryset = Municipality.objects.filter(pk=user.municipality_id)
            self.fields["municipality"].initial = user.municipality_id


class MergeForm(forms.Form):
    target = forms.ModelChoiceField(label=_("Merge into"), queryset=Bottleneck.objects.none())
    reason = forms.CharField(label=_("Why are they the same bottleneck?"), max_length=300)

    def __init__(self, *args, source: Bottleneck, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = (
            Bottleneck.objects.current().exclude(pk=source.pk).filter(stage=source.stage).prefetch_related("texts")
        )


class ProposalForm(TranslatedFieldsMixin, forms.ModelForm):
    text_model = ProposalText
    text_fields = {"title": (_("Title"), forms.TextInput), "body": (_("Proposal"), forms.Textarea)}
    minor = forms.BooleanField(label=MINOR_EDIT_LABEL, required=False)
    reason = forms.CharField(label=REASON_LABEL, required=False, max_length=300)

    class Meta:
        model = Proposal
        fields = ["bottlenecks", "level", "responsible_body", "origin_events", "author_names"]
        widgets = {
            "bottlenecks": forms.SelectMultiple(attrs={"size": 8}),
            "origin_events": forms.SelectMultiple(attrs={"size": 6}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["bottlenecks"].queryset = Bottleneck.objects.current().prefetch_related("texts")
        self.fields["responsible_body"].queryset = Organisation.objects.order_by("name")
        self.fields["origin_events"].queryset = Event.objects.prefetch_related("texts").order_by("-start_date")
        self.fields["origin_events"].required = False
        self.add_text_fields(self.instance)

    def clean(self):
        data = super().clean()
        if data.get("level") == Level.STATE and not data.get("responsible_body"):
            self.add_error("responsible_body", _("A proposal to the state needs the body it is addressed to."))
        return data

    def proposal_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in ("level", "responsible_body", "author_names")}


class MoveForm(forms.Form):
    """Move a proposal to one of the states its lifecycle allows next."""

    to_state = forms.ChoiceField(label=_("New state"))
    on = forms.DateField(label=_("Date"), widget=DATE_INPUT)
    reason = forms.CharField(
        label=_("Why, or what was decided"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    event = forms.ModelChoiceField(label=_("At the event"), queryset=Event.objects.none(), required=False)
    reference = forms.CharField(label=_("Reference of the letter (when sent)"), required=False, max_length=100)
    answer_kind = forms.ChoiceField(
        label=_("Answer (when answered)"), required=False, choices=[("", "—"), *AnswerKind.choices]
    )
    answer_text = forms.CharField(
        label=_("What the body answered"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    answer_reasons = forms.CharField(label=_("Their reasons"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    progress = forms.IntegerField(
        label=_("Progress % (when in implementation)"), required=False, min_value=0, max_value=100
    )
    merged_into = forms.ModelChoiceField(
        label=_("Merged into (when merged)"), queryset=Proposal.objects.none(), required=False
    )

    def __init__(self, *args, proposal: Proposal, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_state"].choices = [(s, ProposalState(s).label) for s in allowed_next(proposal)]
        self.fields["on"].initial = timezone.localdate()
        self.fields["event"].queryset = Event.objects.prefetch_related("texts").order_by("-start_date")
        open_proposals = Proposal.objects.filter(submitted_on__isnull=False).exclude(state__in=CLOSED)
        self.fields["merged_into"].queryset = open_proposals.exclude(pk=proposal.pk).prefetch_related("texts")

    def move_arguments(self) -> dict:
        data = dict(self.cleaned_data)
        data["answer_kind"] = data.get("answer_kind") or ""
        return data


class MilestoneForm(forms.Form):
    on = forms.DateField(label=_("Date"), widget=DATE_INPUT)
    text = forms.CharField(label=_("Milestone"), max_length=300)
    progress = forms.IntegerField(label=_("Progress %"), min_value=0, max_value=100)


class CommentForm(forms.Form):
    text = forms.CharField(label=_("Your comment"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000)

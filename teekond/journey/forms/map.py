from django import forms
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from teekond.core.forms import (
    MINOR_EDIT_LABEL,
    REASON_LABEL,
    TranslatedChoiceField,
    TranslatedFieldsMixin,
    TranslatedMultipleChoiceField,
)
from teekond.core.roles import Role
from teekond.journey.lifecycle import CLOSED, MOVE_FIELDS, NEEDS_REASON
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
from teekond.network import selectors as network

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
        self.fields["municipality"].choices = everything + network.municipality_choices()
        self.fields["level"].choices = everything + Level.choices
        self.fields["status"].choices = everything + BottleneckStatus.choices
        events = network.events_of_types(["network-meeting", "workshop"])
        self.fields["event"].choices = everything + [(str(e.pk), f"{e.when_display} {e.text().title}") for e in events]


class BottleneckForm(TranslatedFieldsMixin, forms.ModelForm):
    text_model = BottleneckText
    text_fields = {"title": (_("Title"), forms.TextInput), "description": (_("Description"), forms.Textarea)}
    minor = forms.BooleanField(label=MINOR_EDIT_LABEL, required=False)
    reason = forms.CharField(label=REASON_LABEL, required=False, max_length=300)

    class Meta:
        model = Bottleneck
        fields = ["stage", "perspective", "status", "origin", "municipalities", "source"]
        widgets = {"municipalities": forms.CheckboxSelectMultiple}

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["stage"].queryset = Stage.objects.prefetch_related("texts")
        self.fields["perspective"].queryset = Perspective.objects.prefetch_related("texts")
        self.fields["origin"].queryset = network.events_newest_first()
        if user is not None and user.role == Role.MUNICIPALITY_EDITOR:
            # Their own municipality only; others named before are kept by the service.
            self.fields["municipalities"].queryset = network.own_municipality(user)
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
            self.fields["municipality"].queryset = network.own_municipality(user)
            self.fields["municipality"].initial = user.municipality_id


class MergeForm(forms.Form):
    target = TranslatedChoiceField(label=_("Merge into"), queryset=Bottleneck.objects.none())
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
    bottlenecks = TranslatedMultipleChoiceField(
        label=_("Bottlenecks addressed"),
        queryset=Bottleneck.objects.none(),
        describe=lambda bottleneck: format_html('<span class="muted">· {}</span>', bottleneck.stage.text().title),
    )
    origin_events = TranslatedMultipleChoiceField(
        label=_("Raised at"),
        queryset=network.no_events(),
        required=False,
        describe=lambda event: format_html('<span class="muted">· {}</span>', event.when_display),
    )

    class Meta:
        model = Proposal
        fields = ["bottlenecks", "level", "responsible_body", "origin_events", "author_names"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        bottlenecks = Bottleneck.objects.current().select_related("stage").prefetch_related("texts", "stage__texts")
        self.fields["bottlenecks"].queryset = bottlenecks.order_by("stage__order", "pk")
        self.fields["responsible_body"].queryset = network.organisations()
        self.fields["origin_events"].queryset = network.events_newest_first()
        self.add_text_fields(self.instance)

    def clean(self):
        data = super().clean()
        if data.get("level") == Level.STATE and not data.get("responsible_body"):
            self.add_error("responsible_body", _("A proposal to the state needs the body it is addressed to."))
        return data

    def proposal_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in ("level", "responsible_body", "author_names")}


class MoveForm(forms.Form):
    """One move of a proposal to a state its lifecycle allows next, with only the fields that move needs.

    The state-change page shows one such form per allowed move, so it works without JavaScript; the field
    names are the same in each (only their ids differ), and the service checks the move again."""

    to_state = forms.ChoiceField(label=_("New state"), widget=forms.HiddenInput)
    on = forms.DateField(label=_("Date"), widget=DATE_INPUT)
    reason = forms.CharField(
        label=_("Why, or what was decided"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    event = forms.ModelChoiceField(label=_("At the event"), queryset=network.no_events(), required=False)
    reference = forms.CharField(label=_("Reference of the letter (when sent)"), required=False, max_length=100)
    registered_on = forms.DateField(
        label=_("Registered by the body on (when sent, if known)"),
        required=False,
        widget=DATE_INPUT,
        help_text=_("The answer is due 30 days from this day; until it is known, from the day sent."),
    )
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

    def __init__(self, *args, proposal: Proposal, move: str, **kwargs):
        super().__init__(*args, auto_id=f"id_{move}_%s", **kwargs)
        self.move = move
        self.fields["to_state"].choices = [(move, ProposalState(move).label)]
        self.fields["to_state"].initial = move
        kept = ("to_state", "on", "reason", *MOVE_FIELDS.get(move, ()))
        for name in [name for name in self.fields if name not in kept]:
            del self.fields[name]
        self.fields["on"].initial = timezone.localdate()
        self._require_what_the_move_needs(move)
        if "event" in self.fields:
            self.fields["event"].queryset = network.events_newest_first()
        if "merged_into" in self.fields:
            open_proposals = Proposal.objects.filter(submitted_on__isnull=False).exclude(state__in=CLOSED)
            self.fields["merged_into"].queryset = open_proposals.exclude(pk=proposal.pk).prefetch_related("texts")

    def _require_what_the_move_needs(self, move: str) -> None:
        if move in NEEDS_REASON:
            self.fields["reason"].required = True
            self.fields["reason"].label = _("Why (shown to everyone who follows the proposal)")
        for name in ("answer_kind", "answer_text", "merged_into"):
            if name in self.fields:
                self.fields[name].required = True
        answer_needed = _("Record what the responsible body answered and whether it accepted the proposal.")
        for name in ("answer_kind", "answer_text"):
            if name in self.fields:
                self.fields[name].error_messages["required"] = answer_needed
        if "answer_kind" in self.fields:
            self.fields["answer_kind"].label = _("Answer")
            self.fields["answer_kind"].choices = [("", _("— choose —")), *AnswerKind.choices]
        if "progress" in self.fields:
            self.fields["progress"].label = _("Progress %")
        if "reference" in self.fields:
            self.fields["reference"].label = _("Reference of the letter")
        if "merged_into" in self.fields:
            self.fields["merged_into"].label = _("Merged into")

    @property
    def label(self) -> str:
        return ProposalState(self.move).label

    def move_arguments(self) -> dict:
        data = dict(self.cleaned_data)
        data["answer_kind"] = data.get("answer_kind") or ""
        return data


def move_forms(proposal: Proposal, moves, data=None) -> list[MoveForm]:
    """One form per allowed move; `data` goes to the form of the move it names."""
    chosen = data.get("to_state") if data else None
    return [MoveForm(data if move == chosen else None, proposal=proposal, move=move) for move in moves]


class MilestoneForm(forms.Form):
    on = forms.DateField(label=_("Date"), widget=DATE_INPUT)
    text = forms.CharField(label=_("Milestone"), max_length=300)
    progress = forms.IntegerField(label=_("Progress %"), min_value=0, max_value=100)


class CommentForm(forms.Form):
    text = forms.CharField(label=_("Your comment"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000)

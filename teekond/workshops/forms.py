"""Forms of the workshop pages; the views hand their cleaned data to workshops.services."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from teekond.core.templatetags.teekond import in_language_label
from teekond.workshops.models import Note, NoteGroup, Participant, Phase
from teekond.workshops.selectors import choices


class WorkshopForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    event = forms.ModelChoiceField(
        label=_("Event"),
        queryset=choices.workshop_events().none(),
        required=False,
        empty_label=_("— no event —"),
        help_text=_("The network meeting or workshop this board belongs to; its outcome keeps it as the origin."),
    )
    stages = forms.ModelMultipleChoiceField(
        label=_("Stages (the board's columns)"), queryset=choices.stages().none(), widget=forms.CheckboxSelectMultiple
    )
    perspectives = forms.ModelMultipleChoiceField(
        label=_("Perspectives (the board's rows)"),
        queryset=choices.perspectives().none(),
        widget=forms.CheckboxSelectMultiple,
    )
    language = forms.ChoiceField(label=_("Language of the workshop"), choices=settings.LANGUAGES)
    vote_budget = forms.IntegerField(label=_("Votes per person"), min_value=1, max_value=50, initial=5)
    vote_cap = forms.IntegerField(
        label=_("Votes per person on one note or group"), min_value=1, max_value=50, initial=2
    )
    note_limit = forms.IntegerField(
        label=_("Notes per person"),
        min_value=1,
        max_value=200,
        initial=30,
        required=False,
        help_text=_("One participant can post at most this many notes on the board."),
    )
    notes_per_minute = forms.IntegerField(
        label=_("Notes per person in a minute"),
        min_value=1,
        max_value=60,
        initial=6,
        required=False,
        help_text=_("A participant who posts faster is asked to wait a moment."),
    )
    prefill = forms.BooleanField(
        label=_("Start with the existing bottlenecks of these cells"),
        required=False,
        help_text=_("The room then re-validates and re-votes them rather than starting from a blank board."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["event"].queryset = choices.workshop_events()
        self.fields["stages"].queryset = choices.stages()
        self.fields["perspectives"].queryset = choices.perspectives()

    def clean_note_limit(self):
        return self.cleaned_data["note_limit"] or self.fields["note_limit"].initial

    def clean_notes_per_minute(self):
        return self.cleaned_data["notes_per_minute"] or self.fields["notes_per_minute"].initial

    def clean(self):
        data = super().clean()
        budget, cap = data.get("vote_budget"), data.get("vote_cap")
        if budget and cap and cap > budget:
            self.add_error("vote_cap", _("The cap on one target cannot be larger than the votes per person."))
        return data


class HandOverForm(forms.Form):
    """Who runs the workshop from now on: a facilitator or a coordinator of the network."""

    to_user = forms.ModelChoiceField(label=_("Hand the workshop over to"), queryset=None, empty_label=None)

    def __init__(self, *args, workshop, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_user"].queryset = choices.hand_over_to(workshop)
        self.fields["to_user"].label_from_instance = lambda user: user.get_full_name() or user.get_username()


class CodeForm(forms.Form):
    """Where a participant types the code shown on the projector."""

    code = forms.CharField(label=_("Workshop code"), max_length=12)

    def clean_code(self):
        return self.cleaned_data["code"].strip().upper()


class JoinForm(forms.Form):
    name = forms.CharField(
        label=_("Your name (optional)"),
        max_length=Participant._meta.get_field("name").max_length,
        required=False,
        help_text=_("Shown with your notes. Leave it empty, or choose “Join anonymously”, to take part without it."),
    )
    municipality = forms.ModelChoiceField(
        label=_("Your municipality (optional)"),
        queryset=choices.municipalities().none(),
        required=False,
        empty_label=_("— not given —"),
        help_text=_("Kept with the workshop's outcome as where its participants came from."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].queryset = choices.municipalities()


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Your note"),
        max_length=Note._meta.get_field("text").max_length,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    # Nothing is chosen beforehand: a note posted into the first row without noticing is worse than an error.
    stage = forms.ChoiceField(
        label=_("Stage"), error_messages={"required": _("Choose the stage of the journey your note is about.")}
    )
    perspective = forms.ChoiceField(
        label=_("Whose view"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose whose view your note is from: the municipality's, an immigrant's or a returnee's.")
        },
    )
    anonymous = forms.BooleanField(label=_("Post anonymously"), required=False)

    def __init__(self, *args, stages, perspectives, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["stage"].choices = [("", _("— choose —"))] + [(stage.slug, _label(stage)) for stage in stages]
        self.fields["perspective"].choices = [(perspective.slug, _label(perspective)) for perspective in perspectives]


def _label(item) -> str:
    shown = item.text()
    return in_language_label(shown.language, shown.title or shown.name or item.slug)


class PhaseForm(forms.Form):
    phase = forms.ChoiceField(choices=Phase.choices)


class TimerForm(forms.Form):
    minutes = forms.IntegerField(label=_("Timer in minutes"), min_value=0, max_value=120, initial=5)


class GroupForm(forms.Form):
    """The ticked notes become a new group (`title`) or join an existing one (`into`)."""

    notes = forms.TypedMultipleChoiceField(coerce=int, choices=())
    title = forms.CharField(label=_("Group the ticked notes as"), max_length=200, required=False)
    into = forms.ModelChoiceField(
        label=_("or add them to the group"), queryset=NoteGroup.objects.none(), required=False, empty_label="—"
    )

    def __init__(self, *args, note_ids, groups, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["notes"].choices = [(pk, pk) for pk in note_ids]
        self.fields["notes"].error_messages["required"] = _("Tick the notes to put in the group first.")
        self.fields["into"].queryset = groups


class RenameForm(forms.Form):
    title = forms.CharField(label=_("Title of the group"), max_length=200)


class HideForm(forms.Form):
    hidden = forms.BooleanField(required=False)


class FocusForm(forms.Form):
    group = forms.IntegerField(required=False)


class DecisionForm(forms.Form):
    decision = forms.CharField(label=_("Decision"), max_length=4000, required=False, widget=forms.Textarea)


class VoteForm(forms.Form):
    target = forms.CharField(max_length=20)  # "g12" (a group) or "n34" (a note), as the board names them

"""What a newcomer tells the guide: their situation, children, arrival date, and (on the chooser) their town.

The same fields are read from the plan's address, so a bad address is answered with the chooser and a
message next to the field that was wrong, never with a crash.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from teekond.journey.models import Situation

CHILDREN_CHOICES = [("0", _("no")), ("1", _("yes"))]


class PlanForm(forms.Form):
    situation = forms.ChoiceField(
        label=_("Your situation"),
        choices=Situation.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose your situation."),
            "invalid_choice": _("Choose one of the situations listed."),
        },
    )
    children = forms.TypedChoiceField(
        label=_("Children come along"),
        choices=CHILDREN_CHOICES,
        coerce=lambda value: value == "1",
        required=False,
        empty_value=False,
        error_messages={"invalid_choice": _("Say whether children come along with yes or no.")},
    )
    arrival = forms.DateField(
        label=_("Date you arrived or moved (optional)"),
        required=False,
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("With the date, deadlines are shown as dates and can be added to your calendar."),
        error_messages={"invalid": _("Enter the date as a calendar date, for example 2026-12-01.")},
    )

    def params(self) -> dict[str, str]:
        """The plan's query string values, the same whichever way the choices were written."""
        data = self.cleaned_data
        params = {"situation": data["situation"], "children": "1" if data["children"] else "0"}
        if data["arrival"]:
            params["arrival"] = data["arrival"].isoformat()
        return params


class ChooserForm(PlanForm):
    """The guide's first page: the plan's fields plus the municipality, which becomes part of the address."""

    municipality = forms.ChoiceField(
        label=_("Your municipality"),
        error_messages={
            "required": _("Choose your municipality."),
            "invalid_choice": _("Choose a municipality from the list."),
        },
    )

    field_order = ["municipality", "situation", "children", "arrival"]

    def __init__(self, *args, municipality_groups=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].choices = [("", _("Choose…"))] + [
            (label, [(m.slug, m.name) for m in municipalities]) for label, municipalities in municipality_groups
        ]

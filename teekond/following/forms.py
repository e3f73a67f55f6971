from django import forms
from django.utils.translation import gettext_lazy as _

from teekond.following.models import TargetKind


class FollowForm(forms.Form):
    email = forms.EmailField(label=_("Your e-mail address"), max_length=254)
    kind = forms.ChoiceField(choices=TargetKind.choices, widget=forms.HiddenInput)
    key = forms.SlugField(max_length=100, widget=forms.HiddenInput)
    # A honeypot: hidden from people, filled in by bots that fill in every field.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def is_from_a_bot(self) -> bool:
        return bool(self.cleaned_data.get("website"))

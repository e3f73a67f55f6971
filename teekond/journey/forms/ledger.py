from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ExtensionForm(forms.Form):
    """The body announced that it needs longer to answer (MSVS § 6)."""

    announced_on = forms.DateField(label=_("The body announced it on"), widget=DATE_INPUT)
    new_due = forms.DateField(label=_("New due date"), widget=DATE_INPUT)
    reason = forms.CharField(
        label=_("The reason the body gave"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["announced_on"].initial = timezone.localdate()


class DueDateForm(forms.Form):
    """A coordinator's correction of the dates the time limit counts from and ends on."""

    registered_on = forms.DateField(label=_("Registered by the body on"), required=False, widget=DATE_INPUT)
    answer_due = forms.DateField(
        label=_("Answer due by"),
        required=False,
        widget=DATE_INPUT,
        help_text=_("Leave empty to count 30 days from the registration (or from the day sent)."),
    )
    reason = forms.CharField(label=_("Why the dates change"), required=False, max_length=300)

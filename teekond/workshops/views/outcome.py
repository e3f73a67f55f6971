"""The facilitator's outcome page and the exports, for those who may run the workshop.

The page holds one form per group (and per voted note in no group), each with its own prefix so that
every field id on the page is unique; a POST names the item it is for in `target`.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods

from teekond.core.decorators import signed_in
from teekond.core.permissions import get_allowed_object
from teekond.workshops import exports, selectors, services
from teekond.workshops.models import Phase, Workshop
from teekond.workshops.selectors import choices

NEW, MERGE = "new", "merge"
SOURCE_TITLE_REQUIRED = gettext_lazy("The Estonian title is required: Estonian is the source language.")


class PromoteForm(forms.Form):
    action = forms.ChoiceField(
        label=gettext_lazy("Record it on the journey map as"),
        choices=[
            (NEW, gettext_lazy("a new bottleneck")),
            (MERGE, gettext_lazy("more evidence and votes for an existing bottleneck of this cell")),
        ],
        widget=forms.RadioSelect,
        initial=NEW,
    )
    title_et = forms.CharField(
        label=gettext_lazy("Title in Estonian"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"lang": "et"}),
        help_text=gettext_lazy("Required for a new bottleneck: Estonian is the map's source language."),
    )
    title_en = forms.CharField(
        label=gettext_lazy("Title in English (optional)"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"lang": "en"}),
    )
    description_et = forms.CharField(
        label=gettext_lazy("Description in Estonian (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"lang": "et", "rows": 3}),
    )
    bottleneck = forms.ModelChoiceField(
        label=gettext_lazy("Existing bottleneck"),
        queryset=choices.bottlenecks([]),
        required=False,
        empty_label=gettext_lazy("— choose —"),
    )

    def __init__(self, *args, item: selectors.OutcomeItem, **kwargs):
        kwargs.setdefault("initial", {"title_et": item.title[:200], "bottleneck": item.suggested})
        if item.suggested:
            kwargs["initial"]["action"] = MERGE
        super().__init__(*args, prefix=item.key, **kwargs)
        candidates = [bottleneck.pk for bottleneck in item.candidates]
        self.fields["bottleneck"].queryset = choices.bottlenecks(candidates)
        if not candidates:
            self.fields["action"].choices = self.fields["action"].choices[:1]
        for number in range(1, services.MAX_PROPOSALS + 1):
            self.fields[f"proposal_{number}_title"] = forms.CharField(
                label=gettext_lazy("Title in Estonian"),
                max_length=200,
                required=False,
                widget=forms.TextInput(attrs={"lang": "et"}),
            )
            self.fields[f"proposal_{number}_level"] = forms.ChoiceField(
                label=gettext_lazy("Level"), choices=[("", "—"), *choices.PROPOSAL_LEVELS], required=False
            )

    def clean(self):
        data = super().clean()
        if data.get("action") == NEW and not data.get("title_et"):
            self.add_error("title_et", SOURCE_TITLE_REQUIRED)
        if data.get("action") == MERGE and not data.get("bottleneck"):
            self.add_error("bottleneck", _("Choose the bottleneck to add it to."))
        for number in range(1, services.MAX_PROPOSALS + 1):
            if data.get(f"proposal_{number}_title") and not data.get(f"proposal_{number}_level"):
                self.add_error(f"proposal_{number}_level", _("Choose the level of the proposal."))
        return data

    @property
    def can_merge(self) -> bool:
        return len(self.fields["action"].choices) > 1

    def new_fields(self):
        return [self["title_et"], self["title_en"], self["description_et"]]

    def merge_fields(self):
        return [self["bottleneck"]]

    def proposal_fieldsets(self):
        for number in range(1, services.MAX_PROPOSALS + 1):
            yield number, [self[f"proposal_{number}_title"], self[f"proposal_{number}_level"]]

    def promotion(self) -> dict:
        data = self.cleaned_data
        proposals = [
            {"title_et": data[f"proposal_{number}_title"], "level": data[f"proposal_{number}_level"]}
            for number in range(1, services.MAX_PROPOSALS + 1)
            if data[f"proposal_{number}_title"]
        ]
        if data["action"] == MERGE:
            return {"bottleneck": data["bottleneck"], "proposals": proposals}
        return {
            "title_et": data["title_et"],
            "title_en": data["title_en"],
            "description_et": data["description_et"],
            "proposals": proposals,
        }


def _workshop(request, code: str) -> Workshop:
    workshops = Workshop.objects.select_related("event").prefetch_related("event__texts")
    # Private, as the console: a refusal must not tell that the code exists (a 404 like an unknown code).
    return get_allowed_object(
        request.user, "workshops.run_workshop", workshops, private=True, code=code.strip().upper()
    )


@signed_in
@require_http_methods(["GET", "POST"])
def outcome_page(request, code):
    workshop = _workshop(request, code)
    items = selectors.outcome_items(workshop)
    bound = None
    if request.method == "POST":
        item = next((item for item in items if item.key == request.POST.get("target")), None)
        if item is None:
            raise Http404
        if item.bottleneck is not None:
            messages.error(request, _("This group has already been turned into a bottleneck."))
            return redirect(reverse("workshops:outcome", args=[workshop.code]) + f"#{item.key}")
        bound = PromoteForm(request.POST, item=item)
        if bound.is_valid() and _promote(request, item, bound):
            return redirect(reverse("workshops:outcome", args=[workshop.code]) + f"#{item.key}")
    for item in items:
        if item.bottleneck is None:
            item.form = bound if bound is not None and bound.prefix == item.key else PromoteForm(item=item)
    context = {"workshop": workshop, "items": items, "in_summary": workshop.phase == Phase.SUMMARY}
    return render(request, "workshops/outcome/page.html", context, status=400 if bound else 200)


def _promote(request, item: selectors.OutcomeItem, form: PromoteForm) -> bool:
    try:
        if item.group is not None:
            promotion = services.group_promote(user=request.user, group=item.group, **form.promotion())
        else:
            promotion = services.note_promote(user=request.user, note=item.note, **form.promotion())
    except ValidationError as error:
        form.add_error(None, error)
        return False
    messages.success(request, _("“%(title)s” is now on the journey map.") % {"title": promotion.bottleneck})
    return True


@signed_in
@require_GET
def export_csv(request, code):
    workshop = _workshop(request, code)
    response = HttpResponse(exports.notes_csv(workshop), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="workshop-{workshop.code}.csv"'
    return response


@signed_in
@require_GET
def export_pdf(request, code):
    workshop = _workshop(request, code)
    content = exports.summary_pdf(workshop, request.LANGUAGE_CODE, base_url=request.build_absolute_uri("/"))
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="workshop-{workshop.code}.pdf"'
    return response

"""The ledger of answers: bodies ranked by open and overdue proposals, one page per body, and the
coordinator's forms for a body's extension and for correcting the dates."""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from teekond.core.decorators import signed_in
from teekond.core.permissions import get_allowed_object
from teekond.journey import ledger, selectors, services
from teekond.journey.forms.ledger import DueDateForm, ExtensionForm
from teekond.journey.models import Proposal, ProposalState


@require_GET
def bodies(request):
    today = timezone.localdate()
    context = {"ledgers": selectors.body_ledgers(today, selectors.sees_internal(request.user)), **ledger.rule_context()}
    return render(request, "journey/bodies.html", context)


@require_GET
def body(request, slug):
    today = timezone.localdate()
    try:
        item = selectors.body_ledger(slug, today, selectors.sees_internal(request.user))
    except ObjectDoesNotExist:
        raise Http404 from None
    return render(request, "journey/body.html", {"ledger": item, "today": today, **ledger.rule_context()})


def _waiting_proposal(request, pk):
    item = get_allowed_object(request.user, "journey.change_proposal_state", Proposal.objects.all(), pk=pk)
    if item.state != ProposalState.SENT:
        messages.error(request, _("Only a proposal waiting for the body's answer has a due date to change."))
        return None
    return item


@signed_in
@require_http_methods(["GET", "POST"])
def proposal_extend(request, pk):
    item = _waiting_proposal(request, pk)
    if item is None:
        return redirect("journey:proposal", pk=pk)
    form = ExtensionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.proposal_due_extend(user=request.user, proposal=item, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The extension was recorded."))
            return redirect(item)
    context = {"form": form, "proposal": item, "title": _("Record the body's extension"), **ledger.rule_context()}
    return render(request, "journey/proposal_due.html", context)


@signed_in
@require_http_methods(["GET", "POST"])
def proposal_due(request, pk):
    item = _waiting_proposal(request, pk)
    if item is None:
        return redirect("journey:proposal", pk=pk)
    initial = {"registered_on": item.registered_on, "answer_due": item.answer_due}
    form = DueDateForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.proposal_due_set(user=request.user, proposal=item, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The dates were saved."))
            return redirect(item)
    context = {"form": form, "proposal": item, "title": _("Correct the dates"), **ledger.rule_context()}
    return render(request, "journey/proposal_due.html", context)

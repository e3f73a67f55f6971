from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from teekond.core.decorators import signed_in
from teekond.core.navigation import safe_next
from teekond.core.permissions import allowed, get_allowed_object, require
from teekond.journey import documents, ledger, lifecycle, map_parts, selectors, services
from teekond.journey.forms.map import (
    BottleneckForm,
    CommentForm,
    EvidenceForm,
    MergeForm,
    MilestoneForm,
    ProposalForm,
    move_forms,
)
from teekond.journey.models import Bottleneck, Proposal, ProposalState, Round, Step
from teekond.network import selectors as network


@require_GET
def journey_map(request):
    """The map; its filters and cells are drawn once per content version (map_parts)."""
    internal = selectors.sees_internal(request.user)
    box, table = map_parts.map_parts(request.GET, internal, request.LANGUAGE_CODE)
    return render(request, "journey/map.html", {"map_filters": box, "map_table": table})


@require_GET
def stage(request, slug):
    try:
        item, steps, perspectives = selectors.stage_page(slug, selectors.sees_internal(request.user))
    except ObjectDoesNotExist:
        raise Http404 from None
    return render(request, "journey/stage.html", {"stage": item, "steps": steps, "perspectives": perspectives})


@signed_in
@require_POST
def step_confirm(request, key):
    """A coordinator confirms a step as still valid in every language; back to where they pressed the button."""
    step = get_allowed_object(request.user, "journey.confirm_step", Step.objects.select_related("stage"), key=key)
    services.step_confirm(user=request.user, step=step)
    messages.success(request, _("Confirmed as still valid in every language: %(step)s.") % {"step": step})
    back = f"{step.stage.get_absolute_url()}#step-{step.key}"
    return redirect(safe_next(request.POST.get("next", ""), back))


@require_GET
def bottleneck(request, pk):
    target = Bottleneck.objects.filter(pk=pk).values_list("merged_into", flat=True).first()
    if target:  # merged bottlenecks keep their address: it leads to the one they became
        return redirect("journey:bottleneck", pk=target, permanent=True)
    try:
        item, evidence, proposals, trend = selectors.bottleneck_detail(pk, selectors.sees_internal(request.user))
    except ObjectDoesNotExist:
        raise Http404 from None
    user = request.user
    context = {
        "bottleneck": item,
        "evidence": evidence,
        "proposals": proposals,
        "trend": trend,
        "can_edit": allowed(user, "journey.change_bottleneck", item),
        "can_add_evidence": allowed(user, "journey.add_evidence", item),
        "can_merge": allowed(user, "journey.merge_bottleneck", item),
        "open_round": _open_round() if allowed(user, "journey.add_support", item) else None,
        "evidence_form": EvidenceForm(user=user) if allowed(user, "journey.add_evidence", item) else None,
    }
    return render(request, "journey/bottleneck.html", context)


def _open_round():
    return Round.objects.filter(is_open=True).select_related("event").prefetch_related("event__texts").last()


@signed_in
@require_http_methods(["GET", "POST"])
def bottleneck_create(request):
    require(request.user, "journey.add_bottleneck")
    initial = {key: request.GET[key] for key in ("stage", "perspective", "origin") if request.GET.get(key)}
    return _bottleneck_form(request, Bottleneck(), initial)


@signed_in
@require_http_methods(["GET", "POST"])
def bottleneck_edit(request, pk):
    item = get_allowed_object(request.user, "journey.change_bottleneck", Bottleneck.objects.current(), pk=pk)
    return _bottleneck_form(request, item, {})


def _bottleneck_form(request, item, initial):
    form = BottleneckForm(request.POST or None, instance=item, initial=initial, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.bottleneck_save(
                user=request.user,
                bottleneck=item if item.pk else None,
                fields=form.bottleneck_fields(),
                texts=form.texts(),
                municipalities=form.cleaned_data["municipalities"],
                minor=form.cleaned_data["minor"],
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The bottleneck was saved."))
            return redirect(saved)
    return render(request, "journey/bottleneck_form.html", {"form": form, "bottleneck": item})


@signed_in
@require_POST
def evidence_add(request, pk):
    item = get_object_or_404(Bottleneck.objects.current(), pk=pk)
    require(request.user, "journey.add_evidence", item)
    form = EvidenceForm(request.POST, user=request.user)
    if form.is_valid():
        services.evidence_add(user=request.user, bottleneck=item, **form.cleaned_data)
        messages.success(request, _("The evidence was added."))
    else:
        errors = "; ".join(f"{form.fields[f].label}: {' '.join(e)}" for f, e in form.errors.items() if f in form.fields)
        messages.error(request, _("The evidence was not added: %(errors)s") % {"errors": errors})
    return redirect(item)


@signed_in
@require_http_methods(["GET", "POST"])
def bottleneck_merge(request, pk):
    item = get_allowed_object(request.user, "journey.merge_bottleneck", Bottleneck.objects.current(), pk=pk)
    form = MergeForm(request.POST or None, source=item)
    if request.method == "POST" and form.is_valid():
        try:
            target = services.bottleneck_merge(
                user=request.user, source=item, target=form.cleaned_data["target"], reason=form.cleaned_data["reason"]
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The bottlenecks were merged; the old address now leads here."))
            return redirect(target)
    return render(request, "journey/bottleneck_merge.html", {"form": form, "bottleneck": item})


@signed_in
@require_POST
def support(request, kind, pk):
    model = {"bottleneck": Bottleneck, "proposal": Proposal}[kind]
    item = get_object_or_404(model, pk=pk)
    require(request.user, "journey.add_support", item)
    round = _open_round()
    if round is None:
        messages.error(request, _("No round of prioritisation is open at the moment."))
        return redirect(item)
    try:
        services.support_add(user=request.user, round=round, **{kind: item})
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Your support was counted."))
    return redirect(item)


@require_GET
def proposal(request, pk):
    try:
        item = selectors.proposal_detail(pk, selectors.sees_internal(request.user))
    except ObjectDoesNotExist:
        raise Http404 from None
    user = request.user
    selectors.mark_waiting(item, timezone.localdate())
    context = {
        **ledger.rule_context(),
        "proposal": item,
        "path_ahead": _path_ahead(item),
        "can_edit": allowed(user, "journey.change_proposal", item),
        "can_move": allowed(user, "journey.change_proposal_state", item),
        "can_comment": item.submitted_on is not None and allowed(user, "journey.add_comment", item),
        "comment_form": CommentForm(),
        "milestone_form": MilestoneForm() if _takes_milestones(item, user) else None,
        "open_round": _open_round() if allowed(user, "journey.add_support", item) else None,
    }
    return render(request, "journey/proposal.html", context)


def _path_ahead(proposal: Proposal) -> list[str]:
    path, state = lifecycle.MAIN_PATH, proposal.state
    rejected = state == ProposalState.ANSWERED and proposal.answer_kind not in lifecycle.ANSWERS_ALLOWING_IMPLEMENTATION
    if state not in path or rejected:
        return []
    return [str(ProposalState(later).label) for later in path[path.index(state) + 1 :]]


@signed_in
@require_http_methods(["GET", "POST"])
def proposal_create(request):
    require(request.user, "journey.add_proposal")
    initial = {"bottlenecks": request.GET.getlist("bottleneck")} if request.GET.get("bottleneck") else {}
    return _proposal_form(request, Proposal(), initial)


@signed_in
@require_http_methods(["GET", "POST"])
def proposal_edit(request, pk):
    item = get_allowed_object(request.user, "journey.change_proposal", Proposal.objects.all(), pk=pk)
    return _proposal_form(request, item, {})


def _proposal_form(request, item, initial):
    form = ProposalForm(request.POST or None, instance=item, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.proposal_save(
                user=request.user,
                proposal=item if item.pk else None,
                fields=form.proposal_fields(),
                texts=form.texts(),
                bottlenecks=form.cleaned_data["bottlenecks"],
                origin_events=form.cleaned_data["origin_events"],
                minor=form.cleaned_data["minor"],
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The proposal was saved."))
            return redirect(saved)
    return render(request, "journey/proposal_form.html", {"form": form, "proposal": item})


@signed_in
@require_http_methods(["GET", "POST"])
def proposal_move(request, pk):
    item = get_allowed_object(request.user, "journey.change_proposal_state", Proposal.objects.all(), pk=pk)
    moves = lifecycle.WORKFLOW.allowed(request.user, item)
    if request.method == "POST" and request.POST.get("to_state") not in moves:
        return _unknown_move(request, item, moves)
    forms = move_forms(item, moves, request.POST if request.method == "POST" else None)
    chosen = next((form for form in forms if form.is_bound), None)
    if chosen is not None and chosen.is_valid():
        try:
            services.proposal_move(user=request.user, proposal=item, **chosen.move_arguments())
        except ValidationError as error:
            chosen.add_error(None, error)
        else:
            messages.success(request, _("The proposal is now: %(state)s.") % {"state": chosen.label})
            return redirect(item)
    status = 400 if chosen is not None else 200
    context = {"forms": forms, "open": chosen or (forms[0] if forms else None), "proposal": item}
    return render(request, "journey/proposal_move.html", context, status=status)


def _unknown_move(request, item: Proposal, moves):
    """A move this person may not make from here: refused (403) when the lifecycle allows it to others."""
    if request.POST.get("to_state") in lifecycle.allowed_next(item):
        raise PermissionDenied
    messages.error(request, _("This proposal cannot move to that state from here; choose one of the moves below."))
    context = {"forms": move_forms(item, moves), "open": None, "proposal": item}
    return render(request, "journey/proposal_move.html", context, status=400)


def _takes_milestones(proposal: Proposal, user) -> bool:
    in_progress = proposal.state in (ProposalState.IN_IMPLEMENTATION, ProposalState.IMPLEMENTED)
    return in_progress and allowed(user, "journey.change_proposal_state", proposal)


@signed_in
@require_POST
def milestone_add(request, pk):
    item = get_allowed_object(request.user, "journey.change_proposal_state", Proposal.objects.all(), pk=pk)
    form = MilestoneForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The milestone needs a date, a text and a progress from 0 to 100."))
        return redirect(item)
    try:
        services.milestone_add(user=request.user, proposal=item, **form.cleaned_data)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The milestone was added."))
    return redirect(item)


@signed_in
@require_POST
def comment_add(request, pk):
    item = get_object_or_404(Proposal.objects.filter(submitted_on__isnull=False), pk=pk)
    require(request.user, "journey.add_comment", item)
    form = CommentForm(request.POST)
    if form.is_valid():
        services.comment_add(user=request.user, proposal=item, text=form.cleaned_data["text"])
        messages.success(request, _("Your comment was added."))
    else:
        messages.error(request, _("The comment was empty or too long (at most 2,000 characters)."))
    return redirect(item)


@require_GET
def state_tracker(request):
    today = timezone.localdate()
    context = {
        "bodies": selectors.state_tracker(today, selectors.sees_internal(request.user)),
        "counts": selectors.state_counts(selectors.sees_internal(request.user)),
        "today": today,
        **ledger.rule_context(),
    }
    return render(request, "journey/state_tracker.html", context)


@require_GET
def municipality(request, slug):
    place = network.municipality_by_slug(slug)
    if place is None:
        raise Http404
    context = {"municipality": place, **selectors.municipality_overview(place, selectors.sees_internal(request.user))}
    return render(request, "journey/municipality.html", context)


@require_GET
def poster(request):
    language = request.LANGUAGE_CODE
    response = HttpResponse(documents.poster_pdf(language), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="teekonnakaart-{language}.pdf"'
    return response


@require_GET
def proposals_spreadsheet(request):
    content = documents.proposals_xlsx(request.LANGUAGE_CODE if request.LANGUAGE_CODE in ("et", "en") else "et")
    response = HttpResponse(content, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response["Content-Disposition"] = 'attachment; filename="ettepanekud.xlsx"'
    return response

"""Writes to the journey map's facts: bottlenecks, their evidence and merges, and confirmed steps.

Each is one transaction and checks the rules itself."""

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from teekond.core.history import stamp
from teekond.core.permissions import require
from teekond.core.roles import Role
from teekond.core.translation import require_source_title, save_texts
from teekond.journey.models import (
    Bottleneck,
    Evidence,
    Step,
)
from teekond.journey.signals import bottleneck_changed

BOTTLENECK_TEXT_FIELDS = ("title", "description")


@transaction.atomic
def bottleneck_save(
    *,
    user,
    bottleneck: Bottleneck | None = None,
    fields: dict,
    texts: dict[str, dict],
    municipalities=(),
    minor: bool = False,
    reason: str = "",
) -> Bottleneck:
    require_source_title(texts)
    if bottleneck is None:
        require(user, "journey.add_bottleneck")
        bottleneck = Bottleneck(created_by=user if user.is_authenticated else None)
        if user.municipality_id and "owner_municipality" not in fields:
            bottleneck.owner_municipality_id = user.municipality_id
    else:
        require(user, "journey.change_bottleneck", bottleneck)
    municipalities = _affected_municipalities(user, bottleneck, municipalities)
    for name, value in fields.items():
        setattr(bottleneck, name, value)
    if user.role == Role.MUNICIPALITY_EDITOR and bottleneck.owner_municipality_id not in (None, user.municipality_id):
        raise PermissionDenied  # an editor records for their own municipality only
    stamp(bottleneck, user=user, reason=reason)
    bottleneck.full_clean(exclude=["source_version"])
    bottleneck.save()
    bottleneck.municipalities.set(municipalities)
    save_texts(bottleneck, texts, BOTTLENECK_TEXT_FIELDS, minor=minor)
    return bottleneck


def _affected_municipalities(user, bottleneck: Bottleneck, wanted) -> list:
    """A municipality editor speaks for their own municipality only: they may add or remove it, and the
    others named before (by a coordinator, a workshop) stay as they were."""
    wanted = list(wanted)
    if user.role != Role.MUNICIPALITY_EDITOR:
        return wanted
    before = list(bottleneck.municipalities.all()) if bottleneck.pk else []
    others = [m for m in before if m.pk != user.municipality_id]
    if any(m.pk != user.municipality_id and m not in others for m in wanted):
        raise ValidationError(
            {"municipalities": _("A municipality editor can name only their own municipality as affected.")}
        )
    return others + [m for m in wanted if m.pk == user.municipality_id]


@transaction.atomic
def evidence_add(*, user, bottleneck: Bottleneck, **fields) -> Evidence:
    require(user, "journey.add_evidence", bottleneck)
    municipality = fields.get("municipality")
    if user.role == Role.MUNICIPALITY_EDITOR and municipality and municipality.pk != user.municipality_id:
        raise PermissionDenied  # an editor speaks for their own municipality only
    evidence = Evidence(bottleneck=bottleneck, created_by=user, **fields)
    evidence.full_clean()
    evidence.save()
    if not evidence.is_internal:
        bottleneck_changed.send(Bottleneck, bottleneck=bottleneck, kind="evidence", evidence=evidence)
    return evidence


@transaction.atomic
def bottleneck_merge(*, user, source: Bottleneck, target: Bottleneck, reason: str) -> Bottleneck:
    """Merge `source` into `target`: evidence, supports, proposals and municipalities move along."""
    require(user, "journey.merge_bottleneck", source)
    if source.pk == target.pk:
        raise ValidationError(_("A bottleneck cannot be merged into itself."))
    if target.merged_into_id:
        raise ValidationError(_("That bottleneck was itself merged into another one; merge into that one instead."))
    if not reason.strip():
        raise ValidationError(_("Say why the two are the same bottleneck."))
    source.evidence.update(bottleneck=target)
    _move_supports(source, target)
    for proposal in source.proposals.all():
        proposal.bottlenecks.add(target)
    target.municipalities.add(*source.municipalities.all())
    Bottleneck.objects.filter(merged_into=source).update(merged_into=target)
    source.merged_into = target
    stamp(source, user=user, reason=reason)
    source.save()
    bottleneck_changed.send(Bottleneck, bottleneck=target, kind="merge", merged=source)
    return target


def _move_supports(source: Bottleneck, target: Bottleneck) -> None:
    for support in source.supports.all():
        duplicate = target.supports.filter(round=support.round, supporter=support.supporter).first()
        if duplicate and support.supporter_id:
            duplicate.weight += support.weight
            duplicate.save(update_fields=["weight"])
            support.delete()
        else:
            support.bottleneck = target
            support.save(update_fields=["bottleneck"])


@transaction.atomic
def bottleneck_municipalities_add(*, user, bottleneck: Bottleneck, municipalities) -> None:
    """Name more municipalities affected by a bottleneck (evidence from them came in); none is taken away."""
    require(user, "journey.add_evidence", bottleneck)
    municipalities = list(municipalities)
    if user.role == Role.MUNICIPALITY_EDITOR and any(m.pk != user.municipality_id for m in municipalities):
        raise PermissionDenied  # an editor speaks for their own municipality only
    bottleneck.municipalities.add(*municipalities)


@transaction.atomic
def step_confirm(*, user, step: Step, today: dt.date | None = None) -> Step:
    """A person confirms the step as still valid — its facts and its texts in every language, in one action.

    Only this sets the date a step was last checked; the history keeps who confirmed it and when.
    """
    require(user, "journey.confirm_step", step)
    step.checked, step.checked_by = today or timezone.localdate(), user
    stamp(step, user=user, reason=_("Confirmed as still valid in every language."))
    step.save(update_fields=["checked", "checked_by"])
    return step

"""The guide's writes, one module per sub-capability; the names below are the app's write interface."""

from teekond.guide.services.local import (
    SERVED_LANGUAGES,
    SERVICE_FIELDS,
    TEXT_FIELDS,
    TEXTS_ERROR_KEY,
    local_service_delete,
    local_service_save,
    rule_errors,
    served_language_codes,
)
from teekond.guide.services.stuck import (
    stuck_report_attach,
    stuck_report_dismiss,
    stuck_report_open_bottleneck,
    stuck_report_send,
)

__all__ = [
    "SERVED_LANGUAGES",
    "SERVICE_FIELDS",
    "TEXTS_ERROR_KEY",
    "TEXT_FIELDS",
    "local_service_delete",
    "local_service_save",
    "rule_errors",
    "served_language_codes",
    "stuck_report_attach",
    "stuck_report_dismiss",
    "stuck_report_open_bottleneck",
    "stuck_report_send",
]

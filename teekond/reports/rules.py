from teekond.core.permissions import is_coordinator, rule

rule("reports.view_report", "reports.view_checks")(is_coordinator)

"""Which wizard step fixes a failed live-check item, and the path's checks combined."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from wizard.core.check_result import CheckItem, CheckReport
from wizard.core.message import Message
from wizard.core.model import Step, WizardState
from wizard.core.paths import check_subjects, chosen_path


def fix_step(state: WizardState, item: CheckItem) -> Step | None:
    """The step where the clerk repairs `item`, or None when no step can (e.g. a network error)."""
    spec = chosen_path(state)
    return spec.fixes.get(item.status) if spec is not None else None


def all_checks_passed(state: WizardState) -> bool:
    """True when every login of the path has a passing last check."""
    subjects = check_subjects(state)
    runs = [state.check_run(subject) for subject in subjects]
    return bool(subjects) and all(run is not None and run.report.ok for run in runs)


def combined_check(
    state: WizardState, *, name_logins: bool = True
) -> tuple[CheckReport, datetime] | None:
    """The last checks of the path's logins as one report, for the export and the PDF.

    On the per-debtor path each item names its login, since every employer has its own;
    `name_logins=False` leaves the items as they are, for a caller that wants only the verdict.
    """
    runs = [run for subject in check_subjects(state) if (run := state.check_run(subject))]
    if not runs:
        return None
    several = len(runs) > 1
    items = [
        replace(item, service=f"{item.service} ({run.subject})")
        if several and name_logins
        else item
        for run in runs
        for item in run.report.checks
    ]
    first = runs[0].report
    failed = [run for run in runs if run.report.error is not None]
    error: Message | None = None
    if len(failed) == 1 and not several:
        error = failed[0].report.error
    elif failed:
        # Each login's reason on its own line, each shown in the language of the moment.
        pattern = "\n".join(f"{{subject{n}}}: {{reason{n}}}" for n in range(len(failed)))
        arguments: list[tuple[str, str | Message]] = []
        for n, run in enumerate(failed):
            assert run.report.error is not None
            arguments += [(f"subject{n}", run.subject), (f"reason{n}", run.report.error)]
        error = Message.as_written(pattern, *arguments)
    report = CheckReport(
        package=first.package,
        ok=all(run.report.ok for run in runs),
        checks=items,
        companies=[name for run in runs for name in run.report.companies],
        missing_connectors=[name for run in runs for name in run.report.missing_connectors],
        environment=first.environment,
        error=error,
    )
    return report, max(run.finished_at for run in runs)

"""Fill a prepared e-mail's placeholders; a line whose placeholders are all empty is left out."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def fill_mail_body(template: str, values: dict[str, str]) -> str:
    """`template` with each {name} replaced from `values` (unknown names count as empty).

    A line that has placeholders and none of them filled is dropped, so the e-mail names only
    what the clerk has given ("where filled in") and never shows an empty "Label: " line.
    """
    lines = []
    for line in template.split("\n"):
        names = _PLACEHOLDER.findall(line)
        if names and not any(values.get(name, "").strip() for name in names):
            continue
        lines.append(_PLACEHOLDER.sub(lambda match: values.get(match.group(1), "").strip(), line))
    return "\n".join(lines)

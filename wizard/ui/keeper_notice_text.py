"""A token keeper's notice (keyring trouble) in the clerk's language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from wizard.services.token_keeper import KeeperNotice


def notice_text(notice: KeeperNotice) -> str:
    """A keeper's notice in the clerk's language."""
    text = QCoreApplication.translate(notice.context, notice.text)
    for name, value in notice.arguments:
        text = text.replace("{" + name + "}", value)
    return text

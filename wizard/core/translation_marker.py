"""A Qt-free stand-in for QT_TRANSLATE_NOOP, so core texts can be extracted by lupdate."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; the UI translates it when it is shown."""
    del context
    return text

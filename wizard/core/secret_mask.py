"""How a secret is shown on screen and in printouts: never a single character of it."""

MASK = "\N{BULLET}" * 8


def mask_secret(value: str) -> str:
    """A fixed mask for a filled secret, or an empty string when nothing was entered."""
    return MASK if value else ""

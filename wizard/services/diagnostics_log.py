"""The wizard's diagnostic log: a rotating file that never holds a token, password or body.

Every record that reaches the file passes the `Redactor`, which formats the message itself,
renders any traceback itself and redacts both before the formatter sees them. Redaction works
on three levels:

1. secrets registered at runtime (`register_secret`): the tokens the clerk typed and proxy
   passwords, replaced wherever they appear, even inside an exception message;
2. patterns for secrets nobody registered: Authorization header values, long base64 and hex
   runs, <Token>/<Password> XML elements, token=/password= key-values, user:password@ in
   URLs, and the query string of every URL;
3. an allow-list for structured `extra` fields: any other custom attribute is dropped.

Callers log only what happened (step, status, HTTP status, problem kind), never an API
response body: bodies hold employees' personal data, which no pattern can recognise. Each
message is capped, so an accidental body would at least be cut short.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import threading
import traceback
from collections.abc import Callable, Mapping
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from wizard.core.private_folder import make_private_folder
from wizard.core.server_text import secret_variants

LOGGER_NAME = "wizard"
LOG_FILE_NAME = "wizard.log"
DEFAULT_MAX_BYTES = 512 * 1024
DEFAULT_BACKUP_COUNT = 3

REDACTED = "[geheim]"
QUERY_REDACTED = "[weggelaten]"

MAX_MESSAGE_CHARS = 2_000
MAX_TRACEBACK_CHARS = 8_000
MAX_EXTRA_CHARS = 200
# Redaction runs on text cut to this length first, so a runaway message cannot stall the GUI.
_MAX_SCANNED_CHARS = 100_000
# Shorter values are common words or numbers; redacting them would garble the log.
MIN_SECRET_LENGTH = 6

# The only custom `extra` keys that may reach the file; their values are redacted as well.
ALLOWED_EXTRA: frozenset[str] = frozenset(
    {
        "step",
        "package",
        "account_type",
        "status",
        "service",
        "call",
        "operation",
        "http_status",
        "problem",
        "duration_ms",
        "count",
    }
)

# Everything logging itself puts on a record (taskName included on 3.12+).
_STANDARD_ATTRIBUTES: frozenset[str] = frozenset(
    vars(logging.LogRecord("", logging.INFO, "", 0, "", None, None))
) | {"message", "asctime"}

_PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")


# --- Registered secrets -----------------------------------------------------------------------

_secrets_lock = threading.Lock()
_secrets: set[str] = set()
_secret_pattern: re.Pattern[str] | None = None


def register_secret(value: str | None) -> None:
    """Redact `value` from every later log record (and support bundle) of this run.

    The GUI registers each token the clerk types or loads. Values shorter than
    MIN_SECRET_LENGTH characters are ignored: they would redact ordinary words.
    """
    global _secret_pattern
    if not value:
        return
    value = value.strip()
    if len(value) < MIN_SECRET_LENGTH:
        return
    with _secrets_lock:
        new = secret_variants(value) - _secrets
        if not new:
            return
        _secrets.update(new)
        # Built at the next redaction: compiling per secret made 5,000 employers' tokens
        # take minutes (each compile grows with every secret before it).
        _secret_pattern = None


def register_url_credentials(url: str | None) -> None:
    """Register the password (and user name) in a proxy URL such as state.proxy_url."""
    if not url:
        return
    try:
        parts = urlsplit(url if "://" in url else "http://" + url)
        username, password = parts.username, parts.password
    except ValueError:
        return
    for value in (password, username):
        if value:
            register_secret(value)
            register_secret(unquote(value))


def register_environment_proxy_secrets(environ: Mapping[str, str] | None = None) -> None:
    """Register credentials in HTTP(S)_PROXY/ALL_PROXY, so they never reach the log."""
    for name in _PROXY_VARIABLES:
        register_url_credentials(_environment_value(environ, name))


def forget_secrets() -> None:
    """Drop every registered secret; for tests and a fresh start."""
    global _secret_pattern
    with _secrets_lock:
        _secrets.clear()
        _secret_pattern = None


def _known_secrets_pattern() -> re.Pattern[str] | None:
    """One pattern for every registered secret, built once after secrets were added."""
    global _secret_pattern
    with _secrets_lock:
        if _secret_pattern is None and _secrets:
            # Longest first, so a secret that contains another is replaced as a whole.
            alternatives = sorted(_secrets, key=len, reverse=True)
            _secret_pattern = re.compile(
                "|".join(re.escape(item) for item in alternatives), re.IGNORECASE
            )
        return _secret_pattern


def redact_known_secrets(text: str) -> str:
    """Replace every registered secret in `text`; nothing else is touched."""
    pattern = _known_secrets_pattern()
    return pattern.sub(REDACTED, text) if pattern is not None else text


# --- Patterns for secrets nobody registered ---------------------------------------------------

# Redaction must stay linear however long a run of word characters is (a quadratic pattern
# once took 10 s on 50k characters). Each pattern therefore starts only at the start of a run
# (a lookbehind) and swallows runs possessively (*+, ++), so nothing is scanned twice.
_SCHEME = r"(?<![A-Za-z0-9+.\-])[A-Za-z0-9+.\-]*+://"
_SECRET_TAGS = r"(?:token|password|passwd|apitoken|api_token|data_token|secret|data)"
# A key is a whole run of word characters and dashes before ":" or "=", and it names a secret
# somewhere in it. The cheap first lookahead spares the keyword search for ordinary words.
_SECRET_KEY = (
    r"(?<![\w-])(?=[\w-]*+[\"']?\s*+[:=])"
    r"(?=[\w-]*?(?:token|password|passwd|pwd|secret))[\w-]++"
)


def _looks_like_blob(match: re.Match[str]) -> str:
    text = match.group(0)
    # Random base64 of this length nearly always holds a digit, '+' or '='; words, identifiers
    # and most file paths do not, and keeping them keeps tracebacks readable.
    if any(char.isdigit() or char in "+=" for char in text):
        return REDACTED
    return text


def _without_query(match: re.Match[str]) -> str:
    # The URL is matched whole, with or without a query, so no URL is scanned twice.
    return match.group(1) + (f"?{QUERY_REDACTED}" if match.group(2) is not None else "")


def _without_proxy_credentials(match: re.Match[str]) -> str:
    return f"{REDACTED}@" if match.group(2) is not None else match.group(0)


_Replacement = str | Callable[[re.Match[str]], str]
_KEY_MARKERS = ("token", "pass", "pwd", "secret")

# Each pattern with the texts (case-folded) of which it needs one to match at all: a cheap
# `in` test skips a whole pass over a long text that cannot match.
_PATTERNS: tuple[tuple[re.Pattern[str], _Replacement, tuple[str, ...]], ...] = (
    # user:password@ in a URL; scheme, host and port stay.
    (re.compile(rf"({_SCHEME})[^\s/?#]*@"), rf"\1{REDACTED}@", ("://",)),
    # user:password@host:port without a scheme, as HTTPS_PROXY is sometimes written.
    # Matched whole even without the "@", so a run with many colons is scanned only once.
    (
        re.compile(r"(?<![\w/.@:%~+-])([\w.%~+-]++:[^\s@/]++)(@(?=[\w.-]+:\d+))?"),
        _without_proxy_credentials,
        (":",),
    ),
    # The whole query string of a URL: parameters may carry tokens or personal data.
    (
        re.compile(rf"({_SCHEME}[^\s?#\"'<>]*+)(\?[^\s#\"'<>]*+)?"),
        _without_query,
        ("://",),
    ),
    # <Token>…</Token> and friends, e.g. the AuthHeader a SOAP fault echoes back.
    (
        # Attributes end at the next "<" too, so an unclosed tag is not scanned to the end.
        re.compile(rf"(<(?:[\w.-]++:)?{_SECRET_TAGS}(?:\s[^<>]*+)?(?<!/)>)[^<]*+", re.IGNORECASE),
        rf"\1{REDACTED}",
        ("<",),
    ),
    (
        re.compile(
            rf"(&lt;(?:[\w.-]++:)?{_SECRET_TAGS}(?:\s(?:(?!&gt;|&lt;).)*+)?&gt;)(?:(?!&lt;).)*+",
            re.IGNORECASE,
        ),
        rf"\1{REDACTED}",
        ("&lt;",),
    ),
    # Authorization / Proxy-Authorization header values, whatever their scheme.
    (
        re.compile(r"(authorization[\"']?\s*[:=]\s*[\"']?)[^\r\n\"']+", re.IGNORECASE),
        rf"\1{REDACTED}",
        ("authorization",),
    ),
    # Credentials after an auth scheme, also without the header name.
    (
        re.compile(
            r"\b(AfasToken|Bearer|Basic|Digest|NTLM|Negotiate)(\s+)[A-Za-z0-9+/=._~\-]{4,}",
            re.IGNORECASE,
        ),
        rf"\1\2{REDACTED}",
        (),
    ),
    # token="…", "password": "…" in JSON-ish text and reprs.
    (
        # An unclosed quote is redacted to the end of the line (and scanned only once).
        re.compile(
            rf"({_SECRET_KEY}[\"']?\s*+[:=]\s*+)([\"'])(?:(?!\2).)*+(?:\2|(?=\n)|\Z)",
            re.IGNORECASE,
        ),
        rf"\1\2{REDACTED}\2",
        _KEY_MARKERS,
    ),
    # token=… in query strings, form bodies and plain text.
    (
        re.compile(
            rf"({_SECRET_KEY}[\"']?\s*+[:=]\s*+)(?![\"'\s])[^\s\"'&,;}}<>)\]]++", re.IGNORECASE
        ),
        rf"\1{REDACTED}",
        _KEY_MARKERS,
    ),
    # Hex runs: AFAS data tokens are 64 hex digits, Nmbrs tokens 32.
    (re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{32,}(?![0-9A-Fa-f])"), REDACTED, ()),
    # Base64 (and base64url) blobs, such as an encoded AfasToken header.
    (re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{40,}={0,2}"), _looks_like_blob, ()),
)


def _scan_limit(text: str) -> str:
    """Cut a runaway text before redacting it, without leaving half a secret at the end."""
    if len(text) <= _MAX_SCANNED_CHARS:
        return text
    # A secret has no whitespace; dropping the last word drops any secret the cut split.
    # (rstrip-style from the end: a regex such as \S*\Z would be quadratic here.)
    head = text[:_MAX_SCANNED_CHARS]
    last_space = max(head.rfind(space) for space in " \t\r\n\f\v")
    return head[: last_space + 1] + " […]"


def redact_text(text: str) -> str:
    """`text` with registered secrets and everything that looks like a secret replaced."""
    text = redact_known_secrets(_scan_limit(text))
    folded = text.casefold()
    for pattern, replacement, markers in _PATTERNS:
        if not markers or any(marker in folded for marker in markers):
            text = pattern.sub(replacement, text)
    return text


def _cap(text: str, limit: int) -> str:
    # Capping comes after redaction, so a cut can never leave part of a secret unredacted.
    if len(text) <= limit:
        return text
    return text[:limit] + " […ingekort]"


def _cap_traceback(text: str, limit: int) -> str:
    """Keep the start and the end of a long traceback; the end names the final error."""
    if len(text) <= limit:
        return text
    head = limit // 4
    return text[:head] + "\n[…ingekort…]\n" + text[-(limit - head) :]


# --- The filter -------------------------------------------------------------------------------


class Redactor(logging.Filter):
    """A handler filter that redacts each record in place before any formatter runs.

    Installed on the handler (not on a logger) because handler filters also see records
    propagated from child loggers such as wizard.services.afas.check.
    """

    def __init__(
        self,
        *,
        max_message_chars: int = MAX_MESSAGE_CHARS,
        max_traceback_chars: int = MAX_TRACEBACK_CHARS,
    ) -> None:
        super().__init__()
        self.max_message_chars = max_message_chars
        self.max_traceback_chars = max_traceback_chars

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact `record`; always keeps it, so an error is never silently lost."""
        try:
            self._redact(record)
        except Exception:
            # Never let the raw record through when redaction itself failed.
            record.msg = "[log record could not be redacted]"
            record.args = None
            record.exc_info = None
            record.exc_text = None
            record.stack_info = None
            _drop_custom_attributes(record)
        return True

    def _redact(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except Exception:
            # The arguments did not fit the format; they might be secrets, so leave them out.
            message = f"{record.msg!s} [arguments could not be formatted]"
        record.msg = _cap(redact_text(message), self.max_message_chars)
        record.args = None

        if record.exc_info:
            rendered = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
            record.exc_text = rendered
            # With exc_info gone the formatter uses exc_text and cannot render the raw one.
            record.exc_info = None
        if record.exc_text:
            record.exc_text = _cap_traceback(redact_text(record.exc_text), self.max_traceback_chars)
        if record.stack_info:
            record.stack_info = _cap_traceback(
                redact_text(record.stack_info), self.max_traceback_chars
            )
        _drop_custom_attributes(record)
        for key in ALLOWED_EXTRA:
            if key in record.__dict__:
                value = record.__dict__[key]
                if not isinstance(value, bool | int | float):
                    record.__dict__[key] = _cap(redact_text(str(value)), MAX_EXTRA_CHARS)


def _drop_custom_attributes(record: logging.LogRecord) -> None:
    for key in list(record.__dict__):
        if key not in _STANDARD_ATTRIBUTES and key not in ALLOWED_EXTRA:
            del record.__dict__[key]


class _Formatter(logging.Formatter):
    """The plain line format, with the allowed `extra` fields appended as key=value."""

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 (logging's name)
        text = super().formatMessage(record)
        extras = [
            f"{key}={record.__dict__[key]}"
            for key in sorted(ALLOWED_EXTRA)
            if key in record.__dict__
        ]
        return f"{text} [{' '.join(extras)}]" if extras else text


class _WizardLogHandler(RotatingFileHandler):
    """The rotating file handler configure_logging installs; its type marks it as ours."""

    def _open(self) -> Any:
        stream = super()._open()
        # The log is redacted, but it still tells which steps a clerk took: owner only.
        with contextlib.suppress(OSError):
            os.chmod(self.baseFilename, 0o600)
        return stream

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging API)
        # A full disk or a vanished folder: the log is a help, not the work. logging's
        # default prints a traceback to stderr; the clerk already got the save notice.
        del record


def _our_handlers(logger: logging.Logger) -> list[_WizardLogHandler]:
    return [handler for handler in logger.handlers if isinstance(handler, _WizardLogHandler)]


def configure_logging(
    folder: Path,
    *,
    level: int = logging.INFO,
    max_bytes: int = DEFAULT_MAX_BYTES,
    backup_count: int = DEFAULT_BACKUP_COUNT,
) -> Path:
    """Log the "wizard" logger and its children to a rotating, redacted file in `folder`.

    Only the "wizard" logger is configured, not the global root, so chatter of libraries
    (httpx, zeep) stays out. Calling again with the same folder only updates the level; with
    another folder the old file is closed and the new one used.

    Args:
        folder: the per-user log folder (the GUI passes Qt's AppLocalData/logs); created
            when missing.
        level: the lowest level written.
        max_bytes: the size at which the file rotates.
        backup_count: how many rotated files are kept (wizard.log.1 … .N).

    Returns:
        The path of the current log file.

    Raises:
        OSError: the folder cannot be created or the file cannot be opened.
    """
    make_private_folder(folder)
    path = folder / LOG_FILE_NAME
    logger = logging.getLogger(LOGGER_NAME)
    logger.setLevel(level)
    register_environment_proxy_secrets()
    wanted = os.path.abspath(path)
    for handler in _our_handlers(logger):
        if handler.baseFilename == wanted:
            handler.setLevel(level)
            return path
        logger.removeHandler(handler)
        handler.close()
    handler = _WizardLogHandler(
        path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8"
    )
    handler.setLevel(level)
    handler.addFilter(Redactor())
    handler.setFormatter(_Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    return path


def stop_logging() -> None:
    """Close and remove the handler configure_logging installed (at exit, and in tests)."""
    logger = logging.getLogger(LOGGER_NAME)
    for handler in _our_handlers(logger):
        logger.removeHandler(handler)
        handler.close()
    # Back to inheriting the root's level, as before configure_logging.
    logger.setLevel(logging.NOTSET)


def log_files(log_path: Path) -> list[Path]:
    """The current log file and its rotated predecessors that exist, newest first."""
    rotated: list[tuple[int, Path]] = []
    for candidate in log_path.parent.glob(log_path.name + ".*"):
        suffix = candidate.name[len(log_path.name) + 1 :]
        if suffix.isdigit() and candidate.is_file():
            rotated.append((int(suffix), candidate))
    current = [log_path] if log_path.is_file() else []
    return current + [candidate for _number, candidate in sorted(rotated)]


# --- Proxies from the environment -------------------------------------------------------------


def _environment_value(environ: Mapping[str, str] | None, name: str) -> str:
    env = os.environ if environ is None else environ
    # Lower case wins, as in curl and urllib; on Windows both names are the same variable.
    return (env.get(name.lower()) or env.get(name) or "").strip()


def _bypass_entry(entry: str) -> str:
    """One NO_PROXY entry as host[:port], with any user:password@ removed."""
    entry = entry.strip()
    if "://" in entry:
        entry = entry.split("://", 1)[1]
    return entry.rsplit("@", 1)[-1].split("/", 1)[0] if "@" in entry else entry


def describe_environment_proxies(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """HTTP_PROXY, HTTPS_PROXY, ALL_PROXY as "host:port" and NO_PROXY as a host list.

    Safe for the log and the support bundle: user names and passwords are never included.
    Variables that are not set are left out.
    """
    described: dict[str, str] = {}
    for name in _PROXY_VARIABLES:
        value = _environment_value(environ, name)
        if value:
            # Lazy: network_settings loads httpx, which starting the log does not need.
            from wizard.services.network_settings import proxy_host_port

            described[name] = proxy_host_port(value)
    no_proxy = _environment_value(environ, "NO_PROXY")
    if no_proxy:
        hosts = [_bypass_entry(entry) for entry in no_proxy.split(",") if entry.strip()]
        described["NO_PROXY"] = ",".join(host for host in hosts if host)
    return described

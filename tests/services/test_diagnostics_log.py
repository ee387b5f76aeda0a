"""The diagnostic log: every route a secret could take into the file is redacted."""

from __future__ import annotations

import base64
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from wizard.services.diagnostics_log import (
    LOGGER_NAME,
    MAX_MESSAGE_CHARS,
    configure_logging,
    describe_environment_proxies,
    forget_secrets,
    log_files,
    redact_text,
    register_secret,
    register_url_credentials,
    stop_logging,
)

# Registered at runtime, as the GUI does with a typed token; shaped to match no pattern.
REGISTERED = "kw3x-Sentinel-Registered"
# Never registered: only the patterns can catch these.
AFAS_HEX = "5e1f0c3ab8d94e7f6a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f"
AFAS_HEADER = "AfasToken " + base64.b64encode(
    f"<token><version>1</version><data>{AFAS_HEX}</data></token>".encode()
).decode("ascii")
AUTH_HEADER_VALUE = AFAS_HEADER.removeprefix("AfasToken ")
BEARER = "Bearer eyJhbGciOiJIUzI1NiJ9.c2VudGluZWw.Sentinel-Bearer-Sig"
BASIC_VALUE = base64.b64encode(b"clerk:Basic-Sentinel-Pw").decode("ascii")
URL_PASSWORD = "PxPass-Sentinel9"
QUERY_TOKEN = "QTok-Sentinel7"
URL = f"https://proxyuser:{URL_PASSWORD}@api.example.nl:8443/path?token={QUERY_TOKEN}&x=1"
SOAP_TOKEN = "soap-echo-Sentinel-55"
SOAP_FAULT = (
    "<soap:Fault><faultstring>Invalid login</faultstring><detail><AuthHeader>"
    f"<Username>clerk@firma.nl</Username><Token>{SOAP_TOKEN}</Token>"
    "</AuthHeader></detail></soap:Fault>"
)
JSON_TOKEN = "json Sentinel value"
FORM_PASSWORD = "pw-Sentinel-3"

SENTINELS = (
    REGISTERED,
    AFAS_HEX,
    AUTH_HEADER_VALUE,
    "eyJhbGciOiJIUzI1NiJ9",
    "Sentinel-Bearer-Sig",
    BASIC_VALUE,
    URL_PASSWORD,
    "proxyuser:",
    QUERY_TOKEN,
    SOAP_TOKEN,
    JSON_TOKEN,
    FORM_PASSWORD,
)


@pytest.fixture
def log_path(tmp_path: Path) -> Iterator[Path]:
    forget_secrets()
    path = configure_logging(tmp_path / "logs")
    yield path
    stop_logging()
    forget_secrets()


def _text(path: Path) -> str:
    for handler in logging.getLogger(LOGGER_NAME).handlers:
        handler.flush()
    return "\n".join(file.read_text(encoding="utf-8") for file in log_files(path))


def _assert_clean(text: str) -> None:
    leaked = [sentinel for sentinel in SENTINELS if sentinel.lower() in text.lower()]
    assert not leaked, f"leaked {leaked}:\n{text}"


def test_the_log_file_lives_in_the_given_folder(log_path: Path, tmp_path: Path) -> None:
    logging.getLogger("wizard.test").info("started")
    assert log_path == tmp_path / "logs" / "wizard.log"
    assert "INFO wizard.test: started" in _text(log_path)


def test_plain_args_and_fstring_messages_are_redacted(log_path: Path) -> None:
    register_secret(REGISTERED)
    log = logging.getLogger("wizard.test")
    log.info("plain message with " + REGISTERED)
    log.info("args: %s %s %s", REGISTERED, AFAS_HEADER, BEARER)
    log.info("mapping args: %(token)s", {"token": REGISTERED})
    log.warning(f"f-string with {AFAS_HEX} and Authorization: Basic {BASIC_VALUE}")
    log.info("headers %r", {"Authorization": AFAS_HEADER, "Accept": "application/json"})
    log.info(f"calling {URL}")
    log.info("soap fault %s", SOAP_FAULT)
    log.info('json {"api_token": "%s", "count": 3}', JSON_TOKEN)
    log.info("form body user=clerk&password=%s&x=1", FORM_PASSWORD)

    text = _text(log_path)
    _assert_clean(text)
    assert "https://[geheim]@api.example.nl:8443/path?[weggelaten]" in text
    assert "AfasToken [geheim]" in text
    assert "<Token>[geheim]</Token>" in text
    assert "'Accept': 'application/json'" in text
    assert '"count": 3' in text


def test_registered_secret_is_caught_in_encoded_forms(log_path: Path) -> None:
    secret = "p@ss w0rd&<Sentinel>"
    register_secret(secret)
    log = logging.getLogger("wizard.test")
    log.info("raw %s / url %s / xml %s", secret, "p%40ss%20w0rd%26%3CSentinel%3E", "&lt;Sentinel")
    log.info("xml %s", "p@ss w0rd&amp;&lt;Sentinel&gt;")
    text = _text(log_path)
    assert "w0rd" not in text


def test_secrets_registered_after_a_redaction_are_caught_too(log_path: Path) -> None:
    # 5,000 employers' tokens: the one pattern is built when next needed, not per token.
    log = logging.getLogger("wizard.test")
    register_secret("kw3x-first-Sentinel-0000")
    log.info("first %s", "kw3x-first-Sentinel-0000")
    for number in range(1, 5_001):
        register_secret(f"kw3x-employer-Sentinel-{number:04}")
    log.info("later %s and %s", "kw3x-employer-Sentinel-0001", "kw3x-employer-Sentinel-5000")
    log.info("again %s", "kw3x-first-Sentinel-0000")
    assert "Sentinel" not in _text(log_path)


def test_short_values_are_not_registered(log_path: Path) -> None:
    register_secret("abc12")
    register_secret("   ")
    logging.getLogger("wizard.test").info("the word abc12 stays")
    assert "the word abc12 stays" in _text(log_path)


def test_extra_fields_are_allow_listed(log_path: Path) -> None:
    register_secret(REGISTERED)
    logging.getLogger("wizard.test").info(
        "check finished",
        extra={
            "step": "UMBRELLA_LOGIN",
            "http_status": 401,
            "status": f"refused {AFAS_HEX}",
            "token": REGISTERED,
            "body": "Jan Jansen, BSN 123456782",
        },
    )
    text = _text(log_path)
    _assert_clean(text)
    assert "step=UMBRELLA_LOGIN" in text
    assert "http_status=401" in text
    assert "status=refused [geheim]" in text
    assert "Jansen" not in text
    assert "body" not in text


def test_records_seen_by_other_handlers_are_redacted_too(
    log_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    register_secret(REGISTERED)
    with caplog.at_level(logging.INFO, logger=LOGGER_NAME):
        logging.getLogger("wizard.test").info("token %s", REGISTERED, extra={"token": REGISTERED})
    assert REGISTERED not in caplog.text
    assert not hasattr(caplog.records[-1], "token")


def test_exception_message_with_a_token_is_redacted(log_path: Path) -> None:
    register_secret(REGISTERED)
    log = logging.getLogger("wizard.services.fake")
    try:
        raise ValueError(f"Server echoed token {REGISTERED} and {SOAP_FAULT} for {URL}")
    except ValueError:
        log.exception("check crashed")
    text = _text(log_path)
    _assert_clean(text)
    assert "check crashed" in text
    assert "Traceback (most recent call last)" in text
    assert "ValueError: Server echoed token [geheim]" in text


def test_chained_exception_tracebacks_are_redacted(log_path: Path) -> None:
    register_secret(REGISTERED)
    log = logging.getLogger("wizard.test")

    def inner() -> None:
        raise KeyError(f"unknown token {REGISTERED} / {AFAS_HEX}")

    try:
        try:
            inner()
        except KeyError as error:
            raise RuntimeError(f"wrapped {AFAS_HEADER}") from error
    except RuntimeError:
        log.error("explicit chain", exc_info=True)
    try:
        try:
            raise OSError(f"proxy {URL} said {BEARER}")
        except OSError:
            raise ValueError(f"while handling, password={FORM_PASSWORD}") from None
    except ValueError as error:
        try:
            raise TypeError("implicit context") from error
        except TypeError:
            log.exception("another chain")
    try:
        try:
            raise ConnectionError(f"<Token>{SOAP_TOKEN}</Token>")
        except ConnectionError:
            raise LookupError("during handling")  # noqa: B904 (the implicit context is the test)
    except LookupError as error:
        log.warning("context chain", exc_info=error)

    text = _text(log_path)
    _assert_clean(text)
    assert "The above exception was the direct cause" in text
    assert "During handling of the above exception" in text
    assert "KeyError" in text and "RuntimeError" in text and "ConnectionError" in text


def _run_in_frame_named_after(secret: str, source: str) -> None:
    """Run `source` in a frame whose file name holds the secret's value.

    A stack trace names each frame's file, so the value itself (not a variable holding it)
    is in the trace: only redaction of the trace keeps it out of the log.
    """
    code = compile(source, f"/home/clerk/{secret}/module.py", "exec")
    exec(code, {"logging": logging})


def test_stack_info_is_redacted(log_path: Path) -> None:
    register_secret(REGISTERED)
    _run_in_frame_named_after(
        REGISTERED, 'logging.getLogger("wizard.test").info("with stack", stack_info=True)'
    )
    text = _text(log_path)
    _assert_clean(text)
    assert "Stack (most recent call last)" in text
    assert "/home/clerk/[geheim]/module.py" in text


def test_a_traceback_holding_the_value_is_redacted(log_path: Path) -> None:
    register_secret(REGISTERED)
    source = (
        "try:\n"
        "    raise OSError('no access')\n"
        "except OSError:\n"
        "    logging.getLogger('wizard.test').exception('failed')\n"
    )
    _run_in_frame_named_after(REGISTERED, source)
    text = _text(log_path)
    _assert_clean(text)
    assert "OSError: no access" in text
    assert "/home/clerk/[geheim]/module.py" in text


def test_registered_secrets_match_in_any_letter_case(log_path: Path) -> None:
    register_secret(REGISTERED)
    log = logging.getLogger("wizard.test")
    log.info("upper %s", REGISTERED.upper())
    log.info("lower %s", REGISTERED.lower())
    text = _text(log_path)
    _assert_clean(text)
    assert text.count("[geheim]") == 2


def test_an_unclosed_quoted_secret_is_redacted_to_the_end_of_the_line() -> None:
    # A cut-off repr such as token='… used to pass untouched: no closing quote, no match.
    assert redact_text(f"settings token='{FORM_PASSWORD}\nnext line") == (
        "settings token='[geheim]'\nnext line"
    )


def test_a_long_run_of_word_characters_is_redacted_whole(log_path: Path) -> None:
    # The run that made redaction quadratic; its hex tail must still be found.
    logging.getLogger("wizard.test").info("token=" + "a" * 60_000 + " " + AFAS_HEX)
    text = _text(log_path)
    _assert_clean(text)
    assert "token=[geheim] [geheim]" in text


def test_unformattable_arguments_are_left_out(log_path: Path) -> None:
    logging.getLogger("wizard.test").info("number %d", f"not a number {QUERY_TOKEN}")
    text = _text(log_path)
    _assert_clean(text)
    assert "arguments could not be formatted" in text


def test_long_messages_are_capped(log_path: Path) -> None:
    logging.getLogger("wizard.test").info("x" * 50_000)
    line = _text(log_path).splitlines()[0]
    assert len(line) < MAX_MESSAGE_CHARS + 200
    assert "ingekort" in line


def test_library_loggers_stay_out(log_path: Path) -> None:
    logging.getLogger("httpx").warning("library chatter")
    logging.getLogger("wizard.test").warning("ours")
    text = _text(log_path)
    assert "ours" in text
    assert "library chatter" not in text


def test_rotation_keeps_the_configured_number_of_files(tmp_path: Path) -> None:
    try:
        path = configure_logging(tmp_path, max_bytes=2_000, backup_count=2)
        log = logging.getLogger("wizard.test")
        for number in range(200):
            log.info("line %03d of the rotation test", number)
        files = log_files(path)
        assert [file.name for file in files] == ["wizard.log", "wizard.log.1", "wizard.log.2"]
        assert not (tmp_path / "wizard.log.3").exists()
        assert all(file.stat().st_size <= 2_000 for file in files)
        assert "line 199" in path.read_text(encoding="utf-8")
    finally:
        stop_logging()


def test_configuring_twice_does_not_duplicate_lines(tmp_path: Path) -> None:
    try:
        first = configure_logging(tmp_path)
        second = configure_logging(tmp_path, level=logging.DEBUG)
        assert first == second
        handlers = [
            handler
            for handler in logging.getLogger(LOGGER_NAME).handlers
            if isinstance(handler, RotatingFileHandler)
        ]
        assert len(handlers) == 1
        logging.getLogger("wizard.test").debug("unique-line-42")
        assert first.read_text(encoding="utf-8").count("unique-line-42") == 1
    finally:
        stop_logging()


def test_another_folder_replaces_the_handler(tmp_path: Path) -> None:
    try:
        configure_logging(tmp_path / "a")
        second = configure_logging(tmp_path / "b")
        logging.getLogger("wizard.test").info("only in b")
        assert "only in b" in second.read_text(encoding="utf-8")
        assert "only in b" not in (tmp_path / "a" / "wizard.log").read_text(encoding="utf-8")
    finally:
        stop_logging()


def test_proxy_credentials_from_the_environment_are_never_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://user:secret@proxy:8080")
    monkeypatch.setenv("http_proxy", "proxyuser:Env-Sentinel-Pw@proxy.corp:3128")
    forget_secrets()
    try:
        path = configure_logging(tmp_path)
        log = logging.getLogger("wizard.test")
        log.info("environment proxy %s", os.environ["HTTPS_PROXY"])
        log.info("environment proxy %s", os.environ["http_proxy"])
        log.info("the proxy refused password %s", "secret")
        log.info("proxies %s", describe_environment_proxies())
        text = path.read_text(encoding="utf-8")
    finally:
        stop_logging()
        forget_secrets()
    assert "secret" not in text
    assert "Env-Sentinel-Pw" not in text
    assert "proxy:8080" in text


def test_describe_environment_proxies_gives_host_and_port_only() -> None:
    environ = {
        "HTTPS_PROXY": "http://user:secret@proxy.example.nl:8080",
        "http_proxy": "http://proxy.example.nl",
        "NO_PROXY": "localhost, .corp.local,http://user:pw@intranet:81,10.0.0.0/8",
    }
    assert describe_environment_proxies(environ) == {
        "HTTP_PROXY": "proxy.example.nl:80",
        "HTTPS_PROXY": "proxy.example.nl:8080",
        "NO_PROXY": "localhost,.corp.local,intranet:81,10.0.0.0/8",
    }
    assert describe_environment_proxies({}) == {}


def test_register_url_credentials_covers_the_wizard_proxy(log_path: Path) -> None:
    register_url_credentials("http://jdoe:Proxy%21Sentinel@proxy.corp:3128")
    logging.getLogger("wizard.test").info("the proxy said: bad password Proxy!Sentinel")
    assert "Proxy!Sentinel" not in _text(log_path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GET https://h.nl/a?b=1#frag done", "GET https://h.nl/a?[weggelaten]#frag done"),
        ("to http://u:p@proxy:8080 now", "to http://[geheim]@proxy:8080 now"),
        ("u:pw@proxy:3128", "[geheim]@proxy:3128"),
        ("Bearer abcdEFGH1234", "Bearer [geheim]"),
        ("<ns:Password a='1'>x y</ns:Password>", "<ns:Password a='1'>[geheim]</ns:Password>"),
        ("&lt;Token&gt;abc&lt;/Token&gt;", "&lt;Token&gt;[geheim]&lt;/Token&gt;"),
        ("<Token/> stays", "<Token/> stays"),
        ("token='a b'", "token='[geheim]'"),
        ("data_token=abc123&x=1", "data_token=[geheim]&x=1"),
        ("id " + "a1" * 16, "id [geheim]"),
        ("blob " + "QUJD" * 10 + "==", "blob [geheim]"),
        ("path /home/clerk/Documents/SalarisKoppelingExports/wizard", None),
        ("Nmbrs CompanyService.List_GetAll: active", None),
    ],
)
def test_redaction_patterns(text: str, expected: str | None) -> None:
    assert redact_text(text) == (text if expected is None else expected)


def test_stop_logging_restores_the_logger(tmp_path: Path) -> None:
    configure_logging(tmp_path, level=logging.WARNING)
    stop_logging()
    logger = logging.getLogger(LOGGER_NAME)
    assert logger.level == logging.NOTSET
    assert not [h for h in logger.handlers if isinstance(h, RotatingFileHandler)]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="/dev/full is Linux")
def test_a_full_disk_is_quiet_on_stderr(tmp_path: Path) -> None:
    """The real logging set-up in a child process, with wizard.log on /dev/full (ENOSPC).

    logging's default handleError prints a traceback for every failed record, and again at
    quit; the clerk has had the notice already, so nothing may reach stderr.
    """
    folder = tmp_path / "logs"
    folder.mkdir()
    (folder / "wizard.log").symlink_to("/dev/full")
    script = (
        "import logging, sys; from pathlib import Path; "
        "from wizard.services.diagnostics_log import configure_logging; "
        "configure_logging(Path(sys.argv[1])); "
        "log = logging.getLogger('wizard.test'); "
        "[log.warning('record %d', n) for n in range(3)]; "
        "print('logged', flush=True)"
    )
    repo = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", script, str(folder)],
        env={**os.environ, "PYTHONPATH": str(repo)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "logged\n", "")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_log_folder_is_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "local" / "logs"
    try:
        configure_logging(folder)
    finally:
        stop_logging()
    assert folder.stat().st_mode & 0o777 == 0o700
    assert folder.parent.stat().st_mode & 0o777 == 0o700

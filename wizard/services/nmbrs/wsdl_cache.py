"""The Nmbrs WSDLs on disk, so a check downloads each service description at most once a week.

WSDLs are public service descriptions (no secrets, no personal data). Only a document the check
has parsed and accepted is stored (see soap_services), so a proxy's error page or a refused WSDL
never poisons the cache.
"""

from __future__ import annotations

import hashlib
import logging
import time
from datetime import timedelta
from pathlib import Path

import httpx
import platformdirs
from lxml import etree

from wizard.core.atomic_file import write_atomic
from wizard.core.bounded_file import read_regular_file
from wizard.core.private_folder import make_private_folder
from wizard.services.network_errors import (
    CheckFailed,
    NetworkProblem,
    failure_from_httpx,
    refuse_html,
)
from wizard.services.network_settings import DEFAULT_MAX_RESPONSE_BYTES

DEFAULT_MAX_AGE = timedelta(days=7)
WSDL_ROOT = "{http://schemas.xmlsoap.org/wsdl/}definitions"
# As large as a downloaded answer may be.
MAX_CACHED_WSDL_BYTES = DEFAULT_MAX_RESPONSE_BYTES

_log = logging.getLogger(__name__)


def default_cache_dir() -> Path:
    """The per-user cache folder for WSDLs (for example %LOCALAPPDATA% on Windows)."""
    return platformdirs.user_cache_path("salariskoppeling-wizard", appauthor=False) / "nmbrs-wsdl"


class WsdlCache:
    """WSDL documents by URL in `folder`, fresh for `max_age`."""

    def __init__(self, folder: Path, max_age: timedelta = DEFAULT_MAX_AGE) -> None:
        self.folder = folder
        self.max_age = max_age

    def path_for(self, url: str) -> Path:
        """The file that holds the WSDL of `url`."""
        digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:24]
        service = url.rsplit("/", 1)[-1].split(".", 1)[0] or "service"
        return self.folder / f"{service}-{digest}.wsdl"

    def read_fresh(self, url: str) -> bytes | None:
        """The cached WSDL of `url`, or None when absent, expired or unreadable."""
        path = self.path_for(url)
        try:
            age = time.time() - path.stat().st_mtime
            if age < 0 or age > self.max_age.total_seconds():
                return None
            # A regular file within the answer cap: a link to a device or a FIFO is no WSDL.
            return read_regular_file(path, MAX_CACHED_WSDL_BYTES)
        except OSError:
            return None

    def drop(self, url: str) -> None:
        """Forget the cached WSDL of `url` (one that no longer parses)."""
        try:
            self.path_for(url).unlink(missing_ok=True)
        except OSError as error:
            _log.warning("WSDL cache entry not removed (%s)", type(error).__name__)

    def store(self, url: str, content: bytes) -> None:
        """Keep `content` for `url`; a cache that cannot be written only costs a download."""
        try:
            make_private_folder(self.folder)
            write_atomic(self.path_for(url), content, owner_only=False)
        except OSError as error:
            _log.warning("WSDL cache not written (%s)", type(error).__name__)


def _require_wsdl(content: bytes, host: str) -> None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError:
        raise CheckFailed(NetworkProblem.MALFORMED, host=host) from None
    if root.tag != WSDL_ROOT:
        raise CheckFailed(NetworkProblem.MALFORMED, host=host)


async def fetch_wsdl(url: str, client: httpx.AsyncClient, *, through_proxy: bool = False) -> bytes:
    """The WSDL at `url`, downloaded with `client`. The caller caches it once it has parsed it.

    Raises:
        CheckFailed: the download failed or did not give a WSDL.
    """
    host = httpx.URL(url).host
    try:
        response = await client.get(url)
    except httpx.HTTPError as error:
        raise failure_from_httpx(error, through_proxy=through_proxy) from None
    content = response.content
    if response.status_code == 404:
        # The API host's own "not found" page is HTML too, but no proxy's doing.
        raise CheckFailed(NetworkProblem.HTTP_STATUS, host=host, status="404")
    refuse_html(response.headers.get("content-type", ""), content, host)
    if response.status_code == 503:
        raise CheckFailed(NetworkProblem.UNAVAILABLE, host=host)
    if response.status_code != 200:
        raise CheckFailed(NetworkProblem.HTTP_STATUS, host=host, status=str(response.status_code))
    _require_wsdl(content, host)
    return content

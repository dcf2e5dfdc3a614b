"""PTB's HTTP requests over aiohttp instead of httpx.

PTB's own `HTTPXRequest` spends more of a reply's time in httpx, httpcore and anyio than the
coach spends understanding the message, storing it and computing the day's balance, mostly
per-request bookkeeping (timeouts, connection-pool checks that ask the socket for its peer,
the response stream). aiohttp, the well-kept asyncio HTTP client (the tests' Bot API server
runs on it already), does the same work for less: on the benchmark machine one sendMessage to
a local server took 0.67 ms of CPU through httpx and 0.28 ms through aiohttp, server included,
and the PTB benchmark (`bench/bench_ptb.py`) went from about 400 to about 600 updates/s.

The request is the one PTB's `HTTPXRequest` makes but for its body: the parameters go as one
JSON object, which the Bot API takes as it takes form fields (with a file: multipart, as PTB
sends it). Form encoding quoted a reply's text character by character, most of the CPU of
building a sendMessage request, for nothing Telegram needs. The same timeouts, mapped onto
aiohttp's; and the same errors, `TimedOut` and `NetworkError`, so PTB's retries, the rate
limiter and `bot/telegram/sending.py` see no difference. Error texts never carry the URL: it
holds the bot token (neither do their causes, nor error pages, and redirects are not followed). Like
httpx, it goes through the proxy that HTTPS_PROXY, HTTP_PROXY or ALL_PROXY name, unless
NO_PROXY exempts the host, and it checks Telegram's certificate against certifi's CA bundle,
as httpx does, so a host without a system CA store still connects.
"""

from __future__ import annotations

import ssl
from functools import cache
from urllib.parse import urlsplit
from urllib.request import getproxies, proxy_bypass

import aiohttp
import certifi
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData


class AiohttpRequest(BaseRequest):
    """A `BaseRequest` over one aiohttp session, opened in `initialize` and closed in `shutdown`.

    Timeouts as in `HTTPXRequest`: `connect_timeout` bounds opening a connection,
    `pool_timeout` waiting for a free one of the `connection_pool_size`, `read_timeout` each
    wait for the answer's bytes; `write_timeout` has no aiohttp counterpart (the kernel's socket
    buffer takes a request this size at once), so uploads are bounded by `media_timeout`
    overall instead.
    """

    __slots__ = ("_connect", "_media_timeout", "_pool", "_pool_size", "_proxies", "_read",
                 "_session")

    def __init__(
        self,
        connection_pool_size: int = 1,
        *,
        read_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_timeout: float | None = 60.0,
    ) -> None:
        self._pool_size = connection_pool_size
        self._read = read_timeout
        self._connect = connect_timeout
        self._pool = pool_timeout
        self._media_timeout = media_timeout
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[str, str | None] = {}

    @property
    def read_timeout(self) -> float | None:
        return self._read

    async def initialize(self) -> None:
        """Open the session; it must be created inside the running event loop."""
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(
                    limit=self._pool_size,
                    ssl=_tls_context(),
                ),
                # Telegram's answers set no cookies worth keeping.
                cookie_jar=aiohttp.DummyCookieJar(),
                headers={"User-Agent": self.USER_AGENT},
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(  # noqa: PLR0917 (PTB's signature)
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized")
        form = (_form(request_data) if request_data is not None and request_data.contains_files
                else None)
        files = form is not None
        connect = _given(connect_timeout, self._connect)
        pool = _given(pool_timeout, self._pool)
        timeout = aiohttp.ClientTimeout(
            total=self._media_timeout if files else None,
            # aiohttp's `connect` covers waiting for a pooled connection and opening a new one.
            connect=None if pool is None or connect is None else pool + connect,
            sock_connect=connect,
            sock_read=_given(read_timeout, self._read),
        )
        # The URL holds the token, and aiohttp's errors (invalid URL, redirects, connection
        # failures) quote it: each error becomes its class name only, raised `from None` so
        # no traceback prints the original either. Redirects are not followed: the Bot API
        # never redirects, and a redirect would take the token to another host.
        try:
            async with self._session.request(
                method, url, data=form,
                json=None if files or request_data is None else request_data.parameters,
                timeout=timeout, proxy=self._proxy(url), allow_redirects=False,
            ) as response:
                status, body = response.status, await response.read()
        except TimeoutError:  # aiohttp's timeouts are TimeoutErrors too
            raise TimedOut from None
        except aiohttp.ClientError as e:
            raise NetworkError(f"aiohttp.{type(e).__name__}") from None
        except (ValueError, OSError) as e:  # yarl's URL checks, the socket layer
            raise NetworkError(f"HTTP request failed: {type(e).__name__}") from None
        if not 200 <= status <= 299:  # PTB quotes a non-JSON error body in its exception
            body = _without_token(body, url)
        return status, body

    def _proxy(self, url: str) -> str | None:
        """The environment's proxy for `url`, looked up once per host.

        aiohttp's own `trust_env` would look it up, and read ~/.netrc, in a thread on every
        request.
        """
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._proxies:
            host = parts.hostname or ""
            proxies = getproxies()
            self._proxies[origin] = (
                None if proxy_bypass(host) else proxies.get(parts.scheme) or proxies.get("all")
            )
        return self._proxies[origin]


def _without_token(body: bytes, url: str) -> bytes:
    """An error page may echo the request path (a proxy's 404 or redirect page): drop its token.

    The token is the path segment before the method, `bot<id>:<secret>`; its secret part
    contains only characters that URL quoting leaves alone, so one replacement covers both.
    """
    segments = urlsplit(url).path.split("/")
    secret = segments[-2].partition(":")[2] if len(segments) >= 2 else ""
    return body.replace(secret.encode(), b"[REDACTED]") if len(secret) >= 8 else body


@cache
def _tls_context() -> ssl.SSLContext:
    """One context for all sessions: loading the CA bundle takes ~15 ms."""
    return ssl.create_default_context(cafile=certifi.where())


def _given(value: ODVInput[float], default: float | None) -> float | None:
    return default if isinstance(value, DefaultValue) else value


def _form(request_data: RequestData) -> aiohttp.FormData:
    """Multipart, for a request with a file, as PTB's HTTPXRequest sends it."""
    form = aiohttp.FormData(request_data.json_parameters)
    for name, (filename, content, mime) in request_data.multipart_data.items():
        form.add_field(name, content, filename=filename, content_type=mime)
    return form

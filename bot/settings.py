"""Settings from the environment (and `.env`), with the variable names of cli-contract.md.

Built once in the composition root and passed down as plain values: no module reads
`os.environ` itself (STYLE.md 3.4). Docker/systemd secrets work through `/run/secrets`.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from cryptography.fernet import Fernet
from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

_TOKEN = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{10,}$")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", secrets_dir=None
    )

    telegram_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("TELEGRAM_BOT_TOKEN", "telegram_token")
    )
    database_path: Path = Field(
        default=Path("runfuel.db"), validation_alias=AliasChoices("RUNFUEL_DB", "database_path")
    )
    #: `postgresql://user@host:5432/db`: PostgreSQL instead of the SQLite file.
    database_url: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("RUNFUEL_DATABASE_URL", "database_url")
    )
    api_base_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("TELEGRAM_API_BASE_URL", "api_base_url"),
    )
    webhook_url: str | None = Field(
        default=None, validation_alias=AliasChoices("RUNFUEL_WEBHOOK_URL", "webhook_url")
    )
    webhook_secret: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("RUNFUEL_WEBHOOK_SECRET", "webhook_secret")
    )
    webhook_listen: str = Field(
        default="127.0.0.1",  # behind a TLS proxy on the same host (docs/operations.md)
        validation_alias=AliasChoices("RUNFUEL_WEBHOOK_LISTEN", "webhook_listen"),
    )
    webhook_port: int = Field(
        default=8443, validation_alias=AliasChoices("RUNFUEL_WEBHOOK_PORT", "webhook_port")
    )
    webhook_max_connections: int = Field(
        default=40, ge=1, le=100, validation_alias=AliasChoices(
            "RUNFUEL_WEBHOOK_MAX_CONNECTIONS", "webhook_max_connections"))
    #: Identical `runfuel bot` workers sharing the database (PostgreSQL, webhook): each sends
    #: at its share of Telegram's rate.
    workers: int = Field(
        default=1, ge=1, le=64, validation_alias=AliasChoices("RUNFUEL_WORKERS", "workers"))
    #: Runners each worker keeps in memory between messages, least recently used dropped
    #: first (a dropped runner is read afresh on their next message): bounds its memory.
    runners_kept: int = Field(
        default=10_000, ge=1, validation_alias=AliasChoices("RUNFUEL_RUNNERS_KEPT",
                                                            "runners_kept"))
    log_level: str = Field(
        default="INFO", validation_alias=AliasChoices("RUNFUEL_LOG_LEVEL", "log_level")
    )
    #: Telegram's paid broadcasts: up to 1,000 messages/s instead of ~30, for 0.1 Star each
    #: (charged to the bot's Star balance). For bots with more than ~30 replies a second.
    paid_broadcast: bool = Field(
        default=False,
        validation_alias=AliasChoices("RUNFUEL_PAID_BROADCAST", "paid_broadcast"),
    )
    admin_chat_id: int | None = Field(
        default=None, validation_alias=AliasChoices("RUNFUEL_ADMIN_CHAT_ID", "admin_chat_id")
    )

    # Strava (issue 19, docs/operations.md): all four plus the secret key, or no Strava at all.
    strava_client_id: str | None = Field(
        default=None, validation_alias=AliasChoices("STRAVA_CLIENT_ID", "strava_client_id"))
    strava_client_secret: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("STRAVA_CLIENT_SECRET", "strava_client_secret"))
    strava_verify_token: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("STRAVA_VERIFY_TOKEN", "strava_verify_token"))
    #: The HTTPS base where the small web server (OAuth callback, Strava webhook) is reached.
    public_url: str | None = Field(
        default=None, validation_alias=AliasChoices("RUNFUEL_PUBLIC_URL", "public_url"))
    #: A Fernet key (`runfuel secret-key` prints a new one): encrypts tokens, signs /connect.
    secret_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("RUNFUEL_SECRET_KEY", "secret_key"))
    web_listen: str = Field(
        default="127.0.0.1", validation_alias=AliasChoices("RUNFUEL_WEB_LISTEN", "web_listen"))
    web_port: int = Field(
        default=8080, validation_alias=AliasChoices("RUNFUEL_WEB_PORT", "web_port"))
    #: Strava's addresses; overridable for a stand-in server (the tests').
    strava_oauth_url: str = Field(
        default="https://www.strava.com/oauth",
        validation_alias=AliasChoices("STRAVA_OAUTH_URL", "strava_oauth_url"))
    strava_api_url: str = Field(
        default="https://www.strava.com/api/v3",
        validation_alias=AliasChoices("STRAVA_API_URL", "strava_api_url"))

    @field_validator("telegram_token")
    @classmethod
    def _token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not _TOKEN.match(value.get_secret_value().strip()):
            raise ValueError("TELEGRAM_BOT_TOKEN does not look like a bot token "
                             "(digits, a colon, then letters: 123456:ABC-...)")
        return value

    @field_validator("secret_key")
    @classmethod
    def _fernet_key(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None:
            return value
        try:
            Fernet(value.get_secret_value().strip().encode())
        except ValueError:
            raise ValueError("RUNFUEL_SECRET_KEY must be a Fernet key (32 bytes, url-safe "
                             "base64): `runfuel secret-key` prints one") from None
        return value

    @field_validator("database_url")
    @classmethod
    def _postgres_url(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value().startswith(
                ("postgresql://", "postgres://")):
            raise ValueError("RUNFUEL_DATABASE_URL must be a postgresql:// URL "
                             "(leave it unset for the SQLite file at RUNFUEL_DB)")
        return value

    def secrets(self) -> list[str]:
        """Every secret value (the database URL's password too), for the log filter."""
        values = [s.get_secret_value().strip() for s in
                  (self.telegram_token, self.webhook_secret, self.database_url,
                   self.strava_client_secret, self.strava_verify_token, self.secret_key)
                  if s is not None]
        if self.database_url is not None:
            password = urlsplit(self.database_url.get_secret_value()).password
            values += [password] if password else []
        return values

    @property
    def base_file_url(self) -> str | None:
        """Files live beside the API: http://host/bot -> http://host/file/bot."""
        if self.api_base_url is None:
            return None
        root, _, _ = self.api_base_url.rstrip("/").rpartition("/")
        return f"{root}/file/bot"

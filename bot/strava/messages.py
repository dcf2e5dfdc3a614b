"""What the runner reads about Strava: chat messages (HTML) and the browser's pages."""

from __future__ import annotations

import html

from engine.events import ActivityLogged, RunLogged
from engine.units import short_distance

NOT_SET_UP = ("This bot has no Strava connection set up, so runs can't arrive from Strava here. "
              "You can still type a run (<code>ran 10k in 52 min</code>) or send the watch "
              "file.")
CONNECT = ("Tap the button to let me read your Strava activities (Strava asks you to allow "
           "<b>activity:read_all</b>). After that, every run you record arrives here by itself, "
           "followed by its refuel reminder. The link works for 30 minutes.")
CONNECT_BUTTON = "🔗 Connect Strava"
ALREADY = ("Strava is already connected: your runs arrive by themselves. /disconnect ends it; "
           "the button connects again (another Strava account, say).")
CONNECTED = ("✅ Strava connected. Runs you record from now on arrive here by themselves, "
             "with their refuel reminder. /disconnect ends it.")
SCOPE_MISSING = ("Strava was connected without permission to read your activities, so no run "
                 "could arrive. Send /connect again and leave <b>View data about your "
                 "activities</b> ticked.")
DISCONNECTED = ("Strava disconnected: I deleted the access it gave me, and runs no longer arrive "
                "by themselves. The runs already logged stay (/undo or /deleteme remove them).")
NOT_CONNECTED = "Strava isn't connected. /connect connects it."
DELETED = "🗑 Deleted on Strava, so I removed it here too."
REVOKED = ("Strava tells me you removed runfuel's access, so I deleted it here too; runs no "
           "longer arrive by themselves. /connect connects again.")

_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>runfuel</title>
<style>body{{font-family:system-ui,sans-serif;max-width:32em;margin:4em auto;padding:0 1em;
line-height:1.5}}</style></head><body><h1>{title}</h1><p>{text}</p></body></html>"""


def page(title: str, text: str) -> str:
    return _PAGE.format(title=html.escape(title), text=html.escape(text))


PAGE_CONNECTED = page("Strava is connected 🏃",
                      "Your runs will arrive in Telegram by themselves. You can close this tab "
                      "and go back to the chat.")
PAGE_EXPIRED = page("This link has expired",
                    "For your safety a connect link works for 30 minutes, once. Send /connect "
                    "to the bot in Telegram for a fresh one.")
PAGE_DENIED = page("Strava was not connected",
                   "Nothing was shared. If you change your mind, send /connect to the bot.")
PAGE_FAILED = page("Strava could not be reached",
                   "Nothing was saved. Please try /connect again in a few minutes.")


def _clock(seconds: float) -> str:
    h, rest = divmod(round(seconds), 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def from_strava(event: RunLogged | ActivityLogged, units: str) -> str:
    """'🏃 From Strava: 12.1 km in 58:40' (a run) or '🚴 From Strava: cycle 40 km in 1:30:00'."""
    length = f"{short_distance(event.distance_m, units)} " if event.distance_m else ""
    if isinstance(event, RunLogged):
        return f"🏃 From Strava: {length}in {_clock(event.duration_s)}"
    icon = {"cycle": "🚴", "spin": "🚴", "swim": "🏊", "walk": "🚶", "hike": "🥾"}.get(
        event.activity, "💪")
    return (f"{icon} From Strava: {html.escape(event.activity.replace('_', ' '))} {length}in "
            f"{_clock(event.duration_s)}")

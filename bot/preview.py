"""`runfuel parse`: what the bot would understand and answer, storing nothing."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.contract import event_json
from bot.formatting import held_reply, logged_reply, nothing_logged, to_plain
from engine.balance import History, day_balance
from engine.days import local_day
from engine.errors import CoachError
from engine.events import StoredEvent, WeightLogged
from engine.food import FoodTable
from engine.parsing import ParseContext, parse_message
from engine.profile import Profile


class Previewer:
    """Parses messages for one imaginary runner (weight, zone); the food table loads once."""

    def __init__(self, *, tz: ZoneInfo, weight_kg: float, foods: FoodTable | None = None) -> None:
        self.tz = tz
        self.weight_kg = weight_kg
        self.foods = foods or FoodTable.load()
        self.profile = Profile(weight_kg=weight_kg, tz=str(tz))

    def preview(self, text: str, received_at: datetime) -> dict[str, Any]:
        """The contract's parse object: text, events, unparsed, reply, held (the events of a
        message that reads like a plan or someone else's: not logged, the bot asks)."""
        ctx = ParseContext(received_at=received_at, tz=self.tz, foods=self.foods,
                           weight_kg=self.weight_kg)
        try:
            result = parse_message(text, ctx)
        except CoachError as e:
            return {"text": text, "events": [], "unparsed": [text], "reply": e.user_message,
                    "held": []}
        if result.held:
            reply = held_reply(result.held, self.tz, today=local_day(received_at, self.tz))
        elif not result.events:
            reply = nothing_logged(result)
        else:
            day = local_day(received_at, self.tz)
            stored = [StoredEvent(id=i, user_id=0, event=e) for i, e in enumerate(result.events)]
            balance = day_balance(
                History(events=[e for e in result.events if e.kind != "weight"],
                        weights=[e for e in result.events if isinstance(e, WeightLogged)]),
                self.profile, day, self.tz)
            reply = logged_reply(stored, result.unparsed, balance, self.tz)
        return {
            "text": text,
            "events": [event_json(e, self.tz) for e in result.events],
            "unparsed": list(result.unparsed),
            "reply": to_plain(reply),
            "held": [event_json(e, self.tz) for e in result.held],
        }

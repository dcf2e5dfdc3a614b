"""`runfuel parse`: what the bot would understand and answer, storing nothing."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.contract import event_json
from bot.formatting import held_reply, logged_reply, nothing_logged, to_plain
from engine.balance import DayBalance, Ledger, WeightTrend, balance_of, history_window, weight_trend
from engine.days import local_day
from engine.errors import CoachError
from engine.events import Event, StoredEvent, WeightLogged
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
        #: The day of the last balance, with a ledger and a trend of nothing before it whose
        #: days before the day (`Ledger.settled`) are summed once, not again for each message.
        self._nothing_before: tuple[date, Ledger, WeightTrend] | None = None

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
            balance = self._balance(result.events, day)
            reply = logged_reply(stored, result.unparsed, balance, self.tz)
        return {
            "text": text,
            "events": [event_json(e, self.tz) for e in result.events],
            "unparsed": list(result.unparsed),
            "reply": to_plain(reply),
            "held": [event_json(e, self.tz) for e in result.held],
        }

    def _balance(self, events: tuple[Event, ...], day: date) -> DayBalance:
        """`day_balance` of the message's events alone. The runner has no history, so the part
        of the balance the days before `day` decide is the same for every message that says
        nothing of them (nearly all): it is kept, as the bot's kept ledger keeps a runner's."""
        if self._nothing_before is None or self._nothing_before[0] != day:
            empty, trend = Ledger(self.tz), weight_trend([], self.tz, day)
            balance_of(empty, trend, self.profile, day)  # the days before, summed and kept
            self._nothing_before = (day, empty, trend)
        _, empty, no_weights = self._nothing_before
        start, end = history_window(day, self.tz)
        ledger = empty.copy()
        for event in events:
            if start <= event.at < end:
                ledger.add(event)  # an earlier day's event drops what was kept, as it must
        weights = [e for e in events if isinstance(e, WeightLogged)]
        trend = weight_trend(weights, self.tz, day) if weights else no_weights
        return balance_of(ledger, trend, self.profile, day)

"""Per-user token buckets behind the flood limit."""

from __future__ import annotations

import asyncio

from bot.telegram.throttle import FairUpdateProcessor, TokenBuckets


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class TestTokenBuckets:
    def test_a_burst_passes_then_the_rate_applies(self) -> None:
        """20 messages at once pass, the 21st waits for the bucket to refill."""
        clock = FakeTime()
        buckets = TokenBuckets(burst=20, per_second=0.5, clock=clock)
        assert all(buckets.take(1) for _ in range(20))
        assert not buckets.take(1)
        clock.now += 2.0
        assert buckets.take(1)

    def test_users_have_their_own_buckets(self) -> None:
        """One user's flood never spends another user's tokens."""
        buckets = TokenBuckets(burst=2, per_second=0.1, clock=FakeTime())
        assert buckets.take(1) and buckets.take(1) and not buckets.take(1)
        assert buckets.take(2)

    def test_the_warning_is_given_once_per_flood(self) -> None:
        """A refused run of updates gets one notice, and a new flood gets a new one."""
        clock = FakeTime()
        buckets = TokenBuckets(burst=1, per_second=1, clock=clock)
        buckets.take(7)
        assert not buckets.take(7)
        assert buckets.should_warn(7) and not buckets.should_warn(7)
        clock.now += 1
        assert buckets.take(7) and not buckets.take(7)
        assert buckets.should_warn(7)

    def test_idle_buckets_are_forgotten(self) -> None:
        """Memory stays bounded: refilled buckets are dropped."""
        clock = FakeTime()
        buckets = TokenBuckets(burst=5, per_second=1, clock=clock)
        for user in range(1000):
            buckets.take(user)
        clock.now += 10
        buckets.forget_idle()
        assert buckets.take(1)  # a fresh bucket works as before


class TestInTurn:
    async def test_work_for_a_runner_waits_for_their_update_in_progress(self) -> None:
        """A run from Strava is logged after the runner's message being handled, not inside."""
        processor = FairUpdateProcessor()
        order: list[str] = []
        started = asyncio.Event()
        release = asyncio.Event()

        async def message() -> None:
            order.append("message starts")
            started.set()
            await release.wait()
            order.append("message ends")

        async def strava() -> str:
            order.append("strava")
            return "logged"

        handling = asyncio.create_task(processor.in_turn(1, message()))
        await started.wait()
        other = await processor.in_turn(2, strava())  # another runner: at once
        waiting = asyncio.create_task(processor.in_turn(1, strava()))
        await asyncio.sleep(0.01)
        assert order == ["message starts", "strava"]
        release.set()
        assert await waiting == other == "logged"
        await handling
        assert order == ["message starts", "strava", "message ends", "strava"]

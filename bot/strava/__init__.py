"""Strava (issue 19): runs arrive by themselves once a runner has connected their account.

`oauth` signs /connect's state, `crypto` seals tokens at rest, `client` speaks Strava's API
within its rate limits, `link` connects and disconnects runners, `web` serves the OAuth
callback and the webhook, `worker` turns durable webhook events into logged runs.
"""

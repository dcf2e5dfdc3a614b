"""Why a file was refused, in words a runner can act on (`BadActivityFile.user_message`).

Each says what happened and what to do instead. Quantities are SI ("20 MB", "km/h"); the bot
converts them to the runner's units (`engine.units.in_system`).
"""

from __future__ import annotations

from engine.watchfiles.limits import MAX_FIT_LAPS

TOO_BIG = (
    "This file is over 20 MB, and Telegram doesn't let bots download files that big. "
    "Export just this one activity as .fit (the smallest format) and send that."
)
EMPTY = "This file is empty. Export the activity again from your watch app and send the new file."
NOT_ACTIVITY = (
    "I can't read this as an activity file. Send the .fit, .gpx or .tcx file that your watch or "
    "app exports (gzipped is fine)."
)
ZIP = (
    "This is a .zip archive (Garmin Connect's 'Export Original' makes one). Unzip it and send "
    "the .fit file inside."
)
DAMAGED = (
    "This file is named .{suffix} but its content isn't one I can read; it may be damaged. "
    "Export the activity again from your watch app and send the new file."
)
BAD_GZIP = "This .gz file is damaged, so I couldn't unpack it. Send the activity file unzipped."
GZIP_TOO_BIG = (
    "Unpacked, this file is over 20 MB, far more than any single activity. "
    "Export just this one activity and send that."
)
TOO_MANY_POINTS = (
    "This file has more than {limit:,} points, far more than one activity records. "
    "Export just this one activity and send that."
)
TOO_MANY_ELEMENTS = (
    "This file has more than {limit:,} entries, far more than one activity records. "
    "Export just this one activity and send that."
)
TOO_DEEP = (
    "This file is nested far deeper than any activity file, so I won't open it. "
    "Export the activity again from your watch app."
)
TEXT_TOO_LONG = (
    "This file has a text field over 64 kB, far longer than any activity file needs, so I "
    "won't open it. Export the activity again from your watch app."
)
TOO_MANY_PARTS = (
    "This file holds more than {limit} activities. Export them one at a time and send each "
    "file."
)
TOO_MANY_LAPS = (
    f"This file has more than {MAX_FIT_LAPS:,} laps, far more than one activity records. "
    "Export just this one activity and send that."
)
UNSAFE_XML = (
    "This file uses XML features that activity files never need (a DTD or entities), "
    "so I won't open it. Export the activity again from your watch app."
)
TRUNCATED = (
    "This file stops part-way (it was cut off or damaged), before the summary of the activity. "
    "Export it again from your watch app, or type it instead, like 'ran 8 km in 45 min'."
)
NO_ACTIVITY = (
    "This file has no recorded activity in it (it may be a course, a workout plan or a "
    "settings file). Send the file of the run itself."
)
NO_TIMES = (
    "This file has no timestamps, so I can't tell when you ran. Send '{example} yesterday' "
    "instead, with your own time and day."
)
RELATIVE_TIME = (
    "Your watch hadn't set its clock when it recorded this, so the file has no date and I "
    "can't tell when you ran. Send '{example} yesterday' instead, with the right day."
)
NO_DISTANCE = (
    "This run has no distance in the file, so I can't estimate it. "
    "Send 'ran 8 km in {minutes} min' instead, with your distance."
)
NO_MOVEMENT = "This file doesn't show any movement, so there is nothing to log."
TOO_LONG = (
    "This file says the activity lasted more than 3 days, so its summary must be damaged. "
    "Export it again from your watch app, or type it, like 'ran 8 km in 45 min'."
)
TOO_FAST = (
    "This run averages {kmh:.0f} km/h, faster than anyone runs: was the watch left on in a car "
    "or on a bike? Type the run instead, like 'ran 8 km in 45 min'."
)
TOO_SLOW = (
    "This run averages {kmh:.1f} km/h, slower than walking pace: was the watch left running "
    "after you stopped? Type the run instead, like 'ran 8 km in 45 min'."
)


def example(distance_m: float | None, seconds: float | None) -> str:
    """A message the runner can send instead, with the file's numbers where it has them."""
    km = f"{distance_m / 1000:.1f}" if distance_m else "8"
    minutes = round(seconds / 60) if seconds else 40
    return f"ran {km} km in {minutes} min"

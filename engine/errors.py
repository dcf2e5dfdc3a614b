"""Errors that carry a message a runner can act on.

Handlers catch only `CoachError` and reply with `user_message`; anything else is a bug and
reaches the single error handler (STYLE.md 3.2).
"""


class CoachError(Exception):
    """Base of every error whose text is shown to the user as is."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


class ParseError(CoachError):
    """The message could not be understood."""


class UnknownFood(CoachError):
    """A food name matched nothing in the table or the user's own foods."""


class ImplausibleValue(CoachError):
    """A number is outside what a human can do or eat; nothing is stored."""


class BadActivityFile(CoachError):
    """A watch or app file that cannot be read as an activity; nothing is stored."""

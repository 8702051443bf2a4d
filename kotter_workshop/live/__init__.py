"""Live voting from phones: a small web server on the room's network.

It imports the domain's resources only; the ui starts it, publishes what is
open for voting, and applies the ballots it hands over on the Qt thread.
"""

from .limits import ADDRESS_RATE_SETTING, Limits
from .protocol import OpenProcess, PhoneBallot, Refused, VoteState, is_phone_voter
from .server import VotingServer

__all__ = [
    "ADDRESS_RATE_SETTING",
    "Limits",
    "OpenProcess",
    "PhoneBallot",
    "Refused",
    "VoteState",
    "VotingServer",
    "is_phone_voter",
]

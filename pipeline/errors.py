"""The errors a user can fix. The command line prints any of them as one `Error: ...` line
and exits with code 1; a bad *file* in a corpus is never one of them (it is recorded in the
manifest and the run goes on).

    ClaimsError          base class
    ├── ConfigError      a config or rule file is missing, unreadable or holds a bad key/value
    ├── InputError       bad input to a run (missing corpus folder, unwritable output folder)
    └── UserError        any other bad argument (an unknown --engine, a missing gold file)
"""
from __future__ import annotations


class ClaimsError(ValueError):
    """An error the user can fix; printed as one line, exit code 1."""


class ConfigError(ClaimsError):
    """A configuration file is missing, unreadable, or holds a bad key or value."""


class InputError(ClaimsError):
    """Bad input given by the user (missing corpus folder, unwritable output folder...)."""


class UserError(ClaimsError):
    """A bad command-line argument or file named by the user."""

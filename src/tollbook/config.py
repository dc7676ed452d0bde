"""Settings: one annotated defaults file in the package, overridden in a fixed order.

    default.toml (shipped)  <  a user file (--config FILE or $TOLLBOOK_CONFIG)
                            <  environment TOLLBOOK_<SECTION>_<KEY>  <  command-line flags

Keys and types are those of default.toml: an unknown key is an E201 error naming the keys
allowed, a value of the wrong type an E202 naming the type wanted (dateparser's
`check_settings` does the same for its settings).

Stages read the active settings with `get()`; the doors install them once with `use()`.
"""

from __future__ import annotations

import os
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError

Settings = dict[str, dict[str, Any]]

_active: Settings | None = None


def defaults() -> Settings:
    """The shipped defaults, parsed fresh."""
    text = resources.files("tollbook").joinpath("default.toml").read_text("utf-8")
    return tomllib.loads(text)


def load(path: str | os.PathLike | None = None, env: dict[str, str] | None = None,
         overrides: dict[str, dict[str, Any]] | None = None) -> Settings:
    """Defaults, then the user file, then the environment, then explicit overrides."""
    settings = defaults()
    env = os.environ if env is None else env
    path = path or env.get("TOLLBOOK_CONFIG")
    if path:
        try:
            user = tomllib.loads(Path(path).read_text("utf-8"))
        except OSError as e:
            raise ConfigError("E201", f"cannot read the config file {path}: {e}") from None
        except tomllib.TOMLDecodeError as e:
            raise ConfigError("E202", f"{path} is not valid TOML: {e}") from None
        _merge(settings, user, str(path))
    from_env: dict[str, dict[str, Any]] = {}
    for name, value in env.items():
        if not name.startswith("TOLLBOOK_") or name in _NOT_SETTINGS:
            continue
        parts = name[len("TOLLBOOK_"):].lower().split("_", 1)
        if len(parts) == 2 and parts[0] in settings:
            from_env.setdefault(parts[0], {})[parts[1]] = _from_text(
                value, settings[parts[0]].get(parts[1]), name)
    _merge(settings, from_env, "the environment")
    if overrides:
        _merge(settings, overrides, "the command line")
    return settings


# Environment variables of tollbook that are not settings of default.toml.
_NOT_SETTINGS = frozenset({"TOLLBOOK_CONFIG", "TOLLBOOK_TOKEN", "TOLLBOOK_READ_TOKEN",
                           "TOLLBOOK_CACHE", "TOLLBOOK_TEST_PG", "TOLLBOOK_MAX_BODY",
                           "TOLLBOOK_PGDATA", "TOLLBOOK_PGPORT"})


def _merge(settings: Settings, new: dict[str, Any], where: str) -> None:
    for section, values in new.items():
        if section not in settings or not isinstance(values, dict):
            raise ConfigError("E201", f"[{section}] in {where}; sections: "
                              f"{', '.join(sorted(settings))}")
        for key, value in values.items():
            if key not in settings[section]:
                raise ConfigError("E201", f"{section}.{key} in {where}; keys of [{section}]: "
                                  f"{', '.join(sorted(settings[section]))}")
            settings[section][key] = _check(section, key, value, settings[section][key], where)


def _check(section: str, key: str, value: Any, default: Any, where: str) -> Any:
    want = type(default)
    if want is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if type(value) is not want:
        raise ConfigError("E202", f"{section}.{key} = {value!r} in {where}: "
                          f"a {want.__name__} is wanted (default {default!r})")
    if want in (int, float) and value <= 0:
        raise ConfigError("E202", f"{section}.{key} = {value!r} in {where}: must be positive")
    return value


def _from_text(text: str, default: Any, name: str) -> Any:
    """An environment value converted to the type of its default."""
    try:
        if isinstance(default, bool):
            if text.lower() not in ("1", "0", "true", "false", "yes", "no"):
                raise ValueError
            return text.lower() in ("1", "true", "yes")
        if isinstance(default, int):
            return int(text)
        if isinstance(default, float):
            return float(text)
    except ValueError:
        raise ConfigError("E202", f"{name}={text!r}: a {type(default).__name__} is wanted"
                          ) from None
    return text


def use(settings: Settings) -> None:
    """Make these the settings every stage reads (the doors call this once)."""
    global _active
    _active = settings


def get() -> Settings:
    """The active settings; loaded from the defaults and environment on first use."""
    global _active
    if _active is None:
        _active = load()
    return _active


def value(section: str, key: str) -> Any:
    """One active setting: value("limits", "max_bytes")."""
    return get()[section][key]

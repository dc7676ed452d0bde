"""Every CLI command has help text and is shown in the README."""

from pathlib import Path

from tollbook import cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


def _subcommands():
    cli._load_extensions()
    parser = cli.build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return action, action.choices


def test_every_command_has_help_text():
    action, choices = _subcommands()
    helps = {a.dest: a.help for a in action._choices_actions}
    for name in choices:
        assert helps.get(name), f"tollbook {name} has no help text"


def test_every_command_is_in_the_readme():
    _, choices = _subcommands()
    for name in choices:
        assert f"tollbook {name}" in README, f"README does not show `tollbook {name}`"


def test_readme_shows_the_two_setup_commands():
    assert "make demo" in README and "make test" in README

"""The README documents every command the CLI offers."""

from __future__ import annotations

from ls_factcheck.cli import app

from .conftest import REPO


def test_readme_lists_every_command():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    commands = {command.name or command.callback.__name__.replace("_", "-") for command in app.registered_commands}
    missing = sorted(name for name in commands if f"ls-factcheck {name}" not in readme)
    assert not missing, f"README does not mention: {missing}"


def test_readme_quick_start_is_make_demo_and_make_test():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("##", 1)[0]
    assert "make demo" in quick_start and "make test" in quick_start


def test_readme_mentions_every_option_of_every_command():
    import typer.main

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    group = typer.main.get_command(app)
    missing = sorted(f"{name} {option}" for name, command in _commands(group) for parameter in command.params
                     for option in parameter.opts if option.startswith("--") and option not in readme)
    assert not missing, f"README does not mention: {missing}"


def test_readme_lists_every_subcommand_of_a_command_group():
    import typer.main

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = sorted(name for name, _ in _commands(typer.main.get_command(app)) if f"ls-factcheck {name}" not in readme)
    assert not missing, f"README does not mention: {missing}"


def _commands(group, prefix: str = ""):
    """(full name, command) of every command, groups' subcommands included ("memory add")."""
    for name, command in group.commands.items():
        if hasattr(command, "commands"):
            yield from _commands(command, f"{prefix}{name} ")
        else:
            yield f"{prefix}{name}", command

"""Files that cannot import the stage registry, written from it: ``python -m wirestream generate``.

``docker-compose.yml`` and the ``Makefile`` name every Redis user (one per stage,
``housekeeper``, ``subscriber``, ``default``) and every stage's service. Those parts
sit between marker lines::

    # BEGIN GENERATED <block>: python -m wirestream generate (from services/registry.py)
    ...
    # END GENERATED <block>

and are rewritten from the :class:`~wirestream.stages.Pipeline`; everything outside
the markers is written by hand. A stage's service is every worker's (``x-worker``)
with the stage's command, Redis user and password, plus the database when the stage
``uses_store``. What a stage's container needs beyond that is written by hand in
the compose file as ``x-<stage>: &<stage>`` (service keys) and
``x-<stage>-env: &<stage>-env`` (environment variables), merged in when present;
they win over the worker's defaults.

``tests/unit/test_generated.py`` regenerates both files in memory and fails when the
committed ones differ.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from wirestream.acl import HOUSEKEEPER, password_variable, users
from wirestream.stages import Pipeline

COMMAND = "python -m wirestream generate"
_BEGIN = "# BEGIN GENERATED {name}: " + COMMAND + " (from services/registry.py)"
_END = "# END GENERATED {name}"

# Services with a Redis user of their own that are not stages, each with the comment above it.
_HOUSEKEEPER_COMMENT = (
    "trims acknowledged entries, caps the dead letters, removes dead consumers, loads the server-side",
    "functions: the only service whose Redis user may delete anything (stages may only append and consume)",
)


class StaleMarkers(ValueError):
    """A file lacks a block's markers (or has them twice)."""


def secret(user: str) -> str:
    """The compose secret (and the file under deploy/secrets/) holding a Redis user's password."""
    return f"redis_{user}"


def _anchors(text: str) -> set[str]:
    return set(re.findall(r"^x-([\w-]+): &\1\s*$", text, flags=re.MULTILINE))


def _service(name: str, anchors: set[str], uses_store: bool, comment: tuple[str, ...] = ()) -> list[str]:
    # one anchor per merge: with a list of them, which one wins differs between YAML parsers
    merge = f"*{name}" if name in anchors else "*worker"
    env_merge = f"*{name}-env" if f"{name}-env" in anchors else "*worker-env"
    lines = [f"# {c}" for c in comment]
    lines += [
        f"{name}:",
        f"  <<: {merge}",
        f'  command: ["{name}"]',
        "  environment:",
        f"    <<: {env_merge}",
        f"    WIRESTREAM_REDIS_URL: redis://{name}@redis:6379/0",
        f"    WIRESTREAM_REDIS_PASSWORD_FILE: /run/secrets/{secret(name)}",
    ]
    secrets = [secret(name)]
    if uses_store:
        lines += [
            "    WIRESTREAM_DATABASE_URL: postgresql://wirestream@postgres:5432/wirestream",
            "    WIRESTREAM_DATABASE_PASSWORD_FILE: /run/secrets/postgres_wirestream",
        ]
        secrets.append("postgres_wirestream")
    lines.append(f"  secrets: [{', '.join(secrets)}]")
    if uses_store:
        lines += [
            "  depends_on:",
            "    redis:",
            "      condition: service_healthy",
            "    postgres:",
            "      condition: service_healthy",
            "  # the database's network: only the services that use the store are on it",
            "  networks: [default, database]",
        ]
    return lines


def compose_blocks(pipeline: Pipeline, text: str) -> dict[str, list[str]]:
    """The generated blocks of docker-compose.yml (unindented; ``text`` is the file, for its anchors)."""
    anchors = _anchors(text)
    names = users(pipeline)
    acl = ["environment:"]
    acl += [f"  {password_variable(u)}_FILE: /run/secrets/{secret(u)}" for u in names]
    acl.append(f"secrets: [{', '.join(secret(u) for u in names)}]")
    services: list[str] = []
    for stage in pipeline.stages:
        services += [*_service(stage.name, anchors, stage.uses_store), ""]
    services += _service(HOUSEKEEPER, anchors, False, _HOUSEKEEPER_COMMENT)
    secrets = [line for u in names for line in (f"{secret(u)}:", f"  file: ./deploy/secrets/{secret(u)}")]
    return {"redis-acl-users": acl, "worker-services": services, "redis-secrets": secrets}


def makefile_blocks(pipeline: Pipeline, text: str) -> dict[str, list[str]]:
    """The generated blocks of the Makefile: the Redis users whose passwords ``make secrets`` writes."""
    return {"redis-users": [f"REDIS_USERS := {' '.join(users(pipeline))}"]}


def replace_blocks(text: str, blocks: dict[str, list[str]]) -> str:
    """``text`` with each block's lines between its markers, indented as its BEGIN line."""
    for name, lines in blocks.items():
        begin = re.escape(_BEGIN.format(name=name))
        end = re.escape(_END.format(name=name))
        pattern = re.compile(rf"^([ \t]*){begin}\n.*?^[ \t]*{end}\n", flags=re.MULTILINE | re.DOTALL)
        found = pattern.findall(text)
        if len(found) != 1:
            raise StaleMarkers(f"{len(found)} blocks named {name!r} (want 1): add its markers by hand once")

        def fill(match: re.Match[str], lines: list[str] = lines, name: str = name) -> str:
            indent = match.group(1)
            body = [indent + line if line else "" for line in lines]
            return "\n".join([indent + _BEGIN.format(name=name), *body, indent + _END.format(name=name)]) + "\n"

        text = pattern.sub(fill, text)
    return text


@dataclass(frozen=True)
class Generated:
    path: str  # relative to the project's root
    blocks: Callable[[Pipeline, str], dict[str, list[str]]]

    def render(self, pipeline: Pipeline, text: str) -> str:
        return replace_blocks(text, self.blocks(pipeline, text))


FILES = (Generated("docker-compose.yml", compose_blocks), Generated("Makefile", makefile_blocks))


def generate(pipeline: Pipeline, root: Path, check: bool = False) -> list[str]:
    """Rewrite the generated blocks under ``root``; the files that were (``check``: would be) changed."""
    rendered = {}
    for f in FILES:  # every file rendered before any is written: a file without its markers changes nothing
        text = (root / f.path).read_text(encoding="utf-8")
        new = f.render(pipeline, text)
        if new != text:
            rendered[f.path] = new
    if not check:
        for path, new in rendered.items():
            (root / path).write_text(new, encoding="utf-8")
    return list(rendered)

"""Ctrl-C stops a run cleanly with a summary and a resumable state; rule files cannot construct objects."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from cleaner.cli import app

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


def corpus(path: Path, pages: int = 800) -> Path:
    """The sample pages repeated, every line numbered: all lines are new to cleaner's line memos, so the
    run lasts long enough for Ctrl-C to land in the middle (repeated lines are nearly free)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    with path.open("w", encoding="utf-8") as handle:
        for number in range(pages):
            lines = texts[number % len(texts)].split("\n")
            text = "\n".join(f"{line} ({number}.{i})" if line.strip() else line for i, line in enumerate(lines))
            handle.write(json.dumps({"id": f"p{number}", "text": text}) + "\n")
    return path


def test_ctrl_c_prints_a_summary_and_the_rerun_completes_the_same_output(tmp_path: Path) -> None:
    source = corpus(tmp_path / "in.jsonl")
    command = [sys.executable, "-m", "cleaner.cli", "clean", str(source), "--workers", "2", "--batch-pages", "2"]
    subprocess.run([*command, "-o", str(tmp_path / "whole.jsonl"), "-q"], check=True, capture_output=True)
    target = tmp_path / "stopped.jsonl"
    journal = tmp_path / ".stopped.jsonl.journal.json"
    # A job started in the background by a non-interactive shell (a CI script's `cmd &`) inherits SIGINT
    # ignored, and so would the child: give it the default, as a terminal's Ctrl-C finds it.
    process = subprocess.Popen(
        [*command, "-o", str(target)], stderr=subprocess.PIPE, text=True, preexec_fn=_default_sigint
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not journal.exists():
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "interrupted: rerun the same command to resume" in stderr
    assert "documents in" in stderr, "the summary is printed"
    assert not target.exists()
    subprocess.run([*command, "-o", str(target), "-q"], check=True, capture_output=True)
    assert target.read_bytes() == (tmp_path / "whole.jsonl").read_bytes()


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_rule_files_cannot_construct_python_objects(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "evil.yaml").write_text("rules: !!python/object/apply:os.system ['touch pwned']\n", encoding="utf-8")
    result = runner.invoke(app, ["rules", "lint", str(rules)])
    assert result.exit_code == 1
    assert f"{rules / 'evil.yaml'}:" in result.output and "not valid YAML" in result.output
    assert not (Path.cwd() / "pwned").exists()

"""The public golden questions over infra-small, asked through the CLI batch path and scored."""

import json
import subprocess
import sys
from pathlib import Path

from tests.integration.ops_scoring import score

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GOLDEN = json.loads((FIXTURES / "ops-golden-public.json").read_text())
REQUIRED_PASS_RATE = 0.95


def test_public_golden_set_passes_the_bar(infra_small_url: str, tmp_path: Path) -> None:
    assert GOLDEN["data_dir"] == "infra-small"
    batch = tmp_path / "golden.jsonl"
    batch.write_text(
        "\n".join(
            json.dumps({"id": c["id"], "question": c["question"], "now": GOLDEN["now"]}, ensure_ascii=False)
            for c in GOLDEN["cases"]
        )
    )
    env = {
        "SPA_DATABASE_URL": infra_small_url,
        "SPA_DATA_DIR": str(tmp_path),
        "SPA_TIMEZONE": GOLDEN["timezone"],
        "PATH": "/usr/bin:/bin",
    }
    done = subprocess.run(
        [sys.executable, "-m", "spa_ai.cli", "ops", "ask", "--batch", str(batch)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    answers = {a["id"]: a for a in map(json.loads, done.stdout.splitlines())}
    universe = {
        line.split(",")[0] for line in (FIXTURES / "infra-small" / "cis.csv").read_text().splitlines()[1:]
    }
    failures, non_rca = [], [c for c in GOLDEN["cases"] if c["kind"] != "rca"]
    for case in GOLDEN["cases"]:
        ok, why = score(case, answers[case["id"]], universe)
        if not ok:
            failures.append((case["id"], case["kind"], case["question"], why))
    non_rca_failures = [f for f in failures if f[1] != "rca"]
    assert 1 - len(non_rca_failures) / len(non_rca) >= REQUIRED_PASS_RATE, non_rca_failures
    assert not failures, failures  # today every public case passes, RCA included: keep it that way

"""`python -m spa_ai.cli` is the `spa-ai` command."""

from spa_ai.cli import main

main()

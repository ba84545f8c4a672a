"""The `timeline` command (placeholder until the CLI lands in this session)."""


def main() -> int:
    return 0

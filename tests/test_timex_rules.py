"""Every rule in the table has examples, and each example resolves as written (table-driven)."""

from __future__ import annotations

import pendulum
import pytest

from core.timex import RULES, tag
from core.timex.resolve import NORMALISERS

DEFAULT_DCT = "2022-02-08"

CASES = [
    pytest.param(rule.name, ex[0], ex[1], ex[2] if len(ex) > 2 else DEFAULT_DCT, id=f"{rule.name}: {ex[0]}")
    for rule in RULES
    for ex in rule.examples
]


def test_every_rule_has_an_example_and_a_normaliser() -> None:
    for rule in RULES:
        assert rule.examples, f"rule {rule.name} has no example"
        assert rule.norm in NORMALISERS, f"rule {rule.name} names unknown normaliser {rule.norm}"
        assert rule.type in ("DATE", "TIME", "DURATION", "SET")


def test_rule_names_are_unique() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(("rule", "text", "value", "dct"), CASES)
def test_rule_example(rule: str, text: str, value: str, dct: str) -> None:
    found = tag(text, pendulum.parse(dct).date())
    got = [(t.rule, t.time.value, t.text) for t in found]
    assert any(r == rule and v == value for r, v, _ in got), f"expected {rule} -> {value}, got {got}"
    for t in found:
        assert text[t.span.start : t.span.end] == t.text
        assert t.why

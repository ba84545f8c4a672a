"""Actors in a sentence, and one name per actor across a collection."""

from __future__ import annotations

import pytest
from story_helpers import event

from core.entities import actors, canonical_actors, canonicalise


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # people, with titles and demonyms taken off
        ("Prime Minister Ana Duarte flew to Lisbon on Sunday.", ("Ana Duarte", "Lisbon")),
        ("Chilean President Marco Ruiz and Senator Lee Park spoke.", ("Marco Ruiz", "Lee Park")),
        ("The talks ended when Dr. Hana Sato left the room.", ("Hana Sato",)),
        # organisations keep their inner lower-case words and their own adjectives
        ("The Bank of England raised rates.", ("Bank of England",)),
        ("The European Commission fined the carmaker.", ("European Commission",)),
        ("Shares of Acme Corp. fell after the recall.", ("Acme",)),
        ("Globex Inc. CEO Mara Lind resigned.", ("Globex", "Mara Lind")),
        ("The Department of Justice sued.", ("Department of Justice",)),
        ("She stayed on as CEO.", ()),
        # possessives end a name
        ("Globex's chief resigned after Initech's offer.", ("Globex", "Initech")),
        # aliases name one actor one way
        ("The U.S. and the UK signed the pact.", ("United States", "United Kingdom")),
        ("Officials in Kiev said so.", ("Kyiv",)),
        ("Sales doubled in the U.S. Novak said so.", ("United States", "Novak")),
        ("John F. Kennedy spoke.", ("John F. Kennedy",)),
        # products in camel case, with model numbers but not years
        ("Sales of the iPhone 5 rose in 2013.", ("iPhone 5",)),
        ("Zephyr's new zPad 2 arrived.", ("Zephyr", "zPad 2")),
        ("The UK iTunes store cut prices.", ("United Kingdom", "iTunes")),
        # an ordinary first word is not a name; a name as first word is
        ("Yesterday the council met.", ()),
        ("Current Orla models cost 99 USD on CD.", ("Orla",)),
        ("Sales rose over the New Year holiday.", ()),
        ("Amid French pressure, Oslo gave in.", ("Oslo",)),
        ("Unfortunately, nobody came.", ()),
        ("Structure-wise, iPhone 4 has a steel frame.", ("iPhone 4",)),
        ("Engineers said the bridge was safe.", ()),
        ("Rebels seized the airport of Dorvik.", ("Dorvik",)),
        ("Jobs returned to work in June.", ("Jobs",)),
        ("Nakamura won the race on Monday.", ("Nakamura",)),
        # months, weekdays and pronouns are never actors
        ("On Tuesday, in March, I said nothing.", ()),
        # a quotation starts with a capital that is not a name
        ('She said, "Nothing will change."', ()),
        # a Title Case headline: ordinary words split the names apart
        ("Globex Sues Initech Over Stapler Design", ("Globex", "Initech", "Stapler Design")),
        ("Acme Launches New zPhone In Berlin", ("Acme", "zPhone", "Berlin")),
        ("", ()),
    ],
)
def test_actors(sentence, expected):
    assert actors(sentence) == expected


def test_each_actor_once_in_order_of_appearance():
    assert actors("Berlin met Paris, then Berlin met Rome.") == ("Berlin", "Paris", "Rome")


def _events(*groups: tuple[str, ...]):
    return [event(f"Sentence {i}.", "2024-01-01", actors=g, line=i + 4) for i, g in enumerate(groups)]


@pytest.mark.parametrize(
    ("groups", "expected"),
    [
        # surname to the full name
        (
            (("Vera Novak",), ("Novak",), ("Novak", "Oslo")),
            {"Novak": "Vera Novak", "Vera Novak": "Vera Novak"},
        ),
        # spelling that differs in case: the more frequent wins
        ((("zPhone",), ("zPhone",), ("ZPhone",)), {"ZPhone": "zPhone", "zPhone": "zPhone"}),
        # an organisation's last word is not a short form of it
        ((("Supreme Court",), ("Court",)), {"Court": "Court", "Supreme Court": "Supreme Court"}),
        # a first word is not a surname
        ((("Apple Corps",), ("Apple",)), {"Apple": "Apple", "Apple Corps": "Apple Corps"}),
        # a lone first name goes to the one dominant person of that first name
        (
            (("Vera Novak",), ("Vera Novak",), ("Vera Novak",), ("Vera Kim",), ("Vera",)),
            {"Vera": "Vera Novak", "Vera Kim": "Vera Kim"},
        ),
        # ...but not when two people share it about equally
        ((("Vera Novak",), ("Vera Kim",), ("Vera",)), {"Vera": "Vera"}),
        # two people share a surname: the more mentioned one takes it
        (
            (("Tom Ng",), ("Tom Ng",), ("Amy Ng",), ("Ng",)),
            {"Ng": "Tom Ng", "Tom Ng": "Tom Ng", "Amy Ng": "Amy Ng"},
        ),
    ],
)
def test_canonical_actors(groups, expected):
    mapping = canonical_actors(_events(*groups))
    assert {k: v for k, v in mapping.items() if k in expected} == expected


def test_canonicalise_rewrites_and_deduplicates():
    events = _events(("Vera Novak",), ("Novak", "Vera Novak", "Oslo"))
    out = canonicalise(events)
    assert out[0] is events[0]
    assert out[1].actors == ("Vera Novak", "Oslo")

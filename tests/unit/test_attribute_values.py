"""Reading attribute values and quantities out of questions, without a database: quantities with units
and comparisons, the key a value or size maps to within the asked type, ambiguity and unknown values."""

import pytest

from services.infra.attribute_filter import Quantity, quantity_of
from services.ops.planner.attribute_values import (
    QuantityKey,
    ValueVocabulary,
    find_quantities,
    read_values,
    unknown_value,
)

VOCAB = ValueVocabulary(
    keys={
        "ubuntu-22.04": {"os": {"host"}},
        "ubuntu": {"os": {"host"}},
        "redis": {"engine": {"cache"}, "product": {"storage"}},
        "java": {"language": {"service"}},
    },
    quantities={
        "memory_gb": QuantityKey(sized=True, types={"host"}, values={64.0, 128.0}),
        "size_gb": QuantityKey(sized=True, types={"database"}, values={420.0}),
        "cpu_cores": QuantityKey(sized=False, types={"host"}, values={16.0}),
        "replicas": QuantityKey(sized=False, types={"service"}, values={2.0}),
    },
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("128 GB", Quantity(128, "gb")),
        ("128GB", Quantity(128, "gb")),
        ("1.5 tb", Quantity(1.5, "tb")),
        (">= 64 GB", Quantity(64, "gb", ">=")),
        (8, Quantity(8)),
        ("ubuntu-22.04", None),
        ("16.4.1", None),
        ("12 apples", None),
        (True, None),
    ],
)
def test_quantities_are_read_with_units_and_comparisons(value: object, expected: Quantity | None) -> None:
    assert quantity_of(value) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("hosts with 128 gb", ("128 GB", False)),
        ("메모리 128기가 서버", ("128 GB", False)),
        ("hosts with more than 64 gb memory", ("> 64 GB", False)),
        ("메모리 128gb 이상 서버", (">= 128 GB", False)),
        ("32코어 서버", ("32", True)),
        ("hosts with at least 48 cores", (">= 48", True)),
    ],
)
def test_sizes_and_core_counts_are_found_with_their_comparison(question: str, expected: tuple) -> None:
    (found,) = find_quantities(question, [], [], VOCAB)
    assert (str(found.quantity), found.cores) == expected


def test_a_bare_number_counts_only_beside_a_key_holding_numbers() -> None:
    question = "services with 6 replicas on port 8080"
    start = question.index("replicas")
    (found,) = find_quantities(question, [], [("replicas", start, start + 8)], VOCAB)
    assert (found.key, found.quantity) == ("replicas", Quantity(6))
    assert find_quantities("top 5 hosts", [], [], VOCAB) == []


def test_values_map_to_their_key_within_the_asked_type() -> None:
    assert read_values(["ubuntu"], [], VOCAB, ["host"], [], set()).filters == {"os": "ubuntu"}
    # under two keys: ambiguous, unless the type or a key word picks one
    ambiguous = read_values(["redis"], [], VOCAB, [], [], set())
    assert (ambiguous.problem, ambiguous.suggestions) == ("ambiguous_value", ["engine", "product"])
    assert read_values(["redis"], [], VOCAB, ["cache"], [], set()).filters == {"engine": "redis"}
    assert read_values(["redis"], [], VOCAB, [], ["product"], set()).filters == {"product": "redis"}
    # a value the asked type never holds is no filter of it (left for the honesty check)
    assert read_values(["java"], [], VOCAB, ["host"], [], set()).filters == {}


def test_sizes_map_to_the_key_of_the_type_or_the_family_named() -> None:
    (size,) = find_quantities("cis with 128 gb", [], [], VOCAB)
    assert read_values([], [size], VOCAB, ["host"], [], set()).filters == {"memory_gb": 128}
    assert read_values([], [size], VOCAB, [], [], {"memory", "usage"}).filters == {"memory_gb": 128}
    (other,) = find_quantities("cis with 100 gb", [], [], VOCAB)
    reading = read_values([], [other], VOCAB, [], [], set())
    assert (reading.problem, reading.suggestions) == ("ambiguous_value", ["memory_gb", "size_gb"])
    (tera,) = find_quantities("hosts with 1 tb", [], [], VOCAB)
    assert read_values([], [tera], VOCAB, ["host"], [], set()).filters == {"memory_gb": "1 TB"}


def test_an_unknown_word_in_a_value_slot_is_named_with_similar_values() -> None:
    reading = unknown_value("hosts running ubuntu-20.04", [], VOCAB, lambda w: False)
    assert reading is not None and reading.word == "ubuntu-20.04" and reading.suggestions[0] == "ubuntu-22.04"
    assert unknown_value("rust로 된 서비스", [], VOCAB, lambda w: False).word == "rust"  # type: ignore[union-attr]
    assert unknown_value("what is running on the host", [], VOCAB, lambda w: False) is None
    # a verb before a type noun is no value: "(which of those) are hosts" narrows a list by type
    assert (
        unknown_value("what do we have at dc-2 (which of those are hosts)", [], VOCAB, lambda w: False)
        is None
    )
    assert unknown_value("which of them is hosts", [], VOCAB, lambda w: False) is None


def test_similar_values_include_those_holding_the_word_as_a_part() -> None:
    vocab = ValueVocabulary(keys={"amazon-linux-2023": {"os": {"host"}}, "lineage": {"x": {"host"}}})
    assert [value for _, value in vocab.similar("linux")] == ["amazon-linux-2023"]

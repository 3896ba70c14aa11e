"""Quota rules as data: the shipped file, validation with clear messages, replacement."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.base import i18n
from app.quota import periods
from app.quota.rules import (
    ActiveRules,
    Rules,
    RulesError,
    UnknownLevelError,
    default_rules,
    load_rules,
    parse_rules,
    validate_rules_file,
    validate_rules_text,
)


def shipped() -> dict:
    return json.loads(default_rules().to_json())


def dump(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False)


def problems_of(data: dict | str) -> list:
    text = data if isinstance(data, str) else dump(data)
    with pytest.raises(RulesError) as info:
        parse_rules(text, "test.json")
    return info.value.problems


def codes(problems) -> list[str]:
    return [p.code for p in problems]


# -- the shipped default ---------------------------------------------------------------------

def test_shipped_rules_are_the_2019_letter():
    rules = default_rules()
    assert rules.version == 1
    assert rules.source == "Công văn LĐLĐ tỉnh, 11/2019"
    assert rules.editorial_address == "congdoanbk@gmail.com"
    assert rules.reminder_days == 14
    assert rules.level_ids == ("co-so", "huyen", "nganh", "ban-tinh")
    co_so, huyen, nganh, ban = (rules.level(i) for i in rules.level_ids)
    assert (co_so.name, co_so.period, co_so.required) == ("Công đoàn cơ sở", "half-year", 1)
    assert (huyen.name, huyen.period, huyen.required) == (
        "Liên đoàn Lao động huyện, thành phố", "month", 1)
    assert (nganh.name, nganh.period, nganh.required) == ("Công đoàn ngành", "month", 1)
    assert (ban.period, ban.required, ban.counted) == ("per-activity", None, False)
    assert ban.name == "Ban của Liên đoàn Lao động tỉnh"


@pytest.mark.parametrize(("level", "per_year"), [("co-so", 2), ("huyen", 12), ("nganh", 12)])
def test_shipped_yearly_totals_match_the_letter(level, per_year):
    lv = default_rules().level(level)
    assert lv.required * len(periods.periods_of_year(lv.period, 2026)) == per_year


def test_rules_round_trip_through_json():
    rules = default_rules()
    again = parse_rules(rules.to_json())
    assert again == rules
    assert again is not rules


def test_unknown_level_is_a_clear_lookup_error():
    rules = default_rules()
    assert rules.get("huyen-cu") is None
    with pytest.raises(UnknownLevelError) as info:
        rules.level("huyen-cu")
    assert isinstance(info.value, LookupError)
    message = str(info.value)
    assert "huyen-cu" in message and "co-so" in message and not message.startswith("'")


# -- validation: each mistake named, with its place --------------------------------------------

def test_typo_in_a_top_level_key_suggests_the_key():
    data = shipped()
    data["levles"] = data.pop("levels")
    problems = problems_of(data)
    unknown = [p for p in problems if p.code == "unknown-key"]
    assert [p.where for p in unknown] == ["levles"]
    assert "levles" in unknown[0].message and "“levels”" in unknown[0].message
    assert "missing-key" in codes(problems)  # and "levels" itself is now missing


def test_typo_in_a_level_key_names_the_level():
    data = shipped()
    data["levels"][1]["requried"] = data["levels"][1].pop("required")
    problems = problems_of(data)
    assert ("unknown-key", "levels[1].requried") in [(p.code, p.where) for p in problems]
    message = next(p.message for p in problems if p.code == "unknown-key")
    assert "huyen" in message and "2" in message and "“required”" in message


def test_unknown_key_without_a_close_match_lists_the_allowed_keys():
    data = shipped()
    data["levels"][0]["xyz"] = 1
    (problem,) = problems_of(data)
    assert problem.code == "unknown-key"
    assert all(key in problem.message for key in ("id", "name", "period", "required"))


def test_unknown_period_type():
    data = shipped()
    data["levels"][0]["period"] = "monthly"
    (problem,) = problems_of(data)
    assert (problem.code, problem.where) == ("unknown-period", "levels[0].period")
    assert "monthly" in problem.message and "half-year" in problem.message


@pytest.mark.parametrize(("value", "code"), [
    (-1, "negative"), (1000, "out-of-range"), ("1", "wrong-type"), (1.5, "wrong-type"),
    (True, "wrong-type"), (None, "wrong-type"),
])
def test_bad_required_counts(value, code):
    data = shipped()
    data["levels"][2]["required"] = value
    (problem,) = problems_of(data)
    assert (problem.code, problem.where) == (code, "levels[2].required")
    assert "nganh" in problem.message


def test_negative_count_message_shows_the_number():
    data = shipped()
    data["levels"][0]["required"] = -3
    (problem,) = problems_of(data)
    assert "-3" in problem.message


def test_counted_level_needs_a_count():
    data = shipped()
    del data["levels"][0]["required"]
    (problem,) = problems_of(data)
    assert (problem.code, problem.where) == ("missing-key", "levels[0].required")


def test_zero_count_is_allowed_for_a_counted_level():
    data = shipped()
    data["levels"][0]["required"] = 0
    assert parse_rules(dump(data)).level("co-so").required == 0


def test_per_activity_takes_no_count_and_no_due_offset():
    data = shipped()
    data["levels"][3]["required"] = 0
    assert parse_rules(dump(data)).level("ban-tinh").required is None
    data["levels"][3]["required"] = 2
    assert codes(problems_of(data)) == ["count-per-activity"]
    data["levels"][3]["required"] = 0
    data["levels"][3]["due_offset_days"] = -2
    assert codes(problems_of(data)) == ["offset-per-activity"]


@pytest.mark.parametrize(("period", "offset", "ok"), [
    ("month", -27, True), ("month", -28, False), ("month", 1, False), ("month", 0, True),
    ("quarter", -89, True), ("quarter", -90, False), ("half-year", -180, True),
    ("half-year", -181, False), ("year", -364, True), ("year", -365, False),
])
def test_due_offset_stays_inside_the_period(period, offset, ok):
    data = shipped()
    data["levels"][0].update(period=period, due_offset_days=offset)
    if ok:
        assert parse_rules(dump(data)).level("co-so").due_offset_days == offset
    else:
        (problem,) = problems_of(data)
        assert (problem.code, problem.where) == ("out-of-range", "levels[0].due_offset_days")


def test_duplicate_level_ids():
    data = shipped()
    data["levels"].append(dict(data["levels"][0]))
    (problem,) = problems_of(data)
    assert (problem.code, problem.where) == ("duplicate-id", "levels[4].id")
    assert "co-so" in problem.message and "1" in problem.message and "5" in problem.message


def test_key_written_twice_in_one_object():
    text = dump(shipped()).replace('"reminder_days": 14', '"reminder_days": 14, "reminder_days": 7')
    (problem,) = problems_of(text)
    assert (problem.code, problem.where) == ("duplicate-key", "reminder_days")


@pytest.mark.parametrize("bad_id", ["Co-so", "cơ-sở", "co_so", "co so", "-co", "co--so", "",
                                    "x" * 41])
def test_level_ids_are_stable_ascii(bad_id):
    data = shipped()
    data["levels"][0]["id"] = bad_id
    assert codes(problems_of(data)) == ["bad-id"]


def test_every_problem_is_reported_at_once():
    data = shipped()
    data["version"] = "1"
    data["levels"][0]["period"] = "weekly"
    data["levels"][1]["required"] = -1
    data["levels"][2]["nmae"] = "x"
    data["reminder_days"] = 500
    problems = problems_of(data)
    assert sorted(codes(problems)) == sorted(
        ["wrong-type", "unknown-period", "negative", "unknown-key", "out-of-range"])
    error = RulesError(problems, "rules.json")
    assert "rules.json" in str(error)
    assert all(p.message in str(error) for p in problems)


@pytest.mark.parametrize(("text", "code"), [
    ("", "empty"), ("   \n", "empty"), ('{"version": 1,', "bad-json"),
    ('{"version": NaN}', "bad-json"), ("[]", "not-object"), ('"rules"', "not-object"),
])
def test_not_a_rules_document(text, code):
    assert codes(problems_of(text)) == [code]


def test_bad_json_names_the_line():
    text = '{\n  "version": 1,\n  "name": "x"\n  "levels": []\n}'
    (problem,) = problems_of(text)
    assert problem.code == "bad-json" and "4" in problem.message


def test_other_top_level_checks():
    data = shipped()
    data["version"] = 2
    assert codes(problems_of(data)) == ["newer-version"]
    data["version"] = 0
    assert codes(problems_of(data)) == ["bad-version"]
    data = shipped()
    data["levels"] = []
    assert codes(problems_of(data)) == ["no-levels"]
    data = shipped()
    data["editorial_address"] = "congdoanbk.gmail.com"
    assert codes(problems_of(data)) == ["bad-address"]
    data = shipped()
    data["name"] = "  "
    assert codes(problems_of(data)) == ["empty"]
    data = shipped()
    data["levels"][0] = "co-so"
    assert codes(problems_of(data)) == ["wrong-type"]


def test_messages_are_in_english_when_the_language_is_english():
    i18n.set_language("en")
    data = shipped()
    data["levels"][0]["period"] = "weekly"
    (problem,) = problems_of(data)
    assert problem.message.startswith("Level 1 (“co-so”): unknown period type “weekly”")


# -- files -------------------------------------------------------------------------------------

def test_load_file_with_notepad_bom(tmp_path):
    path = tmp_path / "rules.json"
    path.write_bytes(b"\xef\xbb\xbf" + default_rules().to_json().encode("utf-8"))
    rules = load_rules(path)
    assert rules == default_rules() and rules.origin == str(path)
    assert validate_rules_file(path) == []


def test_file_problems(tmp_path):
    missing = tmp_path / "nope.json"
    assert codes(validate_rules_file(missing)) == ["file-missing"]
    legacy = tmp_path / "cp1258.json"
    legacy.write_bytes(default_rules().to_json().encode("utf-8").replace(
        "Công".encode(), b"C\xf4ng"))
    assert codes(validate_rules_file(legacy)) == ["not-utf8"]
    with pytest.raises(RulesError) as info:
        load_rules(tmp_path)  # a folder
    assert codes(info.value.problems) == ["file-unreadable"]
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 1_000_001)
    assert codes(validate_rules_file(big)) == ["file-too-large"]


def test_validation_only_reports():
    good = default_rules().to_json()
    assert validate_rules_text(good) == []
    problems = validate_rules_text(good.replace('"month"', '"monthly"'))
    assert codes(problems) == ["unknown-period", "unknown-period"]
    assert problems[0].to_dict()["where"] == "levels[1].period"


# -- replacing the rules in force --------------------------------------------------------------

def test_a_bad_file_leaves_the_rules_in_force(tmp_path):
    holder = ActiveRules()
    before = holder.rules
    assert before == default_rules()

    new = shipped()
    new["levels"][0].update(period="quarter", required=2)
    good = tmp_path / "good.json"
    good.write_text(dump(new), encoding="utf-8")
    assert holder.load_file(good).level("co-so").period == "quarter"
    replaced = holder.rules
    assert replaced != before

    bad = tmp_path / "bad.json"
    new["levels"][0]["period"] = "fortnight"
    bad.write_text(dump(new), encoding="utf-8")
    with pytest.raises(RulesError):
        holder.load_file(bad)
    assert holder.rules is replaced
    with pytest.raises(RulesError):
        holder.load_text("{")
    assert holder.rules is replaced
    assert holder.reset() == default_rules()
    with pytest.raises(TypeError):
        holder.replace({"levels": []})  # type: ignore[arg-type]


# -- nothing but RulesError, whatever the file holds -----------------------------------------

_json = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=False)
    | st.text(max_size=12),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(["id", "name", "period", "required", "levels", "version",
                                       "due_offset_days", "note", "x"]), children, max_size=5),
    max_leaves=20)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(key=st.sampled_from(["version", "name", "levels", "reminder_days", "editorial_address",
                            "source", "other"]),
       value=_json, level_key=st.sampled_from(["id", "name", "period", "required",
                                              "due_offset_days", "note", "ids"]),
       level_value=_json)
def test_mutated_rules_parse_or_fail_cleanly(key, value, level_key, level_value):
    data = shipped()
    data[key] = value
    if isinstance(data.get("levels"), list) and data["levels"] \
            and isinstance(data["levels"][0], dict):
        data["levels"][0][level_key] = level_value
    try:
        rules = parse_rules(dump(data))
    except RulesError as exc:
        assert exc.problems and all(p.message for p in exc.problems)
    else:
        assert isinstance(rules, Rules) and rules.levels


@given(st.text(max_size=200))
def test_any_text_parses_or_fails_cleanly(text):
    problems = validate_rules_text(text)
    assert isinstance(problems, list)

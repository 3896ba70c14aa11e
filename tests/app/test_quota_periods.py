"""Calendar periods: boundaries, leap years, names, keys."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.base import i18n
from app.quota import periods
from app.quota.periods import (
    HALF_YEAR,
    MONTH,
    PER_ACTIVITY,
    QUARTER,
    YEAR,
    PeriodError,
    format_date,
    parse_period,
    period_containing,
    period_name,
    periods_of_year,
    periods_so_far,
)


@pytest.mark.parametrize(("kind", "day", "start", "end"), [
    (MONTH, date(2026, 12, 31), date(2026, 12, 1), date(2026, 12, 31)),
    (MONTH, date(2027, 1, 1), date(2027, 1, 1), date(2027, 1, 31)),
    (MONTH, date(2028, 2, 29), date(2028, 2, 1), date(2028, 2, 29)),
    (MONTH, date(2027, 2, 28), date(2027, 2, 1), date(2027, 2, 28)),
    (MONTH, date(2026, 4, 30), date(2026, 4, 1), date(2026, 4, 30)),
    (QUARTER, date(2026, 3, 31), date(2026, 1, 1), date(2026, 3, 31)),
    (QUARTER, date(2026, 4, 1), date(2026, 4, 1), date(2026, 6, 30)),
    (QUARTER, date(2026, 12, 31), date(2026, 10, 1), date(2026, 12, 31)),
    (HALF_YEAR, date(2026, 6, 30), date(2026, 1, 1), date(2026, 6, 30)),
    (HALF_YEAR, date(2026, 7, 1), date(2026, 7, 1), date(2026, 12, 31)),
    (HALF_YEAR, date(2027, 1, 1), date(2027, 1, 1), date(2027, 6, 30)),
    (YEAR, date(2028, 2, 29), date(2028, 1, 1), date(2028, 12, 31)),
    (PER_ACTIVITY, date(2026, 11, 20), date(2026, 11, 1), date(2026, 11, 30)),
])
def test_period_containing(kind, day, start, end):
    period = period_containing(kind, day)
    assert (period.start, period.end) == (start, end)
    assert day in period
    assert start - timedelta(days=1) not in period and end + timedelta(days=1) not in period


def test_leap_year_lengths():
    assert period_containing(QUARTER, date(2028, 1, 1)).days == 91
    assert period_containing(QUARTER, date(2027, 1, 1)).days == 90
    assert period_containing(HALF_YEAR, date(2028, 1, 1)).days == 182
    assert period_containing(HALF_YEAR, date(2027, 1, 1)).days == 181
    assert period_containing(YEAR, date(2028, 5, 5)).days == 366
    assert period_containing(HALF_YEAR, date(2027, 7, 1)).days == 184


def test_datetime_counts_as_its_day():
    period = period_containing(MONTH, datetime(2026, 11, 30, 23, 59))
    assert period.end == date(2026, 11, 30)
    assert datetime(2026, 11, 30, 23, 59) in period
    assert "2026-11-30" not in period  # type: ignore[operator]


@given(kind=st.sampled_from(periods.COUNTED_KINDS),
       day=st.dates(min_value=date(2, 1, 1), max_value=date(9998, 12, 31)))
def test_periods_tile_the_calendar(kind, day):
    period = period_containing(kind, day)
    assert period.start <= day <= period.end
    assert period.next().start == period.end + timedelta(days=1)
    assert period.previous().end == period.start - timedelta(days=1)
    assert period.days >= periods.MIN_DAYS[kind]
    year = periods_of_year(kind, day.year)
    assert year[0].start == date(day.year, 1, 1) and year[-1].end == date(day.year, 12, 31)
    assert all(a.end + timedelta(days=1) == b.start for a, b in zip(year, year[1:], strict=False))
    assert period in year
    so_far = periods_so_far(kind, day)
    assert so_far[-1] == period and so_far == year[:len(so_far)]


def test_periods_of_year_counts():
    assert [len(periods_of_year(k, 2026)) for k in periods.COUNTED_KINDS] == [12, 4, 2, 1]


def test_unknown_kind_and_calendar_ends():
    with pytest.raises(PeriodError):
        period_containing("week", date(2026, 1, 1))
    with pytest.raises(PeriodError):
        period_containing(YEAR, date(9999, 5, 1)).next()
    with pytest.raises(PeriodError):
        period_containing(MONTH, date(1, 1, 5)).previous()


def test_names_in_english_source_form():
    i18n.set_language("en")
    assert period_name(period_containing(MONTH, date(2026, 11, 3))) == "month 11/2026"
    assert period_name(period_containing(QUARTER, date(2026, 11, 3))) == "quarter IV/2026"
    assert period_name(period_containing(QUARTER, date(2026, 8, 3))) == "quarter III/2026"
    assert period_name(period_containing(HALF_YEAR, date(2026, 3, 3))) == "the first half of 2026"
    assert period_name(period_containing(HALF_YEAR, date(2026, 7, 1))) == \
        "the second half of 2026"
    assert period_name(period_containing(YEAR, date(2026, 7, 1))) == "the year 2026"


def test_names_are_built_from_translated_pieces(monkeypatch):
    # Vietnamese wording supplied here; the catalogue's own is checked after the .ts merge.
    fake = {("Quota", "quarter {quarter}/{year}"): "quý {quarter}/{year}",
            ("Quota", "the second half of {year}"): "6 tháng cuối năm {year}",
            ("Quota", "month {month}/{year}"): "tháng {month}/{year}"}
    monkeypatch.setitem(i18n._catalogues, "vi", {**i18n._catalogue("vi"), **fake})
    assert period_name(period_containing(QUARTER, date(2026, 11, 3))) == "quý IV/2026"
    assert period_name(period_containing(HALF_YEAR, date(2026, 12, 3))) == "6 tháng cuối năm 2026"
    assert period_name(period_containing(MONTH, date(2026, 1, 3))) == "tháng 1/2026"
    assert periods.capitalised("quý III/2026") == "Quý III/2026"


@pytest.mark.parametrize(("source", "vietnamese"), [
    ("month {month}/{year}", "tháng 11/2026"),
    ("quarter {quarter}/{year}", "quý IV/2026"),
    ("the first half of {year}", "6 tháng đầu năm 2026"),
    ("the second half of {year}", "6 tháng cuối năm 2026"),
    ("the year {year}", "năm 2026"),
])
def test_vietnamese_period_names_from_the_catalogue(source, vietnamese):
    # Vietnamese wording: runs once the .ts catalogue holds the translations (after the merge).
    if i18n.translate("Quota", source) == source:
        pytest.skip("the Vietnamese catalogue does not hold the quota strings yet")
    assert i18n.translate("Quota", source).format(
        month=11, year=2026, quarter="IV") == vietnamese


@pytest.mark.parametrize(("text", "kind", "start", "end"), [
    ("2026", YEAR, date(2026, 1, 1), date(2026, 12, 31)),
    ("2026-11", MONTH, date(2026, 11, 1), date(2026, 11, 30)),
    ("2028-2", MONTH, date(2028, 2, 1), date(2028, 2, 29)),
    ("2026-Q3", QUARTER, date(2026, 7, 1), date(2026, 9, 30)),
    (" 2026-q1 ", QUARTER, date(2026, 1, 1), date(2026, 3, 31)),
    ("2026-H2", HALF_YEAR, date(2026, 7, 1), date(2026, 12, 31)),
])
def test_parse_period(text, kind, start, end):
    period = parse_period(text)
    assert (period.kind, period.start, period.end) == (kind, start, end)
    assert parse_period(period.key) == period


@pytest.mark.parametrize("text", ["", "26", "2026-13", "2026-00", "2026-Q5", "2026-H3",
                                  "0000", "quý 3", "2026-Q"])
def test_parse_period_refuses(text):
    with pytest.raises(PeriodError) as info:
        parse_period(text)
    assert "2026-Q3" in str(info.value)


def test_format_date():
    assert format_date(date(2026, 7, 1)) == "01/07/2026"
    assert format_date(date(5, 1, 2)) == "02/01/0005"

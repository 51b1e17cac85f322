"""The anomaly scan under RCA and the on-call summary: every metric of some CIs against its own baseline
(the same time of day on other days when history allows, else the hours before), and the onset of a
CI's own trouble inside a window."""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from services.ops.rca_demand import (
    LOAD_METRICS,
    RIDES_LOAD,
    WITH_LOAD_BEFORE,
    fell,
    follows_demand,
    harmless_fall,
    riding_load,
)
from services.ops.thresholds import mild_rise, warning_levels

Z_ANOMALY = 3.0
MIN_RELATIVE_CHANGE = 0.25
BASELINE = timedelta(hours=6)
SEASONAL_DAYS = 7
MIN_SEASONAL_DAYS = 2
SEASONAL_MARGIN = timedelta(hours=1)
SLOT = timedelta(hours=1)  # a long window's samples are each held against the same hour on other days
SHAPED_WINDOW = timedelta(hours=3)  # a window longer than this has a daily shape inside it (a morning ramp)
SHAPED_DAYS = 5  # fewer days' median hour may be a weekend's: a Monday's morning rush against Sat and Sun
LOOK_AROUND = timedelta(hours=24)  # how far an empty window's answer looks for the nearest anomaly
SCAN_LEAD = timedelta(minutes=30)  # a window scan also sees an onset just before the window began
LONG_WINDOW = timedelta(hours=36)  # a window longer than this is scanned a day at a time
SCAN_DAY = timedelta(days=1)
STALE_ONSET = timedelta(minutes=5)  # an "onset" at the scan's first sample was on before it
FEW_CHECKED = 5  # a symptom's own CIs: few enough to look again at each latency rise's traffic

SCORED_CTE = """
WITH history AS (  -- the same time of day on other days (seasonal: one index range per day), else the hours before
  SELECT k.d AS day, s.ci_id, s.metric_id, s.value,
         least(greatest(floor(date_part('epoch', s.ts + k.d * interval '1 day' - :w0) / :slot), 0), :slots - 1) AS slot
  FROM unnest(CAST(:days AS integer[])) AS k(d)
  CROSS JOIN LATERAL (  -- OFFSET 0 keeps the subquery apart: a join would scan every sample of the CIs
    SELECT ci_id, metric_id, ts, value FROM metric_samples
    WHERE ci_id = ANY(:ids) AND ts >= :w0 - k.d * interval '1 day' - :margin
                            AND ts < :w1 - k.d * interval '1 day' + :margin OFFSET 0) s
  UNION ALL
  SELECT 0, ci_id, metric_id, value, 0 FROM metric_samples
  WHERE NOT :seasonal AND ci_id = ANY(:ids) AND ts >= :b0 AND ts < :b1),
daily AS (SELECT ci_id, metric_id, slot, day, avg(value) AS mean FROM history GROUP BY ci_id, metric_id, slot, day),
level AS (  -- the median day: an earlier incident at this time of day is no part of the usual level
  SELECT ci_id, metric_id, slot, percentile_cont(0.5) WITHIN GROUP (ORDER BY mean) AS mean
  FROM daily GROUP BY ci_id, metric_id, slot),
spread AS (
  SELECT h.ci_id, h.metric_id, h.slot, h.day, sqrt(avg((h.value - l.mean) ^ 2)) AS rms
  FROM history h JOIN level l USING (ci_id, metric_id, slot) GROUP BY h.ci_id, h.metric_id, h.slot, h.day),
base AS (
  SELECT l.ci_id, l.metric_id, l.slot, l.mean, percentile_cont(0.5) WITHIN GROUP (ORDER BY s.rms) AS sd
  FROM level l JOIN spread s USING (ci_id, metric_id, slot) GROUP BY l.ci_id, l.metric_id, l.slot, l.mean),
scored AS (
  SELECT s.ci_id, s.metric_id, s.ts, s.value, b.mean,
         abs(s.value - b.mean) / greatest(coalesce(b.sd, 0), abs(b.mean) * 0.05, 0.01) AS z,
         abs(s.value - b.mean) / greatest(abs(b.mean), 0.01) AS rel
  FROM metric_samples s JOIN base b ON b.ci_id = s.ci_id AND b.metric_id = s.metric_id
   AND b.slot = least(greatest(floor(date_part('epoch', s.ts - :w0) / :slot), 0), :slots - 1)
  WHERE s.ci_id = ANY(:ids) AND s.ts >= :w0 AND s.ts < :w1),
-- MATERIALIZED: the window pipeline runs once, never again per row of a join (with a fresh estate's
-- statistics the planner took it for two rows and re-ran it per baseline row: 9 s instead of 0.1 s)
win AS MATERIALIZED (  -- a sample is anomalous when it and the next one both deviate strongly (noise rarely does twice)
  SELECT *, z > :zmin AND rel > :relmin
            AND lead(z) OVER w > :zmin AND lead(rel) OVER w > :relmin AS sustained
  FROM scored WINDOW w AS (PARTITION BY ci_id, metric_id ORDER BY ts))
"""
# the onset is where the episode holding the strongest deviation began: a lull of two samples ends an
# episode, so a mild drift (a deploy's small regression) long before the outage is not its onset
EPISODES_CTE = (
    SCORED_CTE
    + """, marked AS (
  SELECT *, NOT (z > :zmin AND rel > :relmin) AS quiet,
         NOT coalesce(lag(z > :zmin AND rel > :relmin) OVER w, false) AS was_quiet
  FROM win WINDOW w AS (PARTITION BY ci_id, metric_id ORDER BY ts)),
episodes AS (
  SELECT *, sum(CASE WHEN quiet AND was_quiet THEN 1 ELSE 0 END) OVER w AS episode
  FROM marked WINDOW w AS (PARTITION BY ci_id, metric_id ORDER BY ts)),
strongest AS MATERIALIZED (  -- each sample with the episode of its series' strongest sustained deviation
  SELECT *, first_value(episode) OVER (
           PARTITION BY ci_id, metric_id ORDER BY coalesce(sustained, false) DESC, z DESC) AS peak_episode
  FROM episodes)
"""
)
ANOMALY_SQL = (
    EPISODES_CTE
    + """-- the usual level at the strongest sample, and the extremes as far from it as each sample was from its own
-- hour's usual level (one level over a short window: the plain extremes)
SELECT name, metric, zmax, onset, mean, mean + above AS high, mean + below AS low, last FROM (
  SELECT c.name, m.name AS metric, max(w.z) FILTER (WHERE w.sustained) AS zmax,
         min(w.ts) FILTER (WHERE w.sustained AND w.episode = w.peak_episode) AS onset,
         (array_agg(w.mean ORDER BY coalesce(w.sustained, false) DESC, w.z DESC))[1] AS mean,
         max(w.value - w.mean) AS above, min(w.value - w.mean) AS below,
         max(w.ts) FILTER (WHERE w.sustained AND w.episode = w.peak_episode) AS last
  FROM strongest w JOIN cis c ON c.id = w.ci_id JOIN metric_catalog m ON m.id = w.metric_id
  GROUP BY c.name, m.name) per_series
"""
)


# the first and last sample of each (CI, metric) series are probes of the primary key: no scan of the history
_HISTORY_SQL = """
SELECT min(f.first), max(f.last) FROM unnest(CAST(:ids AS integer[])) AS i(id) CROSS JOIN metric_catalog m
CROSS JOIN LATERAL (SELECT min(s.ts) AS first, max(s.ts) AS last FROM metric_samples s
                    WHERE s.ci_id = i.id AND s.metric_id = m.id) f
"""


_SAMPLED_SQL = """
SELECT EXISTS (SELECT 1 FROM metric_samples WHERE ci_id = ANY(:ids) AND ts >= :w0 AND ts < :w1)
"""


def seasonal_days(first: datetime | None, last: datetime | None, w0: datetime, w1: datetime) -> list[int]:
    """The days whose same time of day is the window's baseline: up to SEASONAL_DAYS before it (1 = the
    day before); a past window with fewer than MIN_SEASONAL_DAYS before it (a night in the first days of
    the records: the nightly batch there is no anomaly) takes the days after it too (-1 = the day after)."""
    if first is None or last is None:
        return []
    before = max(0, min(SEASONAL_DAYS, int((w0 - first) / timedelta(days=1))))
    if before >= MIN_SEASONAL_DAYS:
        return list(range(1, before + 1))
    after = max(0, min(SEASONAL_DAYS - before, int((last - w1) / timedelta(days=1))))
    return [*range(1, before + 1), *(-day for day in range(1, after + 1))]


def _baseline_params(session: Session, ids: list[int], w0: datetime, w1: datetime) -> dict[str, Any]:
    """Seasonal baseline parameters when at least MIN_SEASONAL_DAYS of history surround the window; with
    SHAPED_DAYS, a long window's samples are each held against their own hour on those days."""
    first, last = session.execute(text(_HISTORY_SQL), {"ids": ids}).one()
    days = seasonal_days(first, last, w0, w1)
    if (
        -1 in days
        and not session.execute(  # days after it only when the records go on past it
            text(_SAMPLED_SQL), {"ids": ids, "w0": w0 + timedelta(days=1), "w1": w1 + timedelta(days=1)}
        ).scalar()
    ):
        days = [day for day in days if day > 0]
    hourly = len(days) >= SHAPED_DAYS and w1 - w0 > SHAPED_WINDOW
    slots = {"slot": SLOT.total_seconds(), "slots": math.ceil((w1 - w0) / SLOT) if hourly else 1}
    if len(days) >= MIN_SEASONAL_DAYS:
        return {"seasonal": True, "days": days, "margin": SEASONAL_MARGIN, "b0": w0, "b1": w0, **slots}
    return {"seasonal": False, "days": [], "margin": SEASONAL_MARGIN, "b0": w0 - BASELINE, "b1": w0, **slots}


def scored_params(session: Session, ids: list[int], w0: datetime, w1: datetime) -> dict[str, Any]:
    """Parameters of SCORED_CTE: the CIs, the window [w0, w1), thresholds and the baseline."""
    return {
        "ids": ids,
        "w0": w0,
        "w1": w1,
        "zmin": Z_ANOMALY,
        "relmin": MIN_RELATIVE_CHANGE,
        **_baseline_params(session, ids, w0, w1),
    }


def anomalies(session: Session, ids: list[int], w0: datetime, w1: datetime) -> list[Any]:
    """Per (CI, metric) series of the CIs `ids` in [w0, w1): (name, metric, zmax, onset, mean, high, low,
    last) — the strongest sustained deviation, its episode's first and last sample, the usual level at it
    and the extremes against it (zmax and onset None when nothing was sustained)."""
    return list(session.execute(text(ANOMALY_SQL), scored_params(session, ids, w0, w1)))


def symptom_onset(
    session: Session, *, ci: str, start: datetime, end: datetime, metric: str | None = None
) -> datetime | None:
    """When `ci`'s own sustained anomaly began in [start, end] (on `metric` if named; load swings aside).
    One already on when the scan began started earlier, outside it: a later onset is the window's own.
    A window of days is scanned a day at a time, each day against its own baseline (a week's window has
    no week of history before it), and the day of the strongest anomaly is the one analysed."""
    days: list[tuple[float, datetime]] = []
    day_end = end
    while day_end > start:
        day_start = max(start, day_end - SCAN_DAY) if end - start > LONG_WINDOW else start
        # an episode over before the window began (one the scan's lead saw end) was not felt in it
        rows = [row for row in own_anomalies(session, [ci], day_start, day_end, metric) if row.last >= start]
        fresh = [row for row in rows if row.onset > day_start - SCAN_LEAD + STALE_ONSET]
        if kept := fresh or (rows if day_start == start else []):
            days.append((max(float(row.zmax) for row in kept), min(row.onset for row in kept)))
        day_end = day_start
    return max(days, key=lambda day: day[0])[1] if days else None


def own_anomalies(
    session: Session, names: list[str], start: datetime, end: datetime, metric: str | None = None
) -> list[Any]:
    """The sustained anomalies of the CIs `names` in [start, end] (an onset just before it included), on
    `metric` if named, else those that show a fault (not following demand, not a mild rise far below
    the warning level): rows of `anomalies`."""
    found = session.execute(text("SELECT name, id FROM cis WHERE name = ANY(:n)"), {"n": names}).all()
    ids = {name: ci_id for name, ci_id in found}
    rows = anomalies(session, list(ids.values()), start - SCAN_LEAD, end) if ids else []
    with_load = riding_load(rows)
    if len(ids) <= FEW_CHECKED:
        with_load |= _riding_later_surge(session, rows, with_load, ids)
    warnings = warning_levels(session) if rows and not metric else {}
    return [
        row
        for row in rows
        if row[3] is not None
        and row[2] is not None
        and not harmless_fall(row[1], row[4], row[5], row[6])
        and (
            row[1] == metric
            if metric
            else not follows_demand(row[1], row[5])
            and (row[0], row[1]) not in with_load
            and not mild_rise(row[2], row[5], row[4], warnings.get(row[1]))
        )
    ]


def _riding_later_surge(
    session: Session, rows: list[Any], with_load: set[tuple[str, str]], ids: dict[str, int]
) -> set[tuple[str, str]]:
    """(CI, metric) of latency anomalies that began while the same CI's traffic surged again later than its
    first surge (a batch run at 13:00 after a morning blip) and its errors did not rise: riding that load."""
    surged = {row[0] for row in rows if row[1] in LOAD_METRICS and row[3] is not None}
    found = set()
    for name, metric, _, onset, *_ in rows:
        if metric not in RIDES_LOAD or onset is None or name not in surged or (name, metric) in with_load:
            continue
        around = anomalies(session, [ids[name]], onset - WITH_LOAD_BEFORE, onset + WITH_LOAD_BEFORE)
        rose = {r[1] for r in around if r[3] is not None and not fell(r[4], r[5], r[6])}
        if rose & LOAD_METRICS and "error_rate" not in rose:  # errors rising with it: a fault in the surge
            found.add((name, metric))
    return found


def nearest_onset(
    session: Session, *, ci: str, start: datetime, end: datetime, now: datetime, metric: str | None = None
) -> datetime | None:
    """The onset of `ci`'s anomaly closest to [start, end] within LOOK_AROUND on either side (not after
    `now`): what an empty window answer points to ("this morning" asked about last evening's incident)."""
    after = (
        symptom_onset(session, ci=ci, start=end, end=min(end + LOOK_AROUND, now), metric=metric)
        if end < now
        else None
    )
    earlier = own_anomalies(session, [ci], start - LOOK_AROUND, start - SCAN_LEAD, metric)
    before = max((row[3] for row in earlier), default=None)  # the latest of them: the closest
    found = [o for o in (after, before) if o is not None]
    return min(found, key=lambda o: (start - o) if o < start else (o - end), default=None)

"""Generate the plant-mes estate (tests/fixtures/plant-mes/, interchange format) and its faults file.

A manufacturer's factory IT/OT estate: MES application servers and web fronts, SCADA gateways, a process
historian, PLC data collectors, quality inspection (vision) services, an ERP interface, WMS and label
printing, OPC-UA brokers, MQTT queues, SQL Server / Oracle databases and NAS storage, in two plants
(평택 `pyeongtaek-fab1`, 구미 `gumi-plant2`) and a head-office DC (`seoul-hq-dc`), prod/staging/dev. Named
unlike telco-mid, retail-kr, bank-fin and saas-cloud: mostly uppercase with underscores and numbers
(`MES_APP_01`, `SCADA-GW-PT1`, `HIST_DB`, `OPCUA_BRK_2`, `PT_OT_SRV02`), some Korean-romanised names
(`pyeongtaek-mes`, `gumi-mes`), some names that are ordinary words (`label-printer-svc`, `quality-vision`,
`historian`, `backup`) and several CIs whose names differ only by a digit (`MES_APP_01`/`MES_APP_02`,
`OPCUA_BRK_1`/`OPCUA_BRK_2`, `SCADA-GW-PT1`/`SCADA-GW-PT2`). Three injected incidents: the historian
database's volume filling up this morning (deep chain: HIST_DB → historian/HIST_COLLECTOR_PT → SCADA
gateways and MES_APP_01 → pyeongtaek-mes/label-printer-svc/ANDON_PT), the Gumi MQTT broker running out of
memory last night (PLC collectors, SCADA-GW-GM1 and the Gumi MES lose their connection), and a session
leak on OPCUA_BRK_2 right now (threshold breach + critical event; SCADA-GW-PT2, PLC_COLL_PT2 and
MES_APP_02 time out), plus a NAS filling with vision images. Deterministic (seeded); the golden questions
(bench/plant_golden.py) are computed from the files this writes.

    .venv/bin/python bench/plant_estate.py   # rewrites tests/fixtures/plant-mes*
"""

from __future__ import annotations

import math
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from estate_kit import ramp
from estate_series import (
    Fade,
    HostBaseline,
    ServiceBaseline,
    ci_record,
    dated,
    generate,
    host_gauges,
    incident_hits,
    kst_utc_clock,
    level_by_kind,
    progress,
    samples,
    seoul_hour,
    service_relations,
    storage_fill,
)

NAME = "plant-mes"
NOW = datetime(2026, 12, 10, 1, 40, tzinfo=UTC)  # 10:40 KST
START = NOW - timedelta(hours=48)
SEED = 20261210
SITES = {"PT": "pyeongtaek-fab1", "GM": "gumi-plant2", "HQ": "seoul-hq-dc"}
ENVS = {"P": "prod", "S": "staging", "D": "dev"}
kst = kst_utc_clock("2026-12")


# name: (type, owner, site, env, hosts, depends_on)
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str]]] = {
    # 평택 fab1 prod
    "pyeongtaek-mes": ("service", "mes-team", "PT", "P", ["PT_WEB_SRV01"], ["MES_APP_01", "MES_APP_02"]),
    "MES_APP_01": (
        "service",
        "mes-team",
        "PT",
        "P",
        ["PT_MES_SRV01"],
        ["MES_DB_PT", "historian", "MES_CACHE_PT", "ERP_IF"],
    ),
    "MES_APP_02": (
        "service",
        "mes-team",
        "PT",
        "P",
        ["PT_MES_SRV02"],
        ["MES_DB_PT", "OPCUA_BRK_2", "MES_CACHE_PT"],
    ),
    "SCADA-GW-PT1": (
        "service",
        "ot-control",
        "PT",
        "P",
        ["PT_OT_SRV01"],
        ["OPCUA_BRK_1", "HIST_COLLECTOR_PT"],
    ),
    "SCADA-GW-PT2": (
        "service",
        "ot-control",
        "PT",
        "P",
        ["PT_OT_SRV02"],
        ["OPCUA_BRK_2", "HIST_COLLECTOR_PT"],
    ),
    "PLC_COLL_PT1": ("service", "ot-control", "PT", "P", ["PT_OT_SRV01"], ["OPCUA_BRK_1", "MQTT_PT_01"]),
    "PLC_COLL_PT2": ("service", "ot-control", "PT", "P", ["PT_OT_SRV02"], ["OPCUA_BRK_2", "MQTT_PT_01"]),
    "OPCUA_BRK_1": ("service", "ot-control", "PT", "P", ["PT_OPC_SRV01"], []),
    "OPCUA_BRK_2": ("service", "ot-control", "PT", "P", ["PT_OPC_SRV02"], []),
    "HIST_COLLECTOR_PT": ("service", "data-eng", "PT", "P", ["PT_HIST_SRV01"], ["HIST_DB", "MQTT_PT_01"]),
    "historian": ("service", "data-eng", "PT", "P", ["PT_HIST_SRV01"], ["HIST_DB"]),
    "quality-vision": (
        "service",
        "quality-it",
        "PT",
        "P",
        ["PT_VISION_SRV01", "PT_VISION_SRV02"],
        ["VISION_DB", "NAS_PT_01", "MQTT_PT_01"],
    ),
    "SPC_SVC": ("service", "quality-it", "PT", "P", ["PT_APP_SRV03"], ["historian", "MES_DB_PT"]),
    "RECIPE_MGR": ("service", "mes-team", "PT", "P", ["PT_APP_SRV03"], ["MES_DB_PT"]),
    "ANDON_PT": ("service", "mes-team", "PT", "P", ["PT_WEB_SRV01"], ["MES_APP_01"]),
    "label-printer-svc": ("service", "logistics-it", "PT", "P", ["PT_APP_SRV04"], ["MES_APP_01", "WMS_APP"]),
    "WMS_APP": ("service", "logistics-it", "PT", "P", ["PT_APP_SRV04"], ["WMS_DB", "ERP_IF"]),
    "MES_DB_PT": ("database", "dba-team", "PT", "P", ["PT_DB_SRV01"], []),
    "HIST_DB": ("database", "data-eng", "PT", "P", ["PT_HIST_SRV01"], []),
    "VISION_DB": ("database", "quality-it", "PT", "P", ["PT_DB_SRV02"], []),
    "WMS_DB": ("database", "dba-team", "PT", "P", ["PT_DB_SRV02"], []),
    "MES_CACHE_PT": ("cache", "mes-team", "PT", "P", ["PT_MES_SRV02"], []),
    "MQTT_PT_01": ("queue", "ot-control", "PT", "P", ["PT_MQ_SRV01"], []),
    # 구미 plant2 prod
    "gumi-mes": ("service", "mes-team", "GM", "P", ["GM_WEB_SRV01"], ["MES_GM_APP"]),
    "MES_GM_APP": ("service", "mes-team", "GM", "P", ["GM_MES_SRV01"], ["MES_DB_GM", "MQTT_GM_01", "ERP_IF"]),
    "SCADA-GW-GM1": ("service", "ot-control", "GM", "P", ["GM_OT_SRV01"], ["OPCUA_BRK_3", "MQTT_GM_01"]),
    "PLC_COLL_GM1": ("service", "ot-control", "GM", "P", ["GM_OT_SRV01"], ["OPCUA_BRK_3", "MQTT_GM_01"]),
    "PLC_COLL_GM2": ("service", "ot-control", "GM", "P", ["GM_OT_SRV02"], ["OPCUA_BRK_3", "MQTT_GM_01"]),
    "OPCUA_BRK_3": ("service", "ot-control", "GM", "P", ["GM_OT_SRV02"], []),
    "quality-vision-gm": (
        "service",
        "quality-it",
        "GM",
        "P",
        ["GM_VISION_SRV01"],
        ["NAS_GM_01", "MES_DB_GM"],
    ),
    "MES_DB_GM": ("database", "dba-team", "GM", "P", ["GM_DB_SRV01"], []),
    "MQTT_GM_01": ("queue", "ot-control", "GM", "P", ["GM_MQ_SRV01"], []),
    # head-office DC prod
    "ERP_IF": ("service", "erp-team", "HQ", "P", ["HQ_APP_SRV01"], ["ERP_ORA", "ERP_IF_MQ"]),
    "ERP_ORA": ("database", "dba-team", "HQ", "P", ["HQ_DB_SRV01"], []),
    "ERP_IF_MQ": ("queue", "erp-team", "HQ", "P", ["HQ_APP_SRV02"], []),
    "backup": ("service", "infra-team", "HQ", "P", ["HQ_BKP_SRV01"], ["NAS_HQ_BKP"]),
    "REPORT_PORTAL": (
        "service",
        "erp-team",
        "HQ",
        "P",
        ["HQ_APP_SRV02"],
        ["ERP_ORA", "HIST_DB", "MES_DB_GM"],
    ),
    # staging and dev (head-office DC)
    "MES_APP_STG": ("service", "mes-team", "HQ", "S", ["HQ_STG_SRV01"], ["MES_DB_STG", "OPCUA_SIM_STG"]),
    "MES_DB_STG": ("database", "dba-team", "HQ", "S", ["HQ_STG_SRV01"], []),
    "OPCUA_SIM_STG": ("service", "ot-control", "HQ", "S", ["HQ_STG_SRV02"], []),
    "SCADA-GW-STG": ("service", "ot-control", "HQ", "S", ["HQ_STG_SRV02"], ["OPCUA_SIM_STG"]),
    "WMS_APP_STG": ("service", "logistics-it", "HQ", "S", ["HQ_STG_SRV02"], ["WMS_DB_STG"]),
    "WMS_DB_STG": ("database", "dba-team", "HQ", "S", ["HQ_STG_SRV01"], []),
    "MES_APP_DEV": ("service", "mes-team", "HQ", "D", ["HQ_DEV_SRV01"], ["MES_DB_DEV"]),
    "MES_DB_DEV": ("database", "dba-team", "HQ", "D", ["HQ_DEV_SRV01"], []),
    "quality-vision-dev": ("service", "quality-it", "HQ", "D", ["HQ_DEV_SRV01"], []),
}
LOAD_BALANCERS = {
    "LB_MES_PT": ("PT", ["pyeongtaek-mes", "ANDON_PT"]),
    "LB_MES_GM": ("GM", ["gumi-mes"]),
    "LB_HQ_WEB": ("HQ", ["REPORT_PORTAL", "ERP_IF"]),
}
STORAGE = {
    "NAS_PT_01": ("PT", {"model": "Synology RS3621xs+", "capacity_tb": 96, "share": "/volume1/vision"}),
    "NAS_GM_01": ("GM", {"model": "Synology RS3621xs+", "capacity_tb": 48, "share": "/volume1/vision"}),
    "NAS_HQ_BKP": ("HQ", {"model": "NetApp FAS2820", "capacity_tb": 240, "share": "/vol/backup"}),
}
STORAGE_LINKS = {  # hosts writing there (CONNECTS_TO)
    "NAS_HQ_BKP": ["PT_DB_SRV01", "GM_DB_SRV01", "HQ_DB_SRV01"],
    "NAS_PT_01": ["PT_HIST_SRV01"],
}
EXTRA_HOSTS = ["PT_MES_SRV03", "GM_OT_SRV03", "PT_ENG_WS01", "GM_ENG_WS01", "HQ_JUMP_01"]
STATUS = {
    "PT_MES_SRV03": "maintenance",  # OS patching for the Windows Server 2022 upgrade
    "GM_OT_SRV03": "retired",
    "SCADA-GW-STG": "maintenance",
    "quality-vision-dev": "retired",
    "HQ_JUMP_01": "maintenance",
}
LINE = {  # production line a plant service serves
    "MES_APP_01": "FAB1-L1",
    "MES_APP_02": "FAB1-L2",
    "SCADA-GW-PT1": "FAB1-L1",
    "SCADA-GW-PT2": "FAB1-L2",
    "PLC_COLL_PT1": "FAB1-L1",
    "PLC_COLL_PT2": "FAB1-L2",
    "quality-vision": "FAB1-L1",
    "SCADA-GW-GM1": "P2-L3",
    "PLC_COLL_GM1": "P2-L3",
    "PLC_COLL_GM2": "P2-L4",
    "quality-vision-gm": "P2-L3",
}
LANG = ["csharp", "java", "python", "cpp", "node"]
ENGINE = {
    "MES_DB_PT": ("sqlserver-2019", 1433),
    "MES_DB_GM": ("sqlserver-2019", 1433),
    "HIST_DB": ("sqlserver-2022", 1433),
    "VISION_DB": ("sqlserver-2017", 1433),
    "WMS_DB": ("oracle-19c", 1521),
    "ERP_ORA": ("oracle-19c", 1521),
    "MES_DB_STG": ("sqlserver-2019", 1433),
    "WMS_DB_STG": ("oracle-19c", 1521),
    "MES_DB_DEV": ("sqlserver-2019", 1433),
}

INCIDENTS = [
    {
        "id": "F1",
        "kind": "db_disk_full",
        "root": "HIST_DB",
        "description": "the historian database's data volume on PT_HIST_SRV01 fills up (tag archive not purged):"
        " HIST_DB stops accepting writes, historian and HIST_COLLECTOR_PT time out, the SCADA gateways and"
        " MES_APP_01 lose process data, the Pyeongtaek MES front, andon and label printing slow down",
        "start": kst(10, 6, 50),
        "end": kst(10, 7, 55),
        "hops": {
            "HIST_DB": 0,
            "historian": 1,
            "HIST_COLLECTOR_PT": 1,
            "SCADA-GW-PT1": 2,
            "SCADA-GW-PT2": 2,
            "MES_APP_01": 2,
            "SPC_SVC": 2,
            "pyeongtaek-mes": 3,
            "ANDON_PT": 3,
            "label-printer-svc": 3,
        },
    },
    {
        "id": "F2",
        "kind": "broker_oom",
        "root": "MQTT_GM_01",
        "description": "the Gumi MQTT broker MQTT_GM_01 runs out of memory (retained-message flood after a PLC"
        " firmware update) and restarts: PLC collectors, SCADA-GW-GM1 and MES_GM_APP lose their connection",
        "start": kst(9, 23, 25),
        "end": kst(10, 0, 15),
        "hops": {
            "MQTT_GM_01": 0,
            "PLC_COLL_GM1": 1,
            "PLC_COLL_GM2": 1,
            "SCADA-GW-GM1": 1,
            "MES_GM_APP": 1,
            "gumi-mes": 2,
        },
    },
    {
        "id": "F3",
        "kind": "session_leak",
        "root": "OPCUA_BRK_2",
        "description": "OPCUA_BRK_2 leaks client sessions until it hits its session limit: subscriptions fail,"
        " SCADA-GW-PT2, PLC_COLL_PT2 and MES_APP_02 time out on line FAB1-L2 (ongoing)",
        "start": kst(10, 10, 5),
        "end": None,
        "hops": {
            "OPCUA_BRK_2": 0,
            "SCADA-GW-PT2": 1,
            "PLC_COLL_PT2": 1,
            "MES_APP_02": 1,
            "pyeongtaek-mes": 2,
        },
    },
]


def build_cis(rng: random.Random) -> tuple[list[dict], list[tuple[str, str, str]]]:
    cis, rels = [], []
    hosts: dict[str, str] = {}
    for name, (kind, owner, site, env, on, deps) in SERVICES.items():
        attrs: dict = {"version": f"{rng.randint(1, 12)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"}
        if kind == "service":
            attrs |= {"language": rng.choice(LANG), "port": rng.choice([8080, 8443, 4840, 5000, 9000])}
            if name.startswith("OPCUA"):
                attrs |= {"port": 4840, "max_sessions": rng.choice([200, 500, 1000])}
            if name in LINE:
                attrs["line"] = LINE[name]
        elif kind == "database":
            engine, port = ENGINE[name]
            attrs |= {"engine": engine, "port": port, "always_on": env == "P" and "sqlserver" in engine}
        elif kind == "cache":
            attrs |= {"engine": "redis-6.2", "port": 6379, "maxmemory_gb": rng.choice([8, 16, 32])}
        else:
            if name.startswith("MQTT"):
                attrs |= {"engine": "mosquitto-2.0", "port": 8883, "max_clients": rng.choice([2000, 5000])}
            else:
                attrs |= {"engine": "ibm-mq-9.3", "port": 1414, "queue_manager": "QM_ERP_IF"}
        cis.append(ci_record(name, kind, ENVS[env], owner, SITES[site], attrs, STATUS.get(name, "active")))
        rels += service_relations(name, deps, on)
        for h in on:
            hosts[h] = ENVS[env]
    for lb, (site, targets) in LOAD_BALANCERS.items():
        attrs = {
            "model": rng.choice(["F5 BIG-IP i4800", "Citrix ADC MPX 8900"]),
            "vip": f"10.{ {'PT': 31, 'GM': 41, 'HQ': 11}[site] }.0.{rng.randint(10, 250)}",
        }
        cis.append(ci_record(lb, "load_balancer", "prod", "infra-team", SITES[site], attrs))
        rels += [(lb, t, "CONNECTS_TO") for t in targets]
    for st, (site, attrs) in STORAGE.items():
        cis.append(ci_record(st, "storage", "prod", "infra-team", SITES[site], attrs))
        rels += [(h, st, "CONNECTS_TO") for h in STORAGE_LINKS.get(st, [])]
    for h in EXTRA_HOSTS:
        hosts.setdefault(h, "prod")
    for i, (h, env) in enumerate(sorted(hosts.items())):
        site = h[:2]
        net = {"PT": 31, "GM": 41, "HQ": 11}[site] + {"prod": 0, "staging": 5, "dev": 6}[env]
        ot = "_OT_" in h or "_OPC_" in h or "_MQ_" in h
        attrs = {
            "ip": f"10.{net}.{20 + i // 30}.{11 + i % 30 * 7}",
            "os": rng.choice(["windows-server-2019", "windows-server-2022"])
            if ("_MES_" in h or "_OT_" in h or "_WS" in h or "_VISION_" in h)
            else rng.choice(["rhel-8.8", "rhel-9.2", "ubuntu-22.04"]),
            "vcpu": rng.choice([4, 8, 16, 32]),
            "memory_gb": rng.choice([16, 32, 64, 128]),
            "zone": "OT-DMZ" if ot else "IT",
            "rack": f"{site}-R{rng.randint(1, 12):02d}",
        }
        owner = "ot-infra" if ot else "infra-team"
        cis.append(ci_record(h, "host", env, owner, SITES[site], attrs, STATUS.get(h, "active")))
    return sorted(cis, key=lambda c: c["name"]), rels


def _shift(ts: datetime) -> float:
    """Factory load: three shifts around the clock, a day-shift bump and dips at shift change (06/14/22 KST)."""
    hour = seoul_hour(ts)
    day = 0.5 - 0.5 * math.cos(2 * math.pi * (hour - 4) / 24)
    dip = min(abs(hour - h) for h in (6, 14, 22, 30))
    return 0.55 + 0.35 * day - (0.25 if dip < 0.5 else 0.0)


F1, F2, F3 = INCIDENTS
HOST = HostBaseline(cpu=(0.5, 0.8, 1.4), memory=(6, 0.6), disk_noise=0.15)
SERVICE = ServiceBaseline(response=(0.85, 0.3, 0.06), requests=(0.3, 0.8), memory=(12, 0.6))
EFFECT = {  # on response time and error rate, at the root and beyond
    "F1": Fade(response=(12.0, 4.5), errors=(18.0, 7.0), fade=0.5),
    "F2": Fade(response=(6.0, 3.0), errors=(25.0, 6.0)),
    "F3": Fade(response=(8.0, 4.0), errors=(9.0, 6.0), fade=1),
}


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    levels = rng.uniform(6, 38), rng.uniform(28, 66), rng.uniform(20, 60)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, _shift, levels, rng.uniform(0, 0.8)):
        if name == "PT_HIST_SRV01":  # the historian data volume fills, then the archive is purged
            pre = F1["start"] - timedelta(minutes=50)
            disk = max(disk, disk + (98.2 - disk) * ramp(ts, pre, F1["end"], rise=50, fall=20))
        if name == "GM_MQ_SRV01":
            mem += (96.5 - mem) * ramp(ts, F2["start"] - timedelta(minutes=10), F2["end"], rise=15)
        if name == "PT_OPC_SRV02":
            cpu += (93 - cpu) * ramp(ts, F3["start"], None) + rng.gauss(0, 0.8)
            mem += (91 - mem) * ramp(ts, F3["start"] - timedelta(minutes=30), None, rise=40)
        rows += host_gauges(ts, name, cpu, mem, disk)
    return rows


def _vision_images(rng: random.Random, ts: datetime) -> float:
    """NAS_PT_01: vision images piling up since the nightly purge job failed."""
    return 74.0 + 18.5 * max(0.0, progress(ts, kst(9, 22, 0), NOW)) + rng.gauss(0, 0.08)


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    filling = _vision_images if ci["name"] == "NAS_PT_01" else None
    return storage_fill(rng, ci["name"], times, START, (40, 66), 0.4, filling)


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, kind, rows = ci["name"], ci["type"], []
    rt0 = level_by_kind(rng, kind, (4, 20), (0.5, 2.0), (3, 12), (6, 30), other=(25, 240))
    levels = rt0, rng.uniform(0.02, 0.5), rng.uniform(20, 1200), rng.uniform(35, 60)
    for ts, _, rt, err, req, mem in SERVICE.walk(rng, times, _shift, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            rt, err = EFFECT[inc["id"]].apply(hop, r, rt, err)
        rows += samples(ts, name, response_time_ms=rt, error_rate=min(err, 100.0), request_rate=req)
        if kind == "cache":
            rows.append((ts, name, "memory_usage", min(mem, 99.5)))
    return rows


BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (8, 11, 20, "MES_APP_02", "info", "deployment", "Deployed MES_APP_02 build 7.4.118 (line FAB1-L2)"),
    (8, 13, 5, "PLC_COLL_PT1", "info", "firmware_update", "PLC firmware updated on FAB1-L1 S7-1500 (V3.1)"),
    (8, 14, 0, "MES_DB_PT", "info", "batch_job", "Shift-change batch: WIP snapshot and yield roll-up done"),
    (
        8,
        16,
        30,
        "PT_MES_SRV03",
        "info",
        "maintenance",
        "Taken out of service for Windows Server 2022 upgrade",
    ),
    (
        8,
        18,
        45,
        "label-printer-svc",
        "warning",
        "error",
        "Zebra ZT610 PT-LP-07 out of ribbon, 42 labels queued",
    ),
    (8, 22, 0, "MES_DB_PT", "info", "batch_job", "Shift-change batch: WIP snapshot and yield roll-up done"),
    (
        9,
        2,
        0,
        "backup",
        "info",
        "backup",
        "Nightly backup of MES_DB_PT, MES_DB_GM, ERP_ORA to NAS_HQ_BKP done",
    ),
    (9, 6, 0, "MES_DB_PT", "info", "batch_job", "Shift-change batch: WIP snapshot and yield roll-up done"),
    (
        9,
        9,
        10,
        "quality-vision",
        "info",
        "deployment",
        "Deployed quality-vision model v2.9 (scratch detector)",
    ),
    (
        9,
        10,
        30,
        "SCADA-GW-STG",
        "info",
        "maintenance",
        "Stopped for the SCADA upgrade rehearsal (maintenance)",
    ),
    (9, 11, 40, "RECIPE_MGR", "minor", "error", "Recipe R-2231 rejected: checksum mismatch"),
    (9, 13, 15, "WMS_APP", "info", "deployment", "Deployed WMS_APP 5.2.0"),
    (9, 14, 0, "MES_DB_PT", "info", "batch_job", "Shift-change batch: WIP snapshot and yield roll-up done"),
    (9, 15, 5, "ERP_IF", "warning", "timeout", "timeout calling ERP_ORA (BAPI goods receipt, retried OK)"),
    (
        9,
        16,
        20,
        "GM_OT_SRV03",
        "info",
        "maintenance",
        "Decommissioned (retired), PLC data moved to GM_OT_SRV02",
    ),
    (9, 17, 50, "HQ_JUMP_01", "info", "maintenance", "Jump host locked for PAM migration (maintenance)"),
    (9, 19, 30, "quality-vision-gm", "minor", "restart", "Inference worker restarted (GPU Xid 79)"),
    (9, 22, 0, "MES_DB_PT", "info", "batch_job", "Shift-change batch: WIP snapshot and yield roll-up done"),
    (9, 22, 10, "NAS_PT_01", "warning", "batch_job", "Vision image purge job failed: share locked"),
    (
        10,
        2,
        0,
        "backup",
        "info",
        "backup",
        "Nightly backup of MES_DB_PT, MES_DB_GM, ERP_ORA to NAS_HQ_BKP done",
    ),
    (10, 2, 10, "NAS_PT_01", "warning", "threshold_breach", "disk_usage above 80% on /volume1/vision"),
    (10, 6, 0, "MES_DB_PT", "info", "batch_job", "Shift-change batch: WIP snapshot and yield roll-up done"),
    (10, 8, 40, "MES_APP_STG", "info", "deployment", "Deployed MES_APP_STG build 7.5.0-rc1"),
    (10, 9, 20, "PT_ENG_WS01", "info", "login", "Remote session opened by vendor engineer (ticket OT-5512)"),
    (10, 9, 5, "NAS_PT_01", "major", "threshold_breach", "disk_usage above 90% on /volume1/vision"),
]
INCIDENT_EVENTS = [
    # F1 (this morning)
    (10, 6, 30, "PT_HIST_SRV01", "warning", "threshold_breach", "disk_usage above 85% on D:\\HistData"),
    (10, 6, 50, "HIST_DB", "critical", "disk_full", "Could not allocate space: filegroup PRIMARY is full"),
    (10, 6, 56, "historian", "major", "timeout", "timeout calling HIST_DB (tag write, 30 s)"),
    (10, 6, 57, "HIST_COLLECTOR_PT", "major", "timeout", "timeout calling HIST_DB, 18,400 samples buffered"),
    (10, 7, 2, "SCADA-GW-PT1", "major", "connection_lost", "connection lost to HIST_COLLECTOR_PT"),
    (10, 7, 3, "SCADA-GW-PT2", "major", "connection_lost", "connection lost to HIST_COLLECTOR_PT"),
    (10, 7, 4, "MES_APP_01", "major", "timeout", "timeout calling historian (process data for lot LT-88213)"),
    (10, 7, 8, "SPC_SVC", "minor", "error", "SPC chart refresh failed: no historian data"),
    (10, 7, 20, "pyeongtaek-mes", "major", "threshold_breach", "response_time_ms above 600 ms for 5 min"),
    (10, 7, 12, "ANDON_PT", "warning", "timeout", "timeout calling MES_APP_01 (andon board stale)"),
    (10, 7, 15, "label-printer-svc", "minor", "timeout", "timeout calling MES_APP_01, label jobs queued"),
    (
        10,
        7,
        40,
        "HIST_DB",
        "info",
        "maintenance",
        "Archive purge: 412 GB of tags older than 180 days removed",
    ),
    (10, 7, 58, "HIST_DB", "info", "recovery", "Writes resumed, collector buffer draining"),
    # F2 (last night)
    (9, 23, 10, "PLC_COLL_GM1", "info", "firmware_update", "PLC firmware updated on P2-L3 (retain flag on)"),
    (9, 23, 25, "MQTT_GM_01", "critical", "broker_down", "mosquitto out of memory, broker restarted"),
    (9, 23, 28, "PLC_COLL_GM1", "major", "connection_lost", "connection lost to MQTT_GM_01"),
    (9, 23, 28, "PLC_COLL_GM2", "major", "connection_lost", "connection lost to MQTT_GM_01"),
    (9, 23, 30, "SCADA-GW-GM1", "major", "connection_lost", "connection lost to MQTT_GM_01"),
    (9, 23, 33, "MES_GM_APP", "major", "timeout", "timeout calling MQTT_GM_01 (publish, QoS 1)"),
    (9, 23, 40, "gumi-mes", "warning", "threshold_breach", "error_rate above 3% for 5 min"),
    (9, 23, 55, "MQTT_GM_01", "info", "config_change", "Config changed: max_queued_messages 0 -> 20000"),
    (10, 0, 16, "MQTT_GM_01", "info", "recovery", "All clients reconnected, retained queue drained"),
    # F3 (now)
    (10, 9, 55, "OPCUA_BRK_2", "warning", "threshold_breach", "active sessions above 80% of max_sessions"),
    (10, 10, 8, "OPCUA_BRK_2", "critical", "session_limit", "BadTooManySessions: session limit reached"),
    (10, 10, 12, "SCADA-GW-PT2", "major", "timeout", "timeout calling OPCUA_BRK_2 (subscription renew)"),
    (10, 10, 13, "PLC_COLL_PT2", "major", "connection_lost", "connection lost to OPCUA_BRK_2"),
    (10, 10, 15, "MES_APP_02", "major", "timeout", "timeout calling OPCUA_BRK_2 (equipment state read)"),
    (10, 10, 20, "OPCUA_BRK_2", "critical", "threshold_breach", "error_rate above 5% for 10 min"),
    (10, 10, 35, "pyeongtaek-mes", "warning", "threshold_breach", "response_time_ms above 600 ms for 5 min"),
]


def main() -> None:
    events = dated(kst, BACKGROUND + INCIDENT_EVENTS)
    series = _host_metrics, _storage_metrics, _service_metrics
    generate(NAME, "plant", SEED, (START, NOW), INCIDENTS, events, build_cis, series)


if __name__ == "__main__":
    main()

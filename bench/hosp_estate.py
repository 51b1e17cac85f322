"""Generate the hosp-emr estate (tests/fixtures/hosp-emr/, interchange format) and its faults file.

A university hospital's IT estate: the EMR and the order-communication system (`OrderComm`, OCS), nursing
charts served from nurse-station terminal servers, PACS (viewer, archiver, 판독 worklist) on a NAS archive,
LIS and PIS, an HL7 interface engine with its RabbitMQ queue and two FHIR gateways (`fhir-gw`, `fhir-gw-v2`),
원무/수납/예약 (`wonmu`, `sunap`, `yeyak`), the patient mobile-app backend, 보험청구 EDI through a DMZ relay to
the external insurer gateway, a nightly ward-census batch, SSO on Active Directory, DNS and backup, on
Oracle / Tibero / PostgreSQL / MSSQL databases. Two campuses — 본원 (`SeoulMain`) and the 일산 branch
(`IlsanBranch`) — and a DR site in Daejeon (`DaejeonDR`); prod everywhere, staging and dev at SeoulMain.

Named unlike telco-mid, retail-kr, bank-fin, saas-cloud and plant-mes: PascalCase / camelCase services
(`OrderComm`, `PacsViewer`, `patientAppApi`, `censusBatch`), hospital acronyms as whole names (`EMR`,
`LIS`, `PIS`), Oracle-SID style databases (`EMRPRD`, `WONMUPRD`, `EMRPRD-DR`), upper-case host names with a
campus and role code (`SEL-EMR-WAS-01`, `ILS-PACS-AP-01`, terminal servers with their rack `SEL-R07-TS01`),
version suffixes (`fhir-gw` beside `fhir-gw-v2` and `fhir-gw-v2-stg`), long shared prefixes (`EMR`,
`EMR-ILS`, `EMR-STG`, `EMRPRD`, `EMRSTG`; `PacsArchiver`, `PacsArchiver-ILS`, `PacsArchiver-DR`) and
Korean-romanised ordinary words as names (`wonmu`, `sunap`, `yeyak`). Locations are CamelCase.

Seven injected incidents (NOW = Wednesday 2027-02-24 11:20 KST, 48 h of 5-minute samples):
  H1 EMRPRD row-lock storm this morning 09:10–10:00 (EMR, OrderComm, EMR-ILS, fhir-gw → NursingChart,
     RadWorklist, NursingChart-ILS),
  H2 PACS NAS latency yesterday 14:05–15:40 (SEL-PACS-NAS01 → PacsArchiver → PacsViewer → RadWorklist),
  H3 interface-engine queue backlog now, since 10:40 (IfQueue memory watermark → InterfaceEngine → LIS,
     fhir-gw-v2),
  H4 the EDI relay's client certificate expired, claims rejected 09:00–10:10 today (ediRelay → claimEdi),
  H5 a disk filling slowly on SEL-LIS-AP-01 since Monday's DEBUG log level (now above 90 %),
  H6 the nightly ward-census batch overrunning its window last night 04:00–08:50 (censusBatch → wardBoard),
  H7 a flapping host yesterday evening 18:10–20:50 (ILS-EMR-WAS-01 → EMR-ILS → NursingChart-ILS).
Deterministic (seeded); the golden questions (bench/hosp_golden.py) are computed from the files this writes.

    .venv/bin/python bench/hosp_estate.py   # rewrites tests/fixtures/hosp-emr*
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
    STEP,
    HostBaseline,
    ServiceBaseline,
    ci_record,
    dated,
    generate,
    host_gauges,
    incident_hits,
    kst_utc_clock,
    level_by_kind,
    samples,
    seoul_hour,
    service_relations,
)

NAME = "hosp-emr"
NOW = datetime(2027, 2, 24, 2, 20, tzinfo=UTC)  # Wednesday 11:20 KST
START = NOW - timedelta(hours=48)
SEED = 20270224
SITES = {"SEL": "SeoulMain", "ILS": "IlsanBranch", "DJN": "DaejeonDR", "EXT": "External"}
ENVS = {"P": "prod", "S": "staging", "D": "dev"}


kst = kst_utc_clock("2027-02")


# name: (type, owner, site, env, hosts, depends_on)
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str]]] = {
    # 본원 (SeoulMain) clinical, prod
    "EMR": (
        "service",
        "EMR-Dev",
        "SEL",
        "P",
        ["SEL-EMR-WAS-01", "SEL-EMR-WAS-02"],
        ["EMRPRD", "OrderComm", "ssoAuth", "emrCache"],
    ),
    "OrderComm": (
        "service",
        "EMR-Dev",
        "SEL",
        "P",
        ["SEL-OCS-WAS-01"],
        ["EMRPRD", "PIS", "LIS", "InterfaceEngine"],
    ),
    "NursingChart": (
        "service",
        "Nursing-IT",
        "SEL",
        "P",
        ["SEL-R07-TS01", "SEL-R07-TS02"],
        ["EMR", "OrderComm"],
    ),
    "LIS": ("service", "Lab-IT", "SEL", "P", ["SEL-LIS-AP-01"], ["LISPRD", "InterfaceEngine"]),
    "PIS": ("service", "Pharmacy-IT", "SEL", "P", ["SEL-OCS-WAS-01"], ["PISPRD"]),
    "PacsViewer": (
        "service",
        "PACS-Admin",
        "SEL",
        "P",
        ["SEL-PACS-WEB-01"],
        ["PacsArchiver", "PACSDB", "ssoAuth"],
    ),
    "PacsArchiver": (
        "service",
        "PACS-Admin",
        "SEL",
        "P",
        ["SEL-PACS-AP-01", "SEL-PACS-AP-02"],
        ["SEL-PACS-NAS01", "PACSDB"],
    ),
    "RadWorklist": ("service", "PACS-Admin", "SEL", "P", ["SEL-PACS-WEB-01"], ["PacsViewer", "OrderComm"]),
    "InterfaceEngine": (
        "service",
        "Integration",
        "SEL",
        "P",
        ["SEL-IF-AP-01", "SEL-IF-AP-02"],
        ["IfQueue", "IFENGDB"],
    ),
    "fhir-gw": ("service", "Integration", "SEL", "P", ["SEL-IF-AP-02"], ["InterfaceEngine", "EMRPRD"]),
    "fhir-gw-v2": (
        "service",
        "Integration",
        "SEL",
        "P",
        ["SEL-DMZ-APP-01"],
        ["InterfaceEngine", "fhirstore"],
    ),
    "wonmu": ("service", "Revenue-IT", "SEL", "P", ["SEL-WM-AP-01"], ["WONMUPRD", "ssoAuth"]),
    "sunap": ("service", "Revenue-IT", "SEL", "P", ["SEL-WM-AP-01"], ["WONMUPRD", "wonmu"]),
    "claimEdi": ("service", "Revenue-IT", "SEL", "P", ["SEL-WM-AP-01"], ["WONMUPRD", "ediRelay"]),
    "ediRelay": ("service", "SecOps", "SEL", "P", ["SEL-DMZ-EDI-01"], ["hira-edi-gw"]),
    "hira-edi-gw": ("service", "HIRA-external", "EXT", "P", [], []),
    "yeyak": (
        "service",
        "Revenue-IT",
        "SEL",
        "P",
        ["SEL-DMZ-APP-02"],
        ["WONMUPRD", "yeyakCache", "notiQueue"],
    ),
    "patientAppApi": (
        "service",
        "MobileSquad",
        "SEL",
        "P",
        ["SEL-DMZ-APP-01", "SEL-DMZ-APP-02"],
        ["yeyak", "sunap", "fhir-gw-v2", "ssoAuth"],
    ),
    "ssoAuth": ("service", "SecOps", "SEL", "P", ["SEL-AUTH-01"], ["ActiveDirectory"]),
    "ActiveDirectory": ("service", "InfraOps", "SEL", "P", ["SEL-AD-DC01", "SEL-AD-DC02"], []),
    "InternalDNS": ("service", "InfraOps", "SEL", "P", ["SEL-AD-DC01", "SEL-AD-DC02"], []),
    "NetBackup": ("service", "InfraOps", "SEL", "P", ["SEL-BKP-MS01"], ["DJN-DR-VTL01"]),
    "censusBatch": ("service", "DataPlatform", "SEL", "P", ["SEL-BAT-01"], ["CDWDB"]),
    "wardBoard": ("service", "Nursing-IT", "SEL", "P", ["SEL-EMR-WAS-02"], ["censusBatch", "CDWDB"]),
    "EMRPRD": ("database", "DBA", "SEL", "P", ["SEL-EMR-DB-01", "SEL-EMR-DB-02"], []),
    "LISPRD": ("database", "DBA", "SEL", "P", ["SEL-MSSQL-01"], []),
    "PACSDB": ("database", "PACS-Admin", "SEL", "P", ["SEL-MSSQL-01"], []),
    "IFENGDB": ("database", "Integration", "SEL", "P", ["SEL-MSSQL-01"], []),
    "PISPRD": ("database", "DBA", "SEL", "P", ["SEL-WM-DB-01"], []),
    "WONMUPRD": ("database", "DBA", "SEL", "P", ["SEL-WM-DB-01"], []),
    "CDWDB": ("database", "DataPlatform", "SEL", "P", ["SEL-PG-01"], []),
    "fhirstore": ("database", "Integration", "SEL", "P", ["SEL-PG-01"], []),
    "emrCache": ("cache", "EMR-Dev", "SEL", "P", ["SEL-CACHE-01"], []),
    "yeyakCache": ("cache", "Revenue-IT", "SEL", "P", ["SEL-CACHE-01"], []),
    "IfQueue": ("queue", "Integration", "SEL", "P", ["SEL-MQ-02"], []),
    "notiQueue": ("queue", "MobileSquad", "SEL", "P", ["SEL-CACHE-01"], []),
    # 일산 branch (IlsanBranch), prod
    "EMR-ILS": (
        "service",
        "EMR-Dev",
        "ILS",
        "P",
        ["ILS-EMR-WAS-01", "ILS-EMR-WAS-02"],
        ["EMRPRD", "ssoAuth"],
    ),
    "NursingChart-ILS": ("service", "Nursing-IT", "ILS", "P", ["ILS-R03-TS01"], ["EMR-ILS"]),
    "PacsViewer-ILS": (
        "service",
        "PACS-Admin",
        "ILS",
        "P",
        ["ILS-PACS-WEB-01"],
        ["PacsArchiver-ILS", "PACSDB"],
    ),
    "PacsArchiver-ILS": ("service", "PACS-Admin", "ILS", "P", ["ILS-PACS-AP-01"], ["ILS-PACS-ST2"]),
    "LIS-ILS": ("service", "Lab-IT", "ILS", "P", ["ILS-LIS-AP-01"], ["LISPRD", "HL7-MQ-ILS"]),
    "HL7-MQ-ILS": ("queue", "Integration", "ILS", "P", ["ILS-LIS-AP-01"], []),
    # Daejeon DR, prod
    "EMRPRD-DR": ("database", "DBA", "DJN", "P", ["DJN-DR-DB-01"], ["EMRPRD"]),
    "PacsArchiver-DR": (
        "service",
        "PACS-Admin",
        "DJN",
        "P",
        ["DJN-DR-AP-01"],
        ["PacsArchiver", "DJN-PACS-ARC"],
    ),
    # staging and dev (SeoulMain)
    "EMR-STG": ("service", "EMR-Dev", "SEL", "S", ["SEL-STG-AP-01"], ["EMRSTG"]),
    "EMRSTG": ("database", "DBA", "SEL", "S", ["SEL-STG-AP-02"], []),
    "InterfaceEngine-STG": ("service", "Integration", "SEL", "S", ["SEL-STG-AP-02"], []),
    "fhir-gw-v2-stg": ("service", "Integration", "SEL", "S", ["SEL-STG-AP-01"], ["InterfaceEngine-STG"]),
    "EMR-DEV": ("service", "EMR-Dev", "SEL", "D", ["SEL-DEV-AP-01"], ["EMRDEV"]),
    "EMRDEV": ("database", "DBA", "SEL", "D", ["SEL-DEV-AP-01"], []),
    "yeyak-dev": ("service", "Revenue-IT", "SEL", "D", ["SEL-DEV-AP-01"], []),
}
LOAD_BALANCERS = {
    "SEL-L4-EMR": ("SEL", ["EMR"]),
    "SEL-L4-DMZ": ("SEL", ["patientAppApi", "yeyak", "fhir-gw-v2"]),
    "ILS-L4-01": ("ILS", ["EMR-ILS", "PacsViewer-ILS"]),
}
STORAGE = {
    "SEL-PACS-NAS01": (
        "SEL",
        "active",
        {"model": "Dell PowerScale H7000", "capacity_tb": 1200, "protocol": "NFS", "share": "/ifs/pacs/lt"},
    ),
    "SEL-SAN-01": ("SEL", "active", {"model": "Hitachi VSP E790", "capacity_tb": 320, "protocol": "FC"}),
    "ILS-PACS-ST1": ("ILS", "retired", {"model": "NetApp FAS2650", "capacity_tb": 180, "protocol": "NFS"}),
    "ILS-PACS-ST2": ("ILS", "active", {"model": "NetApp AFF A250", "capacity_tb": 400, "protocol": "NFS"}),
    "DJN-PACS-ARC": (
        "DJN",
        "active",
        {"model": "Dell PowerScale A300", "capacity_tb": 2400, "protocol": "NFS"},
    ),
    "DJN-DR-VTL01": ("DJN", "active", {"model": "Quantum DXi9000", "capacity_tb": 860, "protocol": "VTL"}),
}
STORAGE_LINKS = {  # hosts mounting the storage (CONNECTS_TO)
    "SEL-PACS-NAS01": ["SEL-PACS-AP-01", "SEL-PACS-AP-02"],
    "SEL-SAN-01": ["SEL-EMR-DB-01", "SEL-EMR-DB-02", "SEL-WM-DB-01"],
    "ILS-PACS-ST2": ["ILS-PACS-AP-01"],
    "DJN-PACS-ARC": ["DJN-DR-AP-01"],
    "DJN-DR-VTL01": ["SEL-BKP-MS01"],
}
EXTRA_HOSTS = {"SEL-R07-TS03": "prod"}
STATUS = {
    "SEL-R07-TS03": "maintenance",  # terminal server being re-imaged
    "InterfaceEngine-STG": "maintenance",
    "ILS-PACS-ST1": "retired",
    "yeyak-dev": "retired",
}
VENDOR = {
    "EMR": "in-house",
    "OrderComm": "in-house",
    "NursingChart": "in-house",
    "PacsViewer": "Rayvix",
    "PacsArchiver": "Rayvix",
    "PacsViewer-ILS": "Rayvix",
    "PacsArchiver-ILS": "Rayvix",
    "PacsArchiver-DR": "Rayvix",
    "RadWorklist": "Rayvix",
    "LIS": "LabNexus",
    "LIS-ILS": "LabNexus",
    "PIS": "PharmaCore",
    "InterfaceEngine": "Meridian Integrator",
    "InterfaceEngine-STG": "Meridian Integrator",
}
LANG = {
    "EMR": "java",
    "OrderComm": "java",
    "NursingChart": "csharp",
    "LIS": "csharp",
    "PIS": "java",
    "PacsViewer": "csharp",
    "PacsArchiver": "cpp",
    "RadWorklist": "csharp",
    "InterfaceEngine": "java",
    "fhir-gw": "java",
    "fhir-gw-v2": "kotlin",
    "wonmu": "java",
    "sunap": "java",
    "claimEdi": "java",
    "ediRelay": "go",
    "yeyak": "node",
    "patientAppApi": "kotlin",
    "ssoAuth": "java",
    "censusBatch": "python",
    "wardBoard": "node",
}
ENGINE = {  # database: (engine, port)
    "EMRPRD": ("oracle-19c", 1521),
    "EMRPRD-DR": ("oracle-19c", 1521),
    "EMRSTG": ("oracle-19c", 1521),
    "EMRDEV": ("oracle-19c", 1521),
    "WONMUPRD": ("tibero-7", 8629),
    "PISPRD": ("tibero-6", 8629),
    "LISPRD": ("mssql-2019", 1433),
    "PACSDB": ("mssql-2019", 1433),
    "IFENGDB": ("mssql-2022", 1433),
    "CDWDB": ("postgresql-15", 5432),
    "fhirstore": ("postgresql-14", 5432),
}
EXTRA_ATTRS = {
    "InterfaceEngine": {"protocol": "HL7 v2.5 MLLP", "mllp_port": 2575, "channels": 84},
    "fhir-gw": {"fhir_version": "STU3", "deprecated": True},
    "fhir-gw-v2": {"fhir_version": "R4"},
    "fhir-gw-v2-stg": {"fhir_version": "R4"},
    "ediRelay": {"cert_cn": "EDI-SEOUL-UNIV-HOSP", "cert_expiry": "2027-02-24", "peer": "hira-edi-gw"},
    "hira-edi-gw": {"endpoint": "edi.hira.example:7443", "operator": "HIRA"},
    "censusBatch": {"schedule": "01:00", "window_end": "04:00"},
    "EMRPRD": {"rac_nodes": 2, "data_guard": "EMRPRD-DR", "sga_gb": 96},
    "EMRPRD-DR": {"role": "physical standby"},
    "NursingChart": {"wards": 42},
    "NursingChart-ILS": {"wards": 18},
}
# DMZ hosts; everything else is in the internal clinical network
DMZ = {"SEL-DMZ-APP-01", "SEL-DMZ-APP-02", "SEL-DMZ-EDI-01", "SEL-AUTH-01"}
WINDOWS = ("-TS", "-PACS-WEB-", "-MSSQL-", "-AD-DC", "-PACS-AP-", "-BKP-")

INCIDENTS = [
    {
        "id": "H1",
        "kind": "db_lock_storm",
        "root": "EMRPRD",
        "description": "row-lock storm on EMRPRD (enq: TX): an ad-hoc UPDATE on ORDER_DETAIL left idle in"
        " transaction blocks hundreds of sessions at the outpatient peak; EMR, OrderComm, EMR-ILS and fhir-gw"
        " time out, nursing charts (본원 and 일산) and the 판독 worklist stall, until the DBA kills the blocker",
        "start": kst(24, 9, 10),
        "end": kst(24, 10, 0),
        "hops": {
            "EMRPRD": 0,
            "EMR": 1,
            "OrderComm": 1,
            "EMR-ILS": 1,
            "fhir-gw": 1,
            "NursingChart": 2,
            "RadWorklist": 2,
            "NursingChart-ILS": 2,
        },
    },
    {
        "id": "H2",
        "kind": "storage_latency",
        "root": "SEL-PACS-NAS01",
        "description": "a disk-pool rebuild on the PACS archive NAS SEL-PACS-NAS01 drives its latency up:"
        " PacsArchiver times out storing and fetching studies, PacsViewer loads images slowly and the 판독"
        " worklist (RadWorklist) lags",
        "start": kst(23, 14, 5),
        "end": kst(23, 15, 40),
        "hops": {"SEL-PACS-NAS01": 0, "PacsArchiver": 1, "PacsViewer": 2, "RadWorklist": 3},
    },
    {
        "id": "H3",
        "kind": "queue_backlog",
        "root": "IfQueue",
        "description": "the interface engine's RabbitMQ (IfQueue) hits its memory high watermark and blocks"
        " publishers: HL7 messages back up in InterfaceEngine, lab results stop reaching LIS and fhir-gw-v2"
        " returns errors (ongoing)",
        "start": kst(24, 10, 40),
        "end": None,
        "hops": {"IfQueue": 0, "InterfaceEngine": 1, "LIS": 2, "fhir-gw-v2": 2},
    },
    {
        "id": "H4",
        "kind": "cert_expired",
        "root": "ediRelay",
        "description": "the client certificate of the DMZ EDI relay (ediRelay) expired at midnight: from the"
        " 09:00 claim window every TLS handshake with the insurer gateway fails and claimEdi's submissions"
        " are rejected until the certificate is renewed at 10:05",
        "start": kst(24, 9, 0),
        "end": kst(24, 10, 10),
        "hops": {"ediRelay": 0, "claimEdi": 1},
    },
    {
        "id": "H5",
        "kind": "disk_fill",
        "root": "SEL-LIS-AP-01",
        "description": "the LIS host's /var log volume fills slowly since a vendor left the HL7 trace at"
        " DEBUG on Monday afternoon (ongoing, above 90 %)",
        "start": kst(22, 14, 40),
        "end": None,
        "hops": {"SEL-LIS-AP-01": 0},
    },
    {
        "id": "H6",
        "kind": "batch_overrun",
        "root": "censusBatch",
        "description": "the nightly ward-census batch (censusBatch, 01:00, window until 04:00) loses its index"
        " after the new wards were added and runs until 08:50: wardBoard (병동 현황판) has no census to show",
        "start": kst(24, 4, 0),
        "end": kst(24, 8, 50),
        "hops": {"censusBatch": 0, "wardBoard": 1},
    },
    {
        "id": "H7",
        "kind": "host_flapping",
        "root": "ILS-EMR-WAS-01",
        "description": "a failing NIC in bond0 makes the Ilsan EMR server ILS-EMR-WAS-01 drop off the network"
        " and come back five times: EMR-ILS loses half its pool and the Ilsan nursing charts disconnect",
        "start": kst(23, 18, 10),
        "end": kst(23, 20, 50),
        "hops": {"ILS-EMR-WAS-01": 0, "EMR-ILS": 1, "NursingChart-ILS": 2},
    },
]
FLAPS = [  # H7: when ILS-EMR-WAS-01 was unreachable (KST on the 23rd)
    ((18, 10), (18, 20)),
    ((18, 45), (18, 55)),
    ((19, 20), (19, 30)),
    ((19, 50), (20, 5)),
    ((20, 30), (20, 40)),
]
# H5: the LIS host's disk from its level at the DEBUG switch to its level now
LIS_DISK_FROM, LIS_DISK_TO = 51.0, 93.4


def lis_disk(ts: datetime) -> float:
    start = INCIDENTS[4]["start"]
    if ts < start:
        return LIS_DISK_FROM
    return LIS_DISK_FROM + (LIS_DISK_TO - LIS_DISK_FROM) * (ts - start) / (NOW - STEP - start)


def lis_disk_crossing(level: float) -> datetime:
    """The first 5-minute sample at which the LIS host's (noise-free) disk passes `level`."""
    t = START
    while lis_disk(t) <= level:
        t += STEP
    return t


def down(ts: datetime) -> bool:
    return any(kst(23, *a) <= ts < kst(23, *b) for a, b in FLAPS)


def build_cis(rng: random.Random) -> tuple[list[dict], list[tuple[str, str, str]]]:
    cis, rels = [], []
    hosts: dict[str, tuple[str, str]] = {}
    for name, (kind, owner, site, env, on, deps) in SERVICES.items():
        attrs: dict = {"version": f"{rng.randint(1, 9)}.{rng.randint(0, 24)}.{rng.randint(0, 12)}"}
        if kind == "service":
            attrs |= {"language": LANG.get(name, rng.choice(["java", "csharp", "node"]))}
            attrs["port"] = rng.choice([8080, 8443, 9443, 7001, 5000])
            if name in VENDOR:
                attrs["vendor"] = VENDOR[name]
        elif kind == "database":
            engine, port = ENGINE[name]
            attrs |= {
                "engine": engine,
                "port": port,
                "charset": "KO16MSWIN949" if "oracle" in engine else "UTF8",
            }
        elif kind == "cache":
            attrs |= {"engine": "redis-7.0", "port": 6379, "maxmemory_gb": rng.choice([8, 16, 24])}
        elif name == "IfQueue":
            attrs |= {"engine": "rabbitmq-3.12", "port": 5672, "vhost": "/hl7", "memory_high_watermark": 0.4}
        elif name == "notiQueue":
            attrs |= {"engine": "kafka-3.6", "port": 9092, "partitions": 12}
        else:
            attrs |= {"engine": "ibm-mq-9.3", "port": 1414, "queue_manager": "QM.ILS.HL7"}
        attrs |= EXTRA_ATTRS.get(name, {})
        cis.append(ci_record(name, kind, ENVS[env], owner, SITES[site], attrs, STATUS.get(name, "active")))
        rels += service_relations(name, deps, on)
        for h in on:
            hosts.setdefault(h, (ENVS[env], site))
    for lb, (site, targets) in LOAD_BALANCERS.items():
        attrs = {
            "model": rng.choice(["F5 BIG-IP i5800", "Piolink PAS-K 5424"]),
            "vip": f"10.{ {'SEL': 10, 'ILS': 20}[site] }.1.{rng.randint(10, 250)}",
        }
        cis.append(ci_record(lb, "load_balancer", "prod", "NetOps", SITES[site], attrs))
        rels += [(lb, t, "CONNECTS_TO") for t in targets]
    for st, (site, status, attrs) in STORAGE.items():
        cis.append(ci_record(st, "storage", "prod", "InfraOps", SITES[site], attrs, status))
        rels += [(h, st, "CONNECTS_TO") for h in STORAGE_LINKS.get(st, [])]
    for h, env in EXTRA_HOSTS.items():
        hosts.setdefault(h, (env, h[:3]))
    for i, (h, (env, site)) in enumerate(sorted(hosts.items())):
        net = {"SEL": 10, "ILS": 20, "DJN": 30}[site] + {"prod": 0, "staging": 5, "dev": 6}[env]
        ip = (
            f"172.16.{40 + i // 40}.{11 + i % 40 * 5}"
            if h in DMZ
            else f"10.{net}.{30 + i // 40}.{11 + i % 40 * 5}"
        )
        windows = any(w in h for w in WINDOWS)
        if "-EMR-DB-" in h or h == "DJN-DR-DB-01":
            os_ = "oracle-linux-8.9"
        elif windows:
            os_ = rng.choice(["windows-server-2019", "windows-server-2022"])
        else:
            os_ = rng.choice(["rhel-8.8", "rhel-9.2", "rocky-9.3"])
        attrs = {
            "ip": ip,
            "os": os_,
            "vcpu": rng.choice([8, 16, 32, 48]) if "DB" in h else rng.choice([4, 8, 16]),
            "memory_gb": rng.choice([128, 256, 512]) if "DB" in h else rng.choice([16, 32, 64]),
            "zone": "DMZ" if h in DMZ else "Clinical",
            "rack": f"{site}-{'B2' if site == 'SEL' else 'B1'}-R{rng.randint(1, 14):02d}",
        }
        if "-TS" in h:
            attrs |= {"role": "terminal-server", "max_sessions": rng.choice([80, 100, 120])}
            attrs["rack"] = f"{site}-B2-R{h.split('-')[1][1:]}"  # the rack is in the name
        cis.append(ci_record(h, "host", env, "InfraOps", SITES[site], attrs, STATUS.get(h, "active")))
    return sorted(cis, key=lambda c: c["name"]), rels


def _clinic(ts: datetime) -> float:
    """Hospital load: low at night, clinics from 08:30, a lunch dip, evening decline (KST)."""
    h = seoul_hour(ts)
    if h < 7:
        load = 0.22
    elif h < 9:
        load = 0.22 + 0.78 * (h - 7) / 2
    elif h < 12:
        load = 1.0
    elif h < 13:
        load = 0.72
    elif h < 17.5:
        load = 0.95
    elif h < 20:
        load = 0.95 - 0.6 * (h - 17.5) / 2.5
    else:
        load = 0.35 - 0.13 * (h - 20) / 4
    return load + 0.03 * math.sin(h)


def _batch_running(ts: datetime) -> bool:
    """censusBatch runs 01:00–03:50 KST; on the 24th until 08:50 (H6)."""
    for day, end in ((22, (3, 50)), (23, (3, 50)), (24, (8, 50))):
        if kst(day, 1, 0) <= ts < kst(day, *end):
            return True
    return False


HOST = HostBaseline(cpu=(0.45, 0.8, 1.3), memory=(7, 0.6), disk_noise=0.12)
SERVICE = ServiceBaseline(response=(0.85, 0.3, 0.06), requests=(0.25, 0.85), memory=(10, 0.6))
RAMPED = [inc for inc in INCIDENTS if inc["id"] not in ("H5", "H7")]  # H5 and H7 are modelled on their own


def _host(rng: random.Random, ci: dict, times: list[datetime]) -> list[tuple]:
    name, rows = ci["name"], []
    levels = rng.uniform(8, 36), rng.uniform(30, 64), rng.uniform(22, 62)
    h1, h3 = INCIDENTS[0], INCIDENTS[2]
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, _clinic, levels, rng.uniform(0, 0.6)):
        if name == "SEL-LIS-AP-01":
            disk = lis_disk(ts) + rng.gauss(0, 0.05)
        if name == "SEL-BAT-01" and _batch_running(ts):
            cpu = 74 + rng.gauss(0, 1.5) + (14 if ts >= kst(24, 4, 0) else 0)
        if name in ("SEL-EMR-DB-01", "SEL-EMR-DB-02"):
            cpu += (72 - cpu) * ramp(ts, h1["start"], h1["end"])
        if name == "SEL-MQ-02":
            mem += (94.5 - mem) * ramp(ts, h3["start"] - timedelta(minutes=20), None, rise=25)
        if name == "ILS-EMR-WAS-01" and down(ts):
            continue  # unreachable: no samples
        rows += host_gauges(ts, name, cpu, mem, disk)
    return rows


def _storage(rng: random.Random, ci: dict, times: list[datetime]) -> list[tuple]:
    name, rows = ci["name"], []
    used, lat0 = rng.uniform(45, 70), rng.uniform(2.5, 7)
    h2 = INCIDENTS[1]
    for ts in times:
        v = used + 0.15 * (ts - START).total_seconds() / 86400 + rng.gauss(0, 0.04)
        lat = lat0 * (0.8 + 0.4 * _clinic(ts)) * (1 + rng.gauss(0, 0.05))
        if name == "SEL-PACS-NAS01":
            lat *= 1 + 28 * ramp(ts, h2["start"], h2["end"], rise=10)
        rows += [(ts, name, "disk_usage", v), (ts, name, "response_time_ms", lat)]
    return rows


def _app(rng: random.Random, ci: dict, times: list[datetime]) -> list[tuple]:
    """Services, databases, caches, queues and load balancers."""
    rows = []
    name, kind = ci["name"], ci["type"]
    rt0 = level_by_kind(rng, kind, (3, 18), (0.4, 1.8), (2, 9), (5, 25), other=(40, 260))
    err0, req0 = rng.uniform(0.03, 0.45), rng.uniform(15, 900)
    traffic = {"prod": 1.0, "staging": 0.08, "dev": 0.03}[ci["environment"]]
    levels = rt0, err0, traffic * req0, rng.uniform(34, 58)
    for ts, _, rt, err, req, mem in SERVICE.walk(rng, times, _clinic, levels):
        if name == "censusBatch":  # a batch: throughput only while it runs
            running = _batch_running(ts)
            req = (420 if running else 0.0) * (1 + rng.gauss(0, 0.04))
            rt = rt0 * (1 + rng.gauss(0, 0.05)) * (4.2 if running and ts >= kst(24, 4, 0) else 1.0)
        if name == "CDWDB" and _batch_running(ts):
            rt *= 3.0
        for inc, hop, r in incident_hits(RAMPED, name, ts):
            if inc["id"] == "H1":
                rt *= 1 + r * (22.0 if hop == 0 else 6.0 if hop == 1 else 3.0)
                err += r * (7.0 if hop == 0 else 5.0 if hop == 1 else 2.8)
            elif inc["id"] == "H2":
                rt *= 1 + r * (7.0 if hop == 1 else 4.5 if hop == 2 else 2.5)
                err += r * (3.5 if hop == 1 else 1.6 if hop == 2 else 0.6)
            elif inc["id"] == "H3":
                if hop == 0:
                    req *= 1 - 0.8 * r
                    rt *= 1 + 30 * r
                    mem += (96.2 - mem) * r
                else:
                    err += r * (13.0 if hop == 1 else 5.5)
                    rt *= 1 + r * (6.0 if hop == 1 else 2.5)
            elif inc["id"] == "H4":
                err += r * (86.0 if hop == 0 else 38.0)
                rt *= 1 + r * (0.4 if hop == 0 else 2.0)
            elif inc["id"] == "H6" and hop == 1:
                err += r * 16.0
        if name == "EMR-ILS" and down(ts):
            err += 24.0 + rng.uniform(0, 4)
            rt *= 2.6
        if name == "NursingChart-ILS" and (down(ts) or down(ts - STEP)):
            err += 9.0 + rng.uniform(0, 2)
        rows += samples(ts, name, response_time_ms=rt, request_rate=req)
        if kind != "queue":
            rows.append((ts, name, "error_rate", min(err, 100.0)))
        if kind in ("cache", "queue"):
            rows.append((ts, name, "memory_usage", min(mem, 99.5)))
    return rows


def _measured(ci: dict) -> bool:
    """Not decommissioned and inside the hospital."""
    return ci["status"] != "retired" and ci["location"] != SITES["EXT"]


BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (22, 12, 30, "SEL-R07-TS03", "info", "maintenance", "Taken out of the nurse-station pool for re-imaging"),
    (
        22,
        14,
        35,
        "SEL-LIS-AP-01",
        "info",
        "login",
        "Vendor remote session opened (LabNexus, ticket LIS-3391)",
    ),
    (
        22,
        14,
        40,
        "LIS",
        "info",
        "config_change",
        "Log level changed INFO -> DEBUG (HL7 trace for ticket LIS-3391)",
    ),
    (
        22,
        15,
        20,
        "notiQueue",
        "minor",
        "error",
        "AlimTalk template YY-REMIND-02 rejected, 214 messages dead-lettered",
    ),
    (22, 18, 30, "EMR", "info", "deployment", "Deployed EMR 2.14.0 (wards 71W/72W/73W added)"),
    (
        22,
        21,
        0,
        "NetBackup",
        "info",
        "backup",
        "Nightly backup of EMRPRD, WONMUPRD, LISPRD to DJN-DR-VTL01 started",
    ),
    (23, 1, 0, "censusBatch", "info", "batch_job", "Ward census batch started"),
    (23, 2, 40, "NetBackup", "info", "backup", "Nightly backup done (EMRPRD 6.1 TB, 5h40m)"),
    (23, 3, 50, "censusBatch", "info", "batch_job", "Ward census batch completed in 2h50m"),
    (
        23,
        9,
        0,
        "ediRelay",
        "warning",
        "cert_expiry",
        "Client certificate CN=EDI-SEOUL-UNIV-HOSP expires in 1 day",
    ),
    (
        23,
        9,
        30,
        "InterfaceEngine-STG",
        "info",
        "maintenance",
        "Stopped for the Meridian 7.2 upgrade rehearsal",
    ),
    (
        23,
        10,
        15,
        "patientAppApi",
        "info",
        "deployment",
        "Deployed patientAppApi 4.8.2 (모바일 진료비 결제 개선)",
    ),
    (23, 11, 0, "ssoAuth", "info", "config_change", "SAML signing key rotated (scheduled)"),
    (23, 16, 30, "fhir-gw-v2", "info", "deployment", "Deployed fhir-gw-v2 2.3.1"),
    (23, 17, 5, "yeyak", "minor", "timeout", "timeout calling yeyakCache (slot lookup, retried OK)"),
    (
        23,
        21,
        0,
        "NetBackup",
        "info",
        "backup",
        "Nightly backup of EMRPRD, WONMUPRD, LISPRD to DJN-DR-VTL01 started",
    ),
    (
        23,
        22,
        15,
        "EMRPRD-DR",
        "warning",
        "threshold_breach",
        "Data Guard apply lag above 5 min during backup",
    ),
    (24, 1, 0, "censusBatch", "info", "batch_job", "Ward census batch started"),
    (24, 2, 45, "NetBackup", "info", "backup", "Nightly backup done (EMRPRD 6.1 TB, 5h45m)"),
    (24, 8, 0, "EMR-STG", "info", "deployment", "Deployed EMR-STG 2.15.0-rc1"),
    (
        24,
        8,
        20,
        "PacsArchiver-DR",
        "info",
        "replication",
        "DR replication of 3,112 studies to DJN-PACS-ARC done",
    ),
]
INCIDENT_EVENTS = [
    # H2 (yesterday afternoon)
    (
        23,
        14,
        2,
        "SEL-PACS-NAS01",
        "warning",
        "disk_rebuild",
        "Disk pool rebuild started on node 3 (drive 3:17 failed)",
    ),
    (
        23,
        14,
        10,
        "SEL-PACS-NAS01",
        "major",
        "threshold_breach",
        "response_time_ms above 50 ms for 5 min (NFS read)",
    ),
    (
        23,
        14,
        13,
        "PacsArchiver",
        "major",
        "timeout",
        "timeout reading study from SEL-PACS-NAS01 (C-MOVE, 30 s)",
    ),
    (23, 14, 19, "PacsViewer", "warning", "slow_response", "image load slow: p95 11.8 s (CT series)"),
    (23, 14, 26, "RadWorklist", "minor", "timeout", "timeout calling PacsViewer (판독 worklist refresh)"),
    (23, 15, 35, "SEL-PACS-NAS01", "info", "disk_rebuild", "Disk pool rebuild completed on node 3"),
    (23, 15, 45, "PacsArchiver", "info", "recovery", "Study retrieval back to normal"),
    # H7 (yesterday evening)
    *[
        e
        for (a, b) in FLAPS
        for e in (
            (
                23,
                *a,
                "ILS-EMR-WAS-01",
                "critical",
                "host_down",
                "Host unreachable (ICMP and agent heartbeat lost)",
            ),
            (23, *b, "ILS-EMR-WAS-01", "info", "host_up", "Host reachable again (link bond0 up)"),
        )
    ],
    (23, 18, 12, "EMR-ILS", "major", "connection_lost", "ILS-L4-01 removed ILS-EMR-WAS-01 from the pool"),
    (
        23,
        18,
        14,
        "NursingChart-ILS",
        "major",
        "connection_lost",
        "terminal sessions disconnected from EMR-ILS",
    ),
    (23, 19, 22, "EMR-ILS", "major", "connection_lost", "ILS-L4-01 removed ILS-EMR-WAS-01 from the pool"),
    (
        23,
        19,
        52,
        "NursingChart-ILS",
        "major",
        "connection_lost",
        "terminal sessions disconnected from EMR-ILS",
    ),
    (
        23,
        20,
        50,
        "ILS-EMR-WAS-01",
        "info",
        "config_change",
        "NIC eno2 removed from bond0 (faulty SFP), failover to eno1",
    ),
    # H6 (last night)
    (
        24,
        4,
        5,
        "censusBatch",
        "warning",
        "batch_overrun",
        "Ward census batch still running past its 04:00 window",
    ),
    (24, 4, 10, "wardBoard", "major", "error", "census not published, showing yesterday's 병상 현황"),
    (
        24,
        7,
        0,
        "censusBatch",
        "major",
        "batch_overrun",
        "Ward census batch 6h in, 07:00 publication SLA missed",
    ),
    (24, 7, 5, "wardBoard", "major", "error", "census not published, showing yesterday's 병상 현황"),
    (
        24,
        8,
        50,
        "censusBatch",
        "info",
        "batch_job",
        "Ward census batch completed in 7h50m (full scan on ADT_EVENT)",
    ),
    (24, 8, 55, "wardBoard", "info", "recovery", "census for 2027-02-24 published"),
    # H4 (this morning)
    (24, 0, 0, "ediRelay", "major", "cert_expiry", "Client certificate CN=EDI-SEOUL-UNIV-HOSP expired"),
    (
        24,
        9,
        1,
        "ediRelay",
        "critical",
        "tls_handshake_failed",
        "TLS handshake with hira-edi-gw failed: certificate expired",
    ),
    (24, 9, 6, "claimEdi", "major", "error", "claim file submission rejected (0/412 accepted, auth failure)"),
    (24, 9, 30, "claimEdi", "major", "error", "claim file resubmission rejected (auth failure)"),
    (
        24,
        10,
        5,
        "ediRelay",
        "info",
        "config_change",
        "Client certificate renewed (valid to 2028-02-23) and reloaded",
    ),
    (24, 10, 12, "claimEdi", "info", "recovery", "412 claims resubmitted and accepted"),
    # H1 (this morning)
    (
        24,
        9,
        12,
        "EMRPRD",
        "critical",
        "lock_contention",
        "enq: TX - row lock contention, 318 sessions waiting on SID 1843",
    ),
    (24, 9, 16, "OrderComm", "major", "timeout", "timeout calling EMRPRD (처방 저장, 30 s)"),
    (24, 9, 17, "EMR", "major", "timeout", "timeout calling EMRPRD (progress note save)"),
    (24, 9, 18, "EMR-ILS", "major", "timeout", "timeout calling EMRPRD"),
    (24, 9, 19, "fhir-gw", "warning", "timeout", "timeout calling EMRPRD (Patient read)"),
    (24, 9, 24, "NursingChart", "major", "error", "간호기록 저장 실패: upstream EMR timeout"),
    (24, 9, 25, "RadWorklist", "warning", "timeout", "timeout calling OrderComm (order status)"),
    (24, 9, 30, "EMR", "critical", "threshold_breach", "response_time_ms above 3000 ms for 10 min"),
    (
        24,
        9,
        55,
        "EMRPRD",
        "info",
        "maintenance",
        "DBA killed blocking session SID 1843 (idle in transaction)",
    ),
    (24, 10, 3, "EMRPRD", "info", "recovery", "Lock waits cleared, sessions back to normal"),
    # H3 (now)
    (24, 10, 25, "IfQueue", "warning", "threshold_breach", "memory_usage above 80% (hl7.oru consumers slow)"),
    (24, 10, 40, "IfQueue", "critical", "queue_blocked", "memory high watermark reached, publishers blocked"),
    (24, 10, 46, "InterfaceEngine", "major", "timeout", "publish to IfQueue blocked (ORU^R01, ADT^A08)"),
    (24, 10, 52, "LIS", "major", "error", "lab results not delivered to OrderComm for 10 min"),
    (24, 10, 53, "fhir-gw-v2", "warning", "error", "HTTP 503 on Observation search: interface engine busy"),
    (24, 11, 0, "InterfaceEngine", "critical", "threshold_breach", "error_rate above 5% for 10 min"),
]


def main() -> None:
    h5 = [
        (lis_disk_crossing(80.0), "warning", "disk_usage above 80% on /var (lis-hl7-trace.log)"),
        (lis_disk_crossing(90.0), "major", "disk_usage above 90% on /var (lis-hl7-trace.log)"),
    ]
    events = dated(kst, BACKGROUND + INCIDENT_EVENTS)
    events += [(t, "SEL-LIS-AP-01", sev, "threshold_breach", msg) for t, sev, msg in h5]
    series = _host, _storage, _app
    generate(NAME, "hospital", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured=_measured)


if __name__ == "__main__":
    main()

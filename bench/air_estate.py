"""Generate the air-ops estate (tests/fixtures/air-ops/, interchange format) and its faults file.

A Korean airline's IT estate: the passenger service system (reservations PSS_RES_A/PSS_RES_B, inventory,
ticketing) and departure control (check-in DCS-CKI-01/02, `boarding`, load & balance, boarding-pass
issuance) on Oracle RAC, baggage reconciliation, crew scheduling, flight operations (dispatch, flight
planning, the WXFEED weather feed, navigation data), the SKYPASS loyalty/mileage system on DB2, web
booking, the payment gateways PAY-GW1/PAY-GW2 with their HSM, IBM MQ queue managers and a Kafka cluster,
Redis caches, and the travel-agency API front (`gateway` over NDC-API and GDS-LINK) at the 인천 data centre
(`incheon-dc`); the ORA_DCS Data Guard standby, a DR queue manager and the backup NAS at the 대전 DR site
(`daejeon-dr`); the mobile backend (MBL-BFF, MBL-BOOK-API, MBL-AUTH on AKS) in Azure Korea Central
(`azure-koreacentral`); kiosk gateways, common-use kiosks (CUSS) and self bag-drop at the airport stations
ICN-T2, GMP, CJU and PUS. prod, staging (the airline calls it UAT: the `-U1`/`_UAT` names) and dev.

Named unlike the other estates: airline-style upper-case codes with dashes or underscores (DCS-CKI-01,
PSS_RES_A, QM_DCS_P1, ORA_DCS), IATA station codes inside names (ICN2-KIOSK-GW3, GMP-SBD-1, CJU-CUSS-A),
dotted host names for the middleware and Unix boxes (mq01.icn.prd, kfk02.icn.prd, dbsby01.dje.dr),
all-caps products (SKYPASS-API, WXFEED, NAVDATA), siblings that differ by one digit or letter (PAY-GW1/PAY-GW2,
GMP-KIOSK-GW0/1/2, DCSAP01…04, QM_DCS_P1/QM_DCS_P2, PSS_RES_A/PSS_RES_B) and two CIs named with ordinary
English words (`gateway`, the travel-agency API gateway, and `boarding`, the gate boarding service).

Seven injected incidents (times KST, now = Thursday 2026-11-19 16:40):
  F6 yesterday 14:10–15:35   the SKYPASS-BATCH mileage accrual rerun opens 400 connections: DB2_LOY runs out
                             of connections, SKYPASS-API fails, web booking and the mobile BFF see errors
  F1 yesterday 17:40–19:05   GMP-KIOSK-GW1 (the GMP domestic kiosk gateway) flaps its uplink: GMP-CUSS-A
                             kiosks and GMP-SBD-1 bag drop time out
  F2 last night 23:20–01:35  the WXFEED weather feed stops (KMA endpoint certificate / proxy): FPLAN-ENG,
                             FOPS-DISPATCH and CREW-BRIEF work on stale weather
  F3 this morning 07:15–08:55 ORA_DCS RAC interconnect latency (a bonded NIC on DCSDB_N2 down to one link):
                             gc waits, check-in, boarding, load & balance and the ICN-T2 kiosks slow down
  F4 this morning 10:10–11:45 QM_DCS_P1's channel to BP-ISSUE stops draining (a stuck channel after the
                             queue file filled): boarding passes are delayed at the gates and in the app
  F7 ongoing since 14:20     MBL-BOOK-API leaks memory since yesterday's 5.2.0 deploy (11:30): GC pauses,
                             slow and failing mobile bookings through MBL-BFF
  F5 ongoing since 15:50     PAY-GW1 fails TLS handshakes with the card acquirer after its certificate was
                             changed at 15:45 (the intermediate chain was left out): web booking and ticketing
                             payments fail
plus the 대전 backup NAS (DJN-NAS-BKP) filling past 90 %. Deterministic (seeded); the golden questions
(bench/air_golden.py) are computed from the files this writes.

    .venv/bin/python bench/air_estate.py   # rewrites tests/fixtures/air-ops*
"""

from __future__ import annotations

import math
import random
import sys
from collections import deque
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from estate_kit import ramp
from estate_series import (
    HostBaseline,
    ServiceBaseline,
    ci_record,
    dated,
    generate,
    hop_effect,
    incident_hits,
    kst_utc_clock,
    level_by_kind,
    progress,
    samples,
    seoul_hour,
    service_relations,
    storage_fill,
)

NAME = "air-ops"
NOW = datetime(2026, 11, 19, 7, 40, tzinfo=UTC)  # Thursday 16:40 KST
START = NOW - timedelta(hours=48)
SEED = 20261119
SITES = {
    "ICN": "incheon-dc",
    "DJN": "daejeon-dr",
    "AZ": "azure-koreacentral",
    "T2": "ICN-T2",
    "GMP": "GMP",
    "CJU": "CJU",
    "PUS": "PUS",
}
ENVS = {"P": "prod", "S": "staging", "D": "dev"}


kst = kst_utc_clock("2026-11")


PSS, DCS, APT, BAG = "PSS운영팀", "DCS운영팀", "공항IT팀", "baggage-sys"
CREW, FOPS, LOY, DIG = "crew-systems", "flight-ops-it", "SKYPASS개발팀", "digital-channel"
PAY, MW, DBA, NET = "payment-team", "middleware-team", "DBA팀", "network-ops"
CLOUD, DIST, INFRA = "cloud-platform", "distribution-api", "infra-ops"

# name: (type, owner, site, env, hosts (RUNS_ON), depends_on, attributes)
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # passenger service system
    "PSS_RES_A": (
        "service",
        PSS,
        "ICN",
        "P",
        ["pssap01.icn.prd"],
        ["ORA_PSS", "PSS_INV", "REDIS-PSS1"],
        {"function": "reservations", "language": "java", "port": 7001, "app_server": "WebLogic 14.1.1"},
    ),
    "PSS_RES_B": (
        "service",
        PSS,
        "ICN",
        "P",
        ["pssap02.icn.prd"],
        ["ORA_PSS", "PSS_INV", "REDIS-PSS1"],
        {"function": "reservations", "language": "java", "port": 7001, "app_server": "WebLogic 14.1.1"},
    ),
    "PSS_INV": (
        "service",
        PSS,
        "ICN",
        "P",
        ["pssap01.icn.prd"],
        ["ORA_PSS", "QM_PSS_P1"],
        {"function": "inventory", "language": "java", "port": 7003, "rbd_classes": 26},
    ),
    "PSS_TKT": (
        "service",
        PSS,
        "ICN",
        "P",
        ["pssap02.icn.prd"],
        ["ORA_PSS", "QM_PSS_P1", "PAY-GW1", "PAY-GW2"],
        {
            "function": "ticketing",
            "language": "java",
            "port": 7005,
            "bsp": "BSP Korea",
            "eticket_prefix": "180",
        },
    ),
    # departure control
    "DCS-CKI-01": (
        "service",
        DCS,
        "ICN",
        "P",
        ["DCSAP01"],
        ["ORA_DCS", "PSS_RES_A"],
        {"function": "check-in", "language": "java", "port": 8443, "stations": "ICN,PUS"},
    ),
    "DCS-CKI-02": (
        "service",
        DCS,
        "ICN",
        "P",
        ["DCSAP02"],
        ["ORA_DCS", "PSS_RES_B"],
        {"function": "check-in", "language": "java", "port": 8443, "stations": "ICN,GMP,CJU"},
    ),
    "boarding": (
        "service",
        DCS,
        "ICN",
        "P",
        ["DCSAP03"],
        ["ORA_DCS", "QM_DCS_P1"],
        {"function": "gate boarding", "language": "java", "port": 8445},
    ),
    "BP-ISSUE": (
        "service",
        DCS,
        "ICN",
        "P",
        ["DCSAP03"],
        ["QM_DCS_P1", "DCS-CKI-01", "DCS-CKI-02"],
        {"function": "boarding pass issuance", "language": "java", "port": 8447, "barcode": "IATA BCBP"},
    ),
    "DCS-LNB": (
        "service",
        DCS,
        "ICN",
        "P",
        ["DCSAP03"],
        ["ORA_DCS", "QM_DCS_P1"],
        {"function": "load and balance", "language": "c++", "port": 9100, "loadsheet": "AHM 560"},
    ),
    "DCS-CKI-U1": (
        "service",
        DCS,
        "ICN",
        "S",
        ["DCSUAT01"],
        ["ORA_DCS_UAT"],
        {"function": "check-in", "language": "java", "port": 8443, "stations": "ICN"},
    ),
    "DCS-CKI-D1": (
        "service",
        DCS,
        "ICN",
        "D",
        ["DEVAP01"],
        [],
        {"function": "check-in", "language": "java", "port": 8443, "stations": "ICN"},
    ),
    # airport stations: common-use kiosks and self bag drop
    "ICN2-CUSS-EAST": (
        "service",
        APT,
        "T2",
        "P",
        ["ICN2-STN-SRV1"],
        ["ICN2-KIOSK-GW3", "DCS-CKI-01", "BP-ISSUE"],
        {"function": "kiosk", "platform": "CUSS 1.5", "kiosks": 48, "counter_zone": "D-E"},
    ),
    "ICN2-CUSS-WEST": (
        "service",
        APT,
        "T2",
        "P",
        ["ICN2-STN-SRV1"],
        ["ICN2-KIOSK-GW4", "DCS-CKI-02", "BP-ISSUE"],
        {"function": "kiosk", "platform": "CUSS 1.5", "kiosks": 36, "counter_zone": "G-H"},
    ),
    "ICN2-SBD-01": (
        "service",
        APT,
        "T2",
        "P",
        ["ICN2-STN-SRV1"],
        ["ICN2-KIOSK-GW3", "DCS-CKI-01", "BRS-RECON"],
        {"function": "self bag drop", "units": 16, "vendor": "Materna ips"},
    ),
    "ICN2-SBD-02": (
        "service",
        APT,
        "T2",
        "P",
        ["ICN2-STN-SRV1"],
        ["ICN2-KIOSK-GW4", "DCS-CKI-02", "BRS-RECON"],
        {"function": "self bag drop", "units": 12, "vendor": "Materna ips"},
    ),
    "GMP-CUSS-A": (
        "service",
        APT,
        "GMP",
        "P",
        ["GMP-STN-SRV1"],
        ["GMP-KIOSK-GW1", "DCS-CKI-02", "BP-ISSUE"],
        {"function": "kiosk", "platform": "CUSS 1.4", "kiosks": 22, "terminal": "domestic"},
    ),
    "GMP-CUSS-B": (
        "service",
        APT,
        "GMP",
        "P",
        ["GMP-STN-SRV1"],
        ["GMP-KIOSK-GW2", "DCS-CKI-02", "BP-ISSUE"],
        {"function": "kiosk", "platform": "CUSS 1.4", "kiosks": 10, "terminal": "international"},
    ),
    "GMP-SBD-1": (
        "service",
        APT,
        "GMP",
        "P",
        ["GMP-STN-SRV1"],
        ["GMP-KIOSK-GW1", "DCS-CKI-02", "BRS-RECON"],
        {"function": "self bag drop", "units": 8, "vendor": "SITA Smart Path"},
    ),
    "CJU-CUSS-A": (
        "service",
        APT,
        "CJU",
        "P",
        ["CJU-STN-SRV1"],
        ["CJU-KIOSK-GW1", "DCS-CKI-02", "BP-ISSUE"],
        {"function": "kiosk", "platform": "CUSS 1.4", "kiosks": 18, "terminal": "domestic"},
    ),
    "CJU-SBD-1": (
        "service",
        APT,
        "CJU",
        "P",
        ["CJU-STN-SRV1"],
        ["CJU-KIOSK-GW1", "DCS-CKI-02", "BRS-RECON"],
        {"function": "self bag drop", "units": 6, "vendor": "SITA Smart Path"},
    ),
    "PUS-CUSS-A": (
        "service",
        APT,
        "PUS",
        "P",
        ["PUS-STN-SRV1"],
        ["PUS-KIOSK-GW1", "DCS-CKI-01", "BP-ISSUE"],
        {"function": "kiosk", "platform": "CUSS 1.4", "kiosks": 14, "terminal": "domestic+international"},
    ),
    # baggage
    "BRS-RECON": (
        "service",
        BAG,
        "ICN",
        "P",
        ["BAGAP01"],
        ["ORA_DCS", "QM_DCS_P1"],
        {"function": "baggage reconciliation", "language": "java", "port": 8080, "bsm": "IATA RP1745"},
    ),
    "BAG-TRACK": (
        "service",
        BAG,
        "ICN",
        "P",
        ["BAGAP01"],
        ["BRS-RECON", "KFK-OPS"],
        {"function": "baggage tracking", "language": "kotlin", "port": 8081, "resolution": "753"},
    ),
    # crew
    "CREW-ROSTER": (
        "service",
        CREW,
        "ICN",
        "P",
        ["CREWAP01"],
        ["DB2_CREW", "KFK-OPS"],
        {"function": "crew scheduling", "language": "java", "port": 8080, "vendor": "Jeppesen Crew"},
    ),
    "CREW-BRIEF": (
        "service",
        CREW,
        "ICN",
        "P",
        ["CREWAP01"],
        ["FPLAN-ENG", "WXFEED", "CREW-ROSTER"],
        {"function": "crew briefing portal", "language": "typescript", "port": 3000},
    ),
    # flight operations
    "FOPS-DISPATCH": (
        "service",
        FOPS,
        "ICN",
        "P",
        ["FOPSAP01"],
        ["FPLAN-ENG", "WXFEED", "DCS-LNB", "KFK-OPS", "ORA_FOPS"],
        {"function": "flight dispatch", "language": "java", "port": 8443},
    ),
    "FPLAN-ENG": (
        "service",
        FOPS,
        "ICN",
        "P",
        ["FOPSAP02"],
        ["WXFEED", "NAVDATA", "ORA_FOPS"],
        {"function": "flight planning", "language": "c++", "port": 9200, "vendor": "Lido Flight 4D"},
    ),
    "WXFEED": (
        "service",
        FOPS,
        "ICN",
        "P",
        ["FOPSAP02"],
        [],
        {"function": "weather feed", "language": "python", "port": 8000, "source": "KMA AMOS + WAFS GRIB2"},
    ),
    "NAVDATA": (
        "service",
        FOPS,
        "ICN",
        "P",
        ["FOPSAP02"],
        ["ORA_FOPS"],
        {"function": "navigation database", "language": "c++", "port": 9210, "airac_cycle": "2512"},
    ),
    # loyalty
    "SKYPASS-API": (
        "service",
        LOY,
        "ICN",
        "P",
        ["LOYAP01"],
        ["DB2_LOY", "KFK-OPS"],
        {"function": "mileage API", "language": "java", "port": 8080, "db_pool_max": 120},
    ),
    "SKYPASS-BATCH": (
        "service",
        LOY,
        "ICN",
        "P",
        ["LOYAP02"],
        ["DB2_LOY"],
        {"function": "mileage accrual batch", "language": "java", "schedule": "daily 02:00", "threads": 40},
    ),
    "SKYPASS-API-U": (
        "service",
        LOY,
        "ICN",
        "S",
        ["DCSUAT01"],
        [],
        {"function": "mileage API", "language": "java", "port": 8080, "db_pool_max": 20},
    ),
    # digital channels
    "WEB-BOOKING": (
        "service",
        DIG,
        "ICN",
        "P",
        ["WEBAP01"],
        ["PSS_RES_A", "PSS_TKT", "PAY-GW1", "SKYPASS-API", "REDIS-WEB"],
        {"function": "web booking", "language": "java", "port": 8443, "framework": "Spring Boot 3.3"},
    ),
    "MBL-BFF": (
        "service",
        DIG,
        "AZ",
        "P",
        ["aks-mbl-n1", "aks-mbl-n2"],
        ["MBL-BOOK-API", "MBL-AUTH", "SKYPASS-API", "BP-ISSUE", "BAG-TRACK"],
        {"function": "mobile backend for frontend", "language": "node", "port": 8080, "replicas": 6},
    ),
    "MBL-BOOK-API": (
        "service",
        DIG,
        "AZ",
        "P",
        ["aks-mbl-n2"],
        ["PSS_RES_B", "PSS_TKT", "PAY-GW2", "AZR-REDIS-MBL"],
        {"function": "mobile booking", "language": "java", "port": 8080, "heap_gb": 6, "replicas": 4},
    ),
    "MBL-AUTH": (
        "service",
        DIG,
        "AZ",
        "P",
        ["aks-mbl-n1"],
        ["AZSQL-MBL", "AZR-REDIS-MBL"],
        {"function": "mobile login", "language": "go", "port": 8080, "replicas": 3},
    ),
    "MBL-BFF-DEV": (
        "service",
        DIG,
        "AZ",
        "D",
        ["aks-dev-n1"],
        [],
        {"function": "mobile backend for frontend", "language": "node", "port": 8080, "replicas": 1},
    ),
    # payment
    "PAY-GW1": (
        "service",
        PAY,
        "ICN",
        "P",
        ["payap01.icn.prd"],
        ["HSM-P1", "ORA_PAY"],
        {
            "function": "payment gateway",
            "language": "java",
            "port": 9443,
            "acquirer": "KICC",
            "tls": "TLS1.2",
        },
    ),
    "PAY-GW2": (
        "service",
        PAY,
        "ICN",
        "P",
        ["payap02.icn.prd"],
        ["HSM-P1", "ORA_PAY"],
        {
            "function": "payment gateway",
            "language": "java",
            "port": 9443,
            "acquirer": "NICE",
            "tls": "TLS1.3",
        },
    ),
    # travel agency distribution (GDS / NDC)
    "gateway": (
        "service",
        DIST,
        "ICN",
        "P",
        ["APIGW01"],
        ["NDC-API", "GDS-LINK"],
        {"function": "travel agency API gateway", "product": "Kong Gateway 3.6", "port": 8443},
    ),
    "NDC-API": (
        "service",
        DIST,
        "ICN",
        "P",
        ["INTAP01"],
        ["PSS_RES_A", "PSS_INV", "PSS_TKT"],
        {"function": "NDC offers and orders", "language": "java", "port": 8080, "ndc_version": "21.3"},
    ),
    "GDS-LINK": (
        "service",
        DIST,
        "ICN",
        "P",
        ["INTAP01"],
        ["PSS_RES_B", "PSS_INV", "QM_PSS_P1"],
        {
            "function": "GDS EDIFACT link",
            "language": "c++",
            "port": 7400,
            "partners": "Amadeus,Sabre,Travelport",
        },
    ),
    # databases
    "ORA_PSS": (
        "database",
        DBA,
        "ICN",
        "P",
        ["PSSDB_N1", "PSSDB_N2"],
        [],
        {"engine": "oracle", "version": "19.22", "rac_nodes": 2, "port": 1521, "sga_gb": 256},
    ),
    "ORA_DCS": (
        "database",
        DBA,
        "ICN",
        "P",
        ["DCSDB_N1", "DCSDB_N2"],
        [],
        {"engine": "oracle", "version": "19.22", "rac_nodes": 2, "port": 1521, "sga_gb": 192},
    ),
    "ORA_PAY": (
        "database",
        DBA,
        "ICN",
        "P",
        ["ORADB03"],
        [],
        {"engine": "oracle", "version": "19.21", "rac_nodes": 1, "port": 1522, "sga_gb": 64, "tde": True},
    ),
    "ORA_FOPS": (
        "database",
        DBA,
        "ICN",
        "P",
        ["ORADB03"],
        [],
        {"engine": "oracle", "version": "19.21", "rac_nodes": 1, "port": 1521, "sga_gb": 48},
    ),
    "ORA_DCS_SBY": (
        "database",
        DBA,
        "DJN",
        "P",
        ["dbsby01.dje.dr"],
        [],
        {"engine": "oracle", "version": "19.22", "role": "physical standby", "port": 1521, "sga_gb": 192},
    ),
    "ORA_DCS_UAT": (
        "database",
        DBA,
        "ICN",
        "S",
        ["DCSUAT01"],
        [],
        {"engine": "oracle", "version": "19.23", "rac_nodes": 1, "port": 1521, "sga_gb": 32},
    ),
    "DB2_LOY": (
        "database",
        DBA,
        "ICN",
        "P",
        ["DB2P1"],
        [],
        {"engine": "db2", "version": "11.5.9", "port": 50000, "max_connections": 400},
    ),
    "DB2_CREW": (
        "database",
        DBA,
        "ICN",
        "P",
        ["DB2P1"],
        [],
        {"engine": "db2", "version": "11.5.8", "port": 50000, "max_connections": 250},
    ),
    "AZSQL-MBL": (
        "database",
        CLOUD,
        "AZ",
        "P",
        [],
        [],
        {"engine": "azure sql", "tier": "Business Critical Gen5 8 vCore", "port": 1433},
    ),
    # caches
    "REDIS-PSS1": (
        "cache",
        PSS,
        "ICN",
        "P",
        ["pssap01.icn.prd"],
        [],
        {"engine": "redis", "version": "7.2.5", "port": 6379, "maxmemory_gb": 24},
    ),
    "REDIS-WEB": (
        "cache",
        DIG,
        "ICN",
        "P",
        ["WEBAP01"],
        [],
        {"engine": "redis", "version": "7.0.15", "port": 6379, "maxmemory_gb": 16},
    ),
    "AZR-REDIS-MBL": (
        "cache",
        CLOUD,
        "AZ",
        "P",
        [],
        [],
        {"engine": "azure cache for redis", "version": "7.2", "tier": "Premium P2", "maxmemory_gb": 13},
    ),
    # queues
    "QM_DCS_P1": (
        "queue",
        MW,
        "ICN",
        "P",
        ["mq01.icn.prd"],
        [],
        {
            "product": "IBM MQ",
            "version": "9.3.0.15",
            "port": 1414,
            "channel": "DCS.TO.BPI",
            "maxdepth": 50000,
        },
    ),
    "QM_PSS_P1": (
        "queue",
        MW,
        "ICN",
        "P",
        ["mq01.icn.prd"],
        [],
        {
            "product": "IBM MQ",
            "version": "9.3.0.15",
            "port": 1415,
            "channel": "PSS.TO.GDS",
            "maxdepth": 100000,
        },
    ),
    "QM_DCS_P2": (
        "queue",
        MW,
        "DJN",
        "P",
        ["mq01.dje.dr"],
        [],
        {"product": "IBM MQ", "version": "9.3.0.15", "port": 1414, "role": "DR standby", "maxdepth": 50000},
    ),
    "KFK-OPS": (
        "queue",
        MW,
        "ICN",
        "P",
        ["kfk01.icn.prd", "kfk02.icn.prd"],
        [],
        {"product": "Apache Kafka", "version": "3.7.1", "port": 9092, "partitions": 96, "topics": 41},
    ),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "F5-DMZ-LB1": (
        "ICN",
        NET,
        ["gateway", "WEB-BOOKING"],
        {"vendor": "F5", "model": "BIG-IP i7800", "vip": "203.0.113.40", "version": "17.1.1"},
    ),
    "F5-INT-LB2": (
        "ICN",
        NET,
        ["PSS_RES_A", "PSS_RES_B", "DCS-CKI-01", "DCS-CKI-02"],
        {"vendor": "F5", "model": "BIG-IP i5800", "vip": "10.10.0.20", "version": "17.1.1"},
    ),
    "AZ-AFD-MBL": (
        "AZ",
        CLOUD,
        ["MBL-BFF", "MBL-AUTH"],
        {"vendor": "Azure Front Door", "model": "Premium", "endpoint": "m-api.air.example"},
    ),
}
STORAGE = {  # name: (site, owner, attributes, hosts attached (CONNECTS_TO))
    "ICN-SAN-01": (
        "ICN",
        INFRA,
        {"vendor": "Dell", "model": "PowerMax 2500", "capacity_tb": 480, "protocol": "FC"},
        ["PSSDB_N1", "PSSDB_N2", "DCSDB_N1", "DCSDB_N2"],
    ),
    "DJN-NAS-BKP": (
        "DJN",
        INFRA,
        {"vendor": "NetApp", "model": "FAS8300", "capacity_tb": 900, "protocol": "NFS"},
        ["dbsby01.dje.dr"],
    ),
}
# hosts: name: (site, env, kind, attributes beyond ip)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    "pssap01.icn.prd": ("ICN", "P", "vm", {"os": "AIX 7.3"}),
    "pssap02.icn.prd": ("ICN", "P", "vm", {"os": "AIX 7.3"}),
    "DCSAP01": ("ICN", "P", "vm", {}),
    "DCSAP02": ("ICN", "P", "vm", {}),
    "DCSAP03": ("ICN", "P", "vm", {}),
    "BAGAP01": ("ICN", "P", "vm", {}),
    "CREWAP01": ("ICN", "P", "vm", {}),
    "FOPSAP01": ("ICN", "P", "vm", {}),
    "FOPSAP02": ("ICN", "P", "vm", {}),
    "LOYAP01": ("ICN", "P", "vm", {}),
    "LOYAP02": ("ICN", "P", "vm", {}),
    "WEBAP01": ("ICN", "P", "vm", {}),
    "APIGW01": ("ICN", "P", "vm", {}),
    "INTAP01": ("ICN", "P", "vm", {}),
    "payap01.icn.prd": ("ICN", "P", "physical", {"os": "RHEL 8.8", "pci_dss": True}),
    "payap02.icn.prd": ("ICN", "P", "physical", {"os": "RHEL 8.8", "pci_dss": True}),
    "PSSDB_N1": ("ICN", "P", "physical", {"os": "Oracle Linux 8.9", "model": "Exadata X9M-2 DB node"}),
    "PSSDB_N2": ("ICN", "P", "physical", {"os": "Oracle Linux 8.9", "model": "Exadata X9M-2 DB node"}),
    "DCSDB_N1": ("ICN", "P", "physical", {"os": "Oracle Linux 8.9", "model": "HPE ProLiant DL380 Gen11"}),
    "DCSDB_N2": ("ICN", "P", "physical", {"os": "Oracle Linux 8.9", "model": "HPE ProLiant DL380 Gen11"}),
    "ORADB03": ("ICN", "P", "physical", {"os": "Oracle Linux 8.8", "model": "HPE ProLiant DL360 Gen10"}),
    "DB2P1": ("ICN", "P", "physical", {"os": "AIX 7.3", "model": "IBM Power S1022"}),
    "mq01.icn.prd": ("ICN", "P", "vm", {"os": "RHEL 9.2"}),
    "kfk01.icn.prd": ("ICN", "P", "vm", {"os": "RHEL 9.2"}),
    "kfk02.icn.prd": ("ICN", "P", "vm", {"os": "RHEL 9.2"}),
    "DCSUAT01": ("ICN", "S", "vm", {}),
    "DEVAP01": ("ICN", "D", "vm", {}),
    "mq01.dje.dr": ("DJN", "P", "vm", {"os": "RHEL 9.2"}),
    "dbsby01.dje.dr": (
        "DJN",
        "P",
        "physical",
        {"os": "Oracle Linux 8.9", "model": "HPE ProLiant DL380 Gen11"},
    ),
    "aks-mbl-n1": ("AZ", "P", "azure", {"vm_size": "Standard_D8s_v5", "zone": "1"}),
    "aks-mbl-n2": ("AZ", "P", "azure", {"vm_size": "Standard_D8s_v5", "zone": "2"}),
    "aks-dev-n1": ("AZ", "D", "azure", {"vm_size": "Standard_B4ms", "zone": "1"}),
    "ICN2-STN-SRV1": ("T2", "P", "physical", {"os": "Windows Server 2022", "model": "Lenovo SR250 V2"}),
    "GMP-STN-SRV1": ("GMP", "P", "physical", {"os": "Windows Server 2019", "model": "Lenovo SR250"}),
    "CJU-STN-SRV1": ("CJU", "P", "physical", {"os": "Windows Server 2019", "model": "Lenovo SR250"}),
    "PUS-STN-SRV1": ("PUS", "P", "physical", {"os": "Windows Server 2022", "model": "Lenovo SR250 V2"}),
    # network-class devices: kiosk gateways, switches, the payment HSM
    "ICN2-KIOSK-GW3": (
        "T2",
        "P",
        "network",
        {"device": "kiosk gateway", "model": "Cisco IR1101", "firmware": "17.12.3"},
    ),
    "ICN2-KIOSK-GW4": (
        "T2",
        "P",
        "network",
        {"device": "kiosk gateway", "model": "Cisco IR1101", "firmware": "17.12.3"},
    ),
    "GMP-KIOSK-GW0": (
        "GMP",
        "P",
        "network",
        {"device": "kiosk gateway", "model": "Cisco ISR 4331", "firmware": "16.9.8"},
    ),
    "GMP-KIOSK-GW1": (
        "GMP",
        "P",
        "network",
        {"device": "kiosk gateway", "model": "Cisco IR1101", "firmware": "17.9.4"},
    ),
    "GMP-KIOSK-GW2": (
        "GMP",
        "P",
        "network",
        {"device": "kiosk gateway", "model": "Cisco IR1101", "firmware": "17.12.3"},
    ),
    "CJU-KIOSK-GW1": (
        "CJU",
        "P",
        "network",
        {"device": "kiosk gateway", "model": "Cisco IR1101", "firmware": "17.9.4"},
    ),
    "PUS-KIOSK-GW1": (
        "PUS",
        "P",
        "network",
        {"device": "kiosk gateway", "model": "Cisco IR1101", "firmware": "17.12.3"},
    ),
    "ICN-CORE-SW1": (
        "ICN",
        "P",
        "network",
        {"device": "core switch", "model": "Cisco Nexus 93180YC-FX3", "firmware": "10.3(4a)"},
    ),
    "GMP-DSW1": (
        "GMP",
        "P",
        "network",
        {"device": "distribution switch", "model": "Cisco C9300-48P", "firmware": "17.9.4"},
    ),
    "HSM-P1": (
        "ICN",
        "P",
        "network",
        {"device": "payment HSM", "model": "Thales payShield 10K", "firmware": "1.8a"},
    ),
}
NETWORK_LINKS = [  # CONNECTS_TO (device uplinks)
    ("ICN2-KIOSK-GW3", "ICN-CORE-SW1"),
    ("ICN2-KIOSK-GW4", "ICN-CORE-SW1"),
    ("GMP-KIOSK-GW1", "GMP-DSW1"),
    ("GMP-KIOSK-GW2", "GMP-DSW1"),
    ("GMP-DSW1", "ICN-CORE-SW1"),
    ("CJU-KIOSK-GW1", "ICN-CORE-SW1"),
    ("PUS-KIOSK-GW1", "ICN-CORE-SW1"),
    ("HSM-P1", "ICN-CORE-SW1"),
    ("ORA_DCS", "ORA_DCS_SBY"),  # Data Guard redo shipping
    ("QM_DCS_P1", "QM_DCS_P2"),  # DR channel
]
STATUS = {
    "GMP-KIOSK-GW0": "retired",  # replaced by GMP-KIOSK-GW1 in September
    "CJU-SBD-1": "maintenance",  # belt motor replacement
    "DCSUAT01": "maintenance",  # UAT refresh from production
    "DEVAP01": "active",
    "MBL-BFF-DEV": "active",
}
NET_PREFIX = {
    "ICN": "10.10",
    "DJN": "10.20",
    "AZ": "10.40",
    "T2": "10.51",
    "GMP": "10.52",
    "CJU": "10.53",
    "PUS": "10.54",
}
BOOKING_SIDE = {
    "PSS_RES_A",
    "PSS_RES_B",
    "PSS_INV",
    "PSS_TKT",
    "ORA_PSS",
    "REDIS-PSS1",
    "QM_PSS_P1",
    "WEB-BOOKING",
    "REDIS-WEB",
    "PAY-GW1",
    "PAY-GW2",
    "ORA_PAY",
    "HSM-P1",
    "SKYPASS-API",
    "DB2_LOY",
    "gateway",
    "NDC-API",
    "GDS-LINK",
    "F5-DMZ-LB1",
    "MBL-BFF",
    "MBL-BOOK-API",
    "MBL-AUTH",
    "AZSQL-MBL",
    "AZR-REDIS-MBL",
    "AZ-AFD-MBL",
}
CURFEW = {"GMP", "CJU", "PUS"}  # domestic airports: no departures 23:00-06:00

INCIDENTS = [
    {
        "id": "F1",
        "kind": "kiosk_gateway_network_flap",
        "root": "GMP-KIOSK-GW1",
        "description": "the GMP domestic kiosk gateway GMP-KIOSK-GW1 flaps its uplink to GMP-DSW1 (a failing SFP"
        " after firmware 17.9.4); the GMP-CUSS-A kiosks and the GMP-SBD-1 bag drop time out during the evening"
        " departure wave until the SFP is replaced; GMP-KIOSK-GW2 and GMP-CUSS-B are not affected",
        "start": kst(18, 17, 40),
        "end": kst(18, 19, 5),
        "hops": {"GMP-KIOSK-GW1": 0, "GMP-CUSS-A": 1, "GMP-SBD-1": 1},
    },
    {
        "id": "F2",
        "kind": "weather_feed_outage",
        "root": "WXFEED",
        "description": "the WXFEED weather feed stops receiving KMA/WAFS data (the outbound proxy rejects the"
        " provider's renewed certificate); FPLAN-ENG plans on stale winds, FOPS-DISPATCH cannot release"
        " flight plans with current METAR/TAF and CREW-BRIEF shows stale weather",
        "start": kst(18, 23, 20),
        "end": kst(19, 1, 35),
        "hops": {"WXFEED": 0, "FPLAN-ENG": 1, "FOPS-DISPATCH": 1, "CREW-BRIEF": 1},
    },
    {
        "id": "F3",
        "kind": "rac_interconnect_latency",
        "root": "ORA_DCS",
        "description": "one link of the bonded private interconnect of DCSDB_N2 goes down: ORA_DCS global cache"
        " waits (gc cr block busy) climb during the morning departure wave; check-in (DCS-CKI-01/02), boarding,"
        " DCS-LNB and BRS-RECON slow down and the ICN-T2 kiosks and bag drops time out",
        "start": kst(19, 7, 15),
        "end": kst(19, 8, 55),
        "hops": {
            "ORA_DCS": 0,
            "DCS-CKI-01": 1,
            "DCS-CKI-02": 1,
            "boarding": 1,
            "DCS-LNB": 1,
            "BRS-RECON": 1,
            "ICN2-CUSS-EAST": 2,
            "ICN2-CUSS-WEST": 2,
            "ICN2-SBD-01": 2,
            "ICN2-SBD-02": 2,
        },
    },
    {
        "id": "F4",
        "kind": "mq_channel_backlog",
        "root": "QM_DCS_P1",
        "description": "the sender channel DCS.TO.BPI of QM_DCS_P1 (IBM MQ on mq01.icn.prd) goes into RETRYING"
        " after the transmission queue filled; messages back up and BP-ISSUE issues boarding passes late,"
        " boarding sees missing passenger updates, BRS-RECON lags, mobile boarding passes (MBL-BFF) and the"
        " ICN-T2 east kiosks wait",
        "start": kst(19, 10, 10),
        "end": kst(19, 11, 45),
        "hops": {
            "QM_DCS_P1": 0,
            "BP-ISSUE": 1,
            "boarding": 1,
            "BRS-RECON": 1,
            "MBL-BFF": 2,
            "ICN2-CUSS-EAST": 2,
        },
    },
    {
        "id": "F5",
        "kind": "tls_handshake_failure",
        "root": "PAY-GW1",
        "description": "PAY-GW1's client certificate towards the KICC acquirer was changed at 15:45 without the"
        " intermediate CA in the chain; TLS handshakes fail for a share of card authorisations: WEB-BOOKING and"
        " PSS_TKT payments fail, NDC-API ticketing orders error (ongoing); PAY-GW2 (NICE) is fine",
        "start": kst(19, 15, 50),
        "end": None,
        "hops": {"PAY-GW1": 0, "WEB-BOOKING": 1, "PSS_TKT": 1, "NDC-API": 2},
    },
    {
        "id": "F6",
        "kind": "db_connection_exhaustion",
        "root": "DB2_LOY",
        "description": "the SKYPASS-BATCH mileage accrual was rerun in business hours with 400 threads and took"
        " every DB2_LOY connection (SQL1040N max connections reached); SKYPASS-API fails mileage lookups,"
        " WEB-BOOKING and MBL-BFF show mileage errors until the batch is killed",
        "start": kst(18, 14, 10),
        "end": kst(18, 15, 35),
        "hops": {"DB2_LOY": 0, "SKYPASS-API": 1, "SKYPASS-BATCH": 1, "WEB-BOOKING": 2, "MBL-BFF": 2},
    },
    {
        "id": "F7",
        "kind": "memory_leak",
        "root": "MBL-BOOK-API",
        "description": "MBL-BOOK-API 5.2.0 (deployed yesterday 11:30) leaks heap (a fare-cache map never"
        " evicted); memory climbs for a day, since 14:20 full-GC pauses make mobile booking slow and failing"
        " and MBL-BFF times out calling it (ongoing)",
        "start": kst(19, 14, 20),
        "end": None,
        "hops": {"MBL-BOOK-API": 0, "MBL-BFF": 1},
    },
]
F1, F2, F3, F4, F5, F6, F7 = INCIDENTS
LEAK_FROM = kst(18, 11, 30)  # MBL-BOOK-API 5.2.0 deployed
QFILE_FROM = kst(19, 9, 40)  # QM_DCS_P1 transmission queue starts to fill


def build_cis(rng: random.Random) -> tuple[list[dict], list[tuple[str, str, str]]]:
    cis, rels = [], []
    for name, (kind, owner, site, env, on, deps, extra) in SERVICES.items():
        attrs: dict = {}
        if kind == "service":
            attrs["version"] = f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
        if name == "MBL-BOOK-API":
            attrs["version"] = "5.2.0"
        attrs |= extra
        cis.append(ci_record(name, kind, ENVS[env], owner, SITES[site], attrs, STATUS.get(name, "active")))
        rels += service_relations(name, deps, on)
    for lb, (site, owner, targets, attrs) in LOAD_BALANCERS.items():
        cis.append(ci_record(lb, "load_balancer", "prod", owner, SITES[site], attrs))
        rels += [(lb, t, "CONNECTS_TO") for t in targets]
    for st, (site, owner, attrs, attached) in STORAGE.items():
        cis.append(ci_record(st, "storage", "prod", owner, SITES[site], attrs))
        rels += [(h, st, "CONNECTS_TO") for h in attached]
    for i, (h, (site, env, kind, extra)) in enumerate(HOSTS.items()):
        env_net = {"P": 0, "S": 100, "D": 200}[env]
        attrs: dict = {"ip": f"{NET_PREFIX[site]}.{env_net + 10 + i // 12}.{11 + (i * 7) % 230}"}
        if kind == "vm":
            attrs |= {
                "os": rng.choice(["RHEL 8.8", "RHEL 9.2", "Rocky 9.3"]),
                "cores": rng.choice([4, 8, 16]),
                "memory_gb": rng.choice([16, 32, 64]),
                "hypervisor": "VMware vSphere 8.0U2"
                if not extra.get("os", "").startswith("AIX")
                else "PowerVM",
                "rack": f"ICN-B{rng.randint(1, 4)}-R{rng.randint(1, 24):02d}",
            }
        elif kind == "physical":
            attrs |= {
                "cores": rng.choice([32, 48, 64, 96])
                if "DB" in h.upper() or "dbsby" in h
                else rng.choice([8, 16]),
                "memory_gb": rng.choice([512, 768, 1024]) if "DB" in h.upper() or "dbsby" in h else 64,
                "rack": f"{site}-{rng.choice('ABC')}{rng.randint(1, 6)}-R{rng.randint(1, 30):02d}",
                "serial": f"SGH{rng.randint(100000, 999999)}",
            }
        elif kind == "azure":
            attrs |= {"os": "Azure Linux 2.0", "cores": 8 if "D8" in extra["vm_size"] else 4}
            attrs["memory_gb"] = 32 if "D8" in extra["vm_size"] else 16
        else:  # network
            attrs |= {"vendor": "Thales" if h.startswith("HSM") else "Cisco", "mgmt_vlan": 900 + i % 7}
        attrs |= extra
        owner = NET if kind == "network" and not h.startswith("HSM") else CLOUD if site == "AZ" else INFRA
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    rels += [(a, b, "CONNECTS_TO") for a, b in NETWORK_LINKS]
    # the payment HSM belongs to the payment team
    for c in cis:
        if c["name"] == "HSM-P1":
            c["owner"] = PAY
    check_hops(rels)
    return sorted(cis, key=lambda c: c["name"]), rels


def check_hops(rels: list[tuple[str, str, str]]) -> None:
    """Each incident's hop numbers are the DEPENDS_ON distance from the root (walking to dependants)."""
    into: dict[str, set[str]] = {}
    for s, t, k in rels:
        if k == "DEPENDS_ON":
            into.setdefault(t, set()).add(s)
    for inc in INCIDENTS:
        dist, todo = {inc["root"]: 0}, deque([inc["root"]])
        while todo:
            n = todo.popleft()
            for m in into.get(n, ()):
                if m not in dist:
                    dist[m] = dist[n] + 1
                    todo.append(m)
        for ci, hop in inc["hops"].items():
            assert dist.get(ci) == hop, (inc["id"], ci, hop, dist.get(ci))


# ---------------------------------------------------------------------- load shapes


def _ops(ts: datetime, site: str = "ICN") -> float:
    """Airport/departure-control load: departure waves around 08:00 and 18:30 KST, a midday shoulder; the
    domestic stations are shut overnight."""
    h = seoul_hour(ts)
    if site in CURFEW and (h >= 23 or h < 6):
        return 0.03
    wave = math.exp(-((h - 8.0) ** 2) / (2 * 1.6**2)) + 0.85 * math.exp(-((h - 18.5) ** 2) / (2 * 1.8**2))
    mid = 0.45 * math.exp(-((h - 13.0) ** 2) / (2 * 2.2**2))
    return 0.12 + 0.8 * min(1.0, wave + mid)


def _booking(ts: datetime) -> float:
    """Booking traffic: low at night, lunch bump, the evening peak around 21:30 KST."""
    h = seoul_hour(ts)
    dist = min(abs(h - 21.5), 24 - abs(h - 21.5))
    return (
        0.18 + 0.7 * math.exp(-(dist**2) / (2 * 3.0**2)) + 0.3 * math.exp(-((h - 12.5) ** 2) / (2 * 1.5**2))
    )


def _load(name: str, site: str, ts: datetime) -> float:
    return _booking(ts) if name in BOOKING_SIDE else _ops(ts, site)


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "F1": {0: (6.0, 9.0), 1: (3.2, 14.0)},
    "F2": {0: (12.0, 64.0), 1: (1.4, 4.5)},
    "F3": {0: (9.0, 1.2), 1: (3.6, 2.4), 2: (1.5, 3.1)},
    "F4": {0: (40.0, 0.8), 1: (5.5, 3.8), 2: (1.2, 1.6)},
    "F5": {0: (1.6, 23.0), 1: (0.7, 9.5), 2: (0.3, 3.4)},
    "F6": {0: (6.5, 31.0), 1: (2.2, 18.0), 2: (0.5, 4.2)},
    "F7": {0: (6.0, 7.5), 1: (2.1, 3.3)},
}


SITE_CODE = {v: k for k, v in SITES.items()}
HOST = HostBaseline(cpu=(0.5, 0.7, 1.1), memory=(4, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.85, 0.3, 0.05), memory=(9, 0.5))


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, site, kind, rows = ci["name"], SITE_CODE[ci["location"]], HOSTS[ci["name"]][2], []
    if kind == "network":
        return _network_metrics(rng, name, site, times)
    cpu0, mem0, disk0 = rng.uniform(10, 38), rng.uniform(35, 62), rng.uniform(24, 61)
    growth = rng.uniform(0, 0.5)
    if name.startswith(("PSSDB", "DCSDB")):
        cpu0, mem0 = rng.uniform(32, 44), rng.uniform(68, 74)
    booking = name in {"WEBAP01", "aks-mbl-n1", "aks-mbl-n2"}
    load = _booking if booking else lambda ts: _ops(ts, site)
    for ts, _, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "DCSDB_N2":  # interconnect: gc retransmits burn CPU on the node with the half link
            cpu += (88.5 + rng.gauss(0, 1.3) - cpu) * ramp(
                ts, F3["start"] - timedelta(minutes=5), F3["end"], rise=15, fall=10
            )
        if name == "DCSDB_N1":
            cpu += 22 * ramp(ts, F3["start"], F3["end"], rise=20, fall=10)
        if name == "DB2P1":  # 400 agents of the batch
            cpu += (91.5 + rng.gauss(0, 1.4) - cpu) * ramp(
                ts, F6["start"] - timedelta(minutes=5), F6["end"], rise=10, fall=10
            )
            mem += (93.0 + rng.gauss(0, 0.5) - mem) * ramp(
                ts, F6["start"] - timedelta(minutes=5), F6["end"], rise=20, fall=15
            )
        if name == "mq01.icn.prd" and ts >= QFILE_FROM:  # the transmission queue file grows on /var/mqm
            disk += (96.0 + rng.gauss(0, 0.25) - disk) * ramp(
                ts, QFILE_FROM, F4["end"] + timedelta(minutes=10), rise=30, fall=40
            )
        if name == "aks-mbl-n2":  # the node under the leaking pods
            mem += 36 * max(0.0, progress(ts, LEAK_FROM, NOW)) ** 1.4
        if name == "FOPSAP02":  # WXFEED retry storm
            cpu += 35 * ramp(ts, F2["start"], F2["end"], rise=10, fall=10)
        rows += samples(ts, name, cpu_usage=max(0.5, min(cpu, 99.5)), memory_usage=min(mem, 99.0))
        if kind != "azure":
            rows.append((ts, name, "disk_usage", min(disk, 99.2)))
    return rows


def _network_metrics(rng: random.Random, name: str, site: str, times: list[datetime]) -> list:
    """Network-class devices: CPU, memory, round-trip time to the core and packet loss (as error_rate)."""
    rows = []
    cpu0, mem0 = rng.uniform(6, 22), rng.uniform(28, 48)
    rtt0 = rng.uniform(0.8, 2.5) if site in {"ICN", "T2"} else rng.uniform(6, 12)
    for ts in times:
        d = _ops(ts, site)
        cpu = cpu0 * (0.6 + 0.6 * d) + rng.gauss(0, 0.8)
        mem = mem0 + rng.gauss(0, 0.3)
        rtt = rtt0 * (1 + rng.gauss(0, 0.06))
        loss = max(0.0, rng.gauss(0.02, 0.015))
        for inc, _hop, r in incident_hits(INCIDENTS, name, ts):
            if inc["id"] == "F1":  # the flapping uplink: loss comes and goes
                flap = 0.55 + 0.45 * math.sin((ts - inc["start"]).total_seconds() / 300)
                loss += r * flap * 21.0
                rtt *= 1 + r * flap * 14.0
                cpu += r * 30
        rows += samples(
            ts,
            name,
            cpu_usage=max(0.5, min(cpu, 99.5)),
            memory_usage=mem,
            response_time_ms=rtt,
            error_rate=min(loss, 100.0),
        )
    return rows


def _standby_backups(rng: random.Random, ts: datetime) -> float:
    """DJN-NAS-BKP: RMAN backups of both standbys pile up, the purge job is off since Monday."""
    return 80.5 + 11.8 * progress(ts, START, NOW) + rng.gauss(0, 0.05)


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    filling = _standby_backups if ci["name"] == "DJN-NAS-BKP" else None
    return storage_fill(rng, ci["name"], times, START, (41, 63), 0.25, filling)


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, kind, site, rows = ci["name"], ci["type"], SITE_CODE[ci["location"]], []
    rt0 = level_by_kind(rng, kind, (2.5, 14), (0.3, 1.6), (3, 12), (5, 30), other=(40, 260))
    if name == "MBL-BOOK-API":
        rt0 = 185.0
    if name == "PAY-GW1":
        rt0 = 320.0
    if name == "PAY-GW2":
        rt0 = 290.0
    if name == "WXFEED":
        rt0 = 410.0
    levels = rt0, rng.uniform(0.02, 0.4), None, rng.uniform(30, 55)
    with_memory = kind == "cache" or site == "AZ" or name.startswith("SKYPASS")
    for ts, _, rt, err, _, mem in SERVICE.walk(rng, times, lambda ts: _load(name, site, ts), levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = hop_effect(EFFECT, inc, hop)
            if inc["id"] == "F1":
                r *= 0.55 + 0.45 * math.sin((ts - inc["start"]).total_seconds() / 300)
            rt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
        if name == "MBL-BOOK-API":
            mem = 41 + 52 * max(0.0, progress(ts, LEAK_FROM, NOW)) ** 1.5
            mem += rng.gauss(0, 0.4)
        if name == "SKYPASS-BATCH":
            mem += 30 * ramp(ts, F6["start"] - timedelta(minutes=10), F6["end"], rise=15, fall=10)
        rows += samples(ts, name, response_time_ms=rt, error_rate=min(err, 100.0))
        if with_memory:
            rows.append((ts, name, "memory_usage", min(mem, 99.5)))
    return rows


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (17, 16, 45, "DJN-NAS-BKP", "warning", "threshold_breach", "disk_usage above 80% on /rman (purge job disabled)"),
    (17, 19, 30, "SKYPASS-BATCH", "info", "batch_job", "Daily mileage accrual skipped: partner file late (OZ)"),
    (17, 22, 0, "ORA_PSS", "info", "backup", "RMAN level 1 backup of ORA_PSS to DJN-NAS-BKP done (1.8 TB)"),
    (18, 0, 30, "ORA_DCS", "info", "backup", "RMAN level 1 backup of ORA_DCS to DJN-NAS-BKP done (1.1 TB)"),
    (18, 2, 0, "SKYPASS-BATCH", "minor", "batch_job", "Daily mileage accrual failed: partner file checksum error"),
    (18, 3, 15, "NAVDATA", "info", "config_change", "AIRAC 2512 database loaded for effective date 2026-11-27"),
    (18, 6, 10, "GMP-KIOSK-GW1", "warning", "link_flap", "Gi0/0/0 uplink down/up once (1 s)"),
    (18, 9, 40, "CJU-SBD-1", "info", "maintenance", "Bag drop taken out of service: belt motor replacement"),
    (18, 11, 30, "MBL-BOOK-API", "info", "deployment", "Deployed MBL-BOOK-API 5.2.0 (fare cache for mobile search)"),
    (18, 12, 45, "PSS_INV", "info", "batch_job", "Schedule change SSIM W26 applied to inventory (312 flights)"),
    (18, 13, 5, "WEB-BOOKING", "info", "deployment", "Deployed WEB-BOOKING 8.14.1 (seat map fix)"),
    (18, 16, 20, "DCSUAT01", "info", "maintenance", "UAT refresh from production started (DCS-CKI-U1 down)"),
    (18, 21, 10, "HSM-P1", "info", "login", "Key custodian login for ZMK ceremony prep (ticket PAY-772)"),
    (19, 0, 30, "ORA_DCS", "info", "backup", "RMAN level 1 backup of ORA_DCS to DJN-NAS-BKP done (1.1 TB)"),
    (19, 2, 0, "SKYPASS-BATCH", "info", "batch_job", "Daily mileage accrual done (1.42 M accruals, 58 min)"),
    (19, 7, 20, "DJN-NAS-BKP", "major", "threshold_breach", "disk_usage above 90% on /rman"),
    (19, 6, 20, "kfk02.icn.prd", "minor", "restart", "Kafka broker 2 restarted after OOM kill, ISR caught up"),
    (19, 10, 35, "aks-mbl-n2", "warning", "threshold_breach", "memory_usage above 80% (node)"),
    (19, 12, 30, "DCS-CKI-D1", "info", "deployment", "Deployed DCS-CKI-D1 11.3.0-SNAPSHOT"),
    (19, 13, 10, "ICN2-SBD-02", "minor", "hardware", "Unit 07 scale calibration error, unit blocked"),
    (19, 13, 40, "gateway", "info", "config_change", "Rate limit for agency HANATOUR raised 200 -> 300 req/s"),
    (19, 14, 5, "PSS_RES_B", "info", "restart", "Rolling restart of PSS_RES_B managed servers (heap settings)"),
]
INCIDENT_EVENTS = [
    # F6 (yesterday afternoon)
    (18, 14, 2, "SKYPASS-BATCH", "info", "batch_job", "Mileage accrual rerun started with 400 threads (ticket LOY-2231)"),
    (18, 14, 12, "DB2_LOY", "critical", "db_connections", "SQL1040N max number of applications (400) reached"),
    (18, 14, 16, "SKYPASS-API", "major", "error", "connection pool exhausted: cannot get DB2 connection in 5 s"),
    (18, 14, 20, "DB2P1", "warning", "threshold_breach", "cpu_usage above 90% for 5 min"),
    (18, 14, 24, "WEB-BOOKING", "warning", "error", "mileage balance unavailable on booking page (HTTP 503)"),
    (18, 14, 31, "MBL-BFF", "warning", "error", "SKYPASS-API calls failing (HTTP 503)"),
    (18, 15, 28, "SKYPASS-BATCH", "info", "batch_job", "Rerun killed by operator, rescheduled to 02:00"),
    (18, 15, 38, "DB2_LOY", "info", "recovery", "Connections back to 96, applications normal"),
    # F1 (yesterday evening)
    (18, 17, 41, "GMP-KIOSK-GW1", "major", "link_flap", "Gi0/0/0 uplink to GMP-DSW1 flapping (9 changes in 5 min)"),
    (18, 17, 47, "GMP-CUSS-A", "major", "timeout", "kiosk sessions timing out reaching DCS-CKI-02"),
    (18, 17, 52, "GMP-SBD-1", "major", "timeout", "bag tag print timeout, 5 units offline"),
    (18, 18, 10, "GMP-KIOSK-GW1", "critical", "link_flap", "uplink flapping continues, packet loss 18%"),
    (18, 18, 55, "GMP-KIOSK-GW1", "info", "hardware", "SFP on Gi0/0/0 replaced by field engineer"),
    (18, 19, 8, "GMP-KIOSK-GW1", "info", "recovery", "uplink stable for 10 min, kiosks back online"),
    # F2 (last night)
    (18, 23, 21, "WXFEED", "critical", "feed_outage", "No METAR/TAF received from KMA for 5 min (proxy TLS error)"),
    (18, 23, 30, "FPLAN-ENG", "major", "stale_data", "Winds aloft older than 60 min, planning on last GRIB"),
    (18, 23, 34, "FOPS-DISPATCH", "major", "error", "Flight release blocked: weather briefing package incomplete"),
    (18, 23, 45, "CREW-BRIEF", "warning", "stale_data", "Briefing pack shows weather older than 30 min"),
    (19, 1, 20, "WXFEED", "info", "config_change", "Proxy CA bundle updated with the provider's new certificate"),
    (19, 1, 36, "WXFEED", "info", "recovery", "Feed resumed, backlog of 27 bulletins ingested"),
    # F3 (this morning)
    (19, 7, 12, "DCSDB_N2", "major", "nic_down", "bond1 slave ens4f1 down: interconnect on one link"),
    (19, 7, 18, "ORA_DCS", "major", "threshold_breach", "gc cr block busy waits above 40 ms"),
    (19, 7, 30, "DCS-CKI-01", "major", "threshold_breach", "response_time_ms above 200 ms for 5 min"),
    (19, 7, 30, "DCS-CKI-02", "major", "threshold_breach", "response_time_ms above 1000 ms for 5 min"),
    (19, 7, 30, "boarding", "warning", "threshold_breach", "response_time_ms above 400 ms"),
    (19, 7, 31, "ICN2-CUSS-EAST", "warning", "timeout", "check-in transaction timeouts at kiosks (zone D-E)"),
    (19, 7, 36, "ICN2-SBD-01", "warning", "timeout", "bag drop waiting on check-in, queue at zone D"),
    (19, 8, 48, "DCSDB_N2", "info", "hardware", "ens4f1 cable reseated, bond1 back on two links"),
    (19, 8, 58, "ORA_DCS", "info", "recovery", "gc waits back to normal"),
    # F4 (this morning, later)
    (19, 9, 55, "mq01.icn.prd", "warning", "threshold_breach", "disk_usage above 80% on /var/mqm"),
    (19, 10, 11, "QM_DCS_P1", "critical", "channel_retry", "AMQ9202E channel DCS.TO.BPI RETRYING, xmitq depth 48211"),
    (19, 10, 18, "BP-ISSUE", "major", "backlog", "boarding pass requests queued, oldest 6 min"),
    (19, 10, 22, "boarding", "major", "error", "passenger list updates missing for gates 250-254"),
    (19, 10, 25, "BRS-RECON", "warning", "backlog", "BSM processing lag 9 min"),
    (19, 10, 33, "MBL-BFF", "warning", "timeout", "mobile boarding pass generation timeout"),
    (19, 11, 30, "QM_DCS_P1", "info", "config_change", "channel DCS.TO.BPI stopped/started, xmitq MAXDEPTH 50000 -> 200000"),
    (19, 11, 47, "QM_DCS_P1", "info", "recovery", "xmitq drained, channel RUNNING"),
    # F7 (ongoing)
    (19, 11, 25, "MBL-BOOK-API", "warning", "threshold_breach", "memory_usage above 80% (heap)"),
    (19, 14, 22, "MBL-BOOK-API", "major", "gc_pause", "full GC pauses 3.4 s (old gen 94%)"),
    (19, 14, 40, "MBL-BFF", "warning", "timeout", "timeout calling MBL-BOOK-API (fare search, 4 s)"),
    (19, 15, 30, "MBL-BOOK-API", "major", "threshold_breach", "memory_usage above 90% (heap)"),
    (19, 15, 40, "MBL-BOOK-API", "major", "restart", "pod mbl-book-api-7c9f OOMKilled and restarted"),
    # F5 (ongoing)
    (19, 15, 45, "PAY-GW1", "info", "cert_change", "Client certificate for KICC replaced (renewal, CHG-55120)"),
    (19, 15, 52, "PAY-GW1", "critical", "tls_error", "TLS handshake failed with KICC: unable to get local issuer certificate"),
    (19, 15, 58, "WEB-BOOKING", "major", "error", "card payment failures 10% (PG timeout / handshake)"),
    (19, 16, 3, "PSS_TKT", "major", "error", "ticket issuance pending payment confirmation (EMD/ETKT)"),
    (19, 16, 5, "PAY-GW1", "critical", "threshold_breach", "error_rate above 15% for 10 min"),
    (19, 16, 12, "NDC-API", "warning", "error", "OrderCreate failed: payment declined upstream (agency TOPAS)"),
]
# fmt: on


def main() -> None:
    events = dated(kst, BACKGROUND + INCIDENT_EVENTS)
    series = _host_metrics, _storage_metrics, _service_metrics
    generate(NAME, "airline", SEED, (START, NOW), INCIDENTS, events, build_cis, series)


if __name__ == "__main__":
    main()

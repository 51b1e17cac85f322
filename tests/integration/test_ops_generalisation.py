"""Generalisation: ko/en on-call questions over estates unlike the demo — telco-mid (327 questions,
bench/telco_*.py), retail-kr (355, bench/retail_*.py), bank-fin (141, bench/bank_*.py: blind batch 9,
names with dots, underscores and mixed case) and saas-cloud (159, bench/saas_*.py: blind batch 10, AWS/EKS
region-prefixed names and generic words such as `api`, `auth`, `search` as CI names) and plant-mes (164,
bench/plant_*.py: blind batch 11, factory IT/OT names such as `MES_APP_01`, `OPCUA_BRK_2`, `SCADA-GW-PT1`,
`pyeongtaek-mes` and ordinary words such as `historian`, `backup` as CI names) and hosp-emr (169,
bench/hosp_*.py: blind batch 12, a hospital with CamelCase locations and names such as `IlsanBranch`,
`wardBoard`, acronyms such as `EMRPRD`), game-live (180, bench/game_*.py: blind batch 13, game live-ops
codes such as `gs-kr1-ch03`, everyday words such as `lobby`, `store`) and media-ott (160, bench/media_*.py:
blind batch 14, dotted service names such as `player.api`), logi-parcel (170, batch 15), air-ops (169,
batch 16: IATA codes, business functions in a `function` attribute) and civic-gov (170, bench/civic_*.py:
batch 17, a public-sector portal with romanised Korean names and Korean `description`/`system` values) and
edu-univ (190, bench/univ_*.py: batch 18, a university with Latin codenames, rack positions and services
named by their Korean `system` function) and energy-grid (169, bench/grid_*.py: batch 19, a power utility
with Azure resource names beside on-prem codes), metro-rail, port-tos and hotel-chain (batches 20–22) and
insure-life (205, bench/insure_*.py: batch 23, an insurer with IBM i LPARs, dotted MQ queue managers and a
contact centre) and crypto-exch (180, bench/crypto_*.py: batch 24, an exchange's matching engines, wallets,
chain nodes and HSMs) and food-dlv (224, bench/food_*.py: batch 25, a delivery platform with utensil
codenames, fish-named hosts and EC2 instance ids as host names) and ev-charge (241, bench/ev_*.py: batch 26,
an EV charging operator with star codenames and site controllers) and water-util (261, bench/water_*.py:
batch 27, a water utility with dotted site-prefixed hosts, PRD/TST environments and pumping stations) and
pharma-mfg (285, bench/pharma_*.py: batch 28, a drug maker's GMP plants, cold chain and ERP) and
secu-broker (286, bench/secu_*.py: batch 29, a brokerage with romanised snake_case business codes and
rack-slot host names) and fab-semi (287, bench/fab_*.py: batch 30, a chip fab's bay gateways and MES) and
card-van (286, bench/van_*.py: batch 31, a card VAN/PG with dotted issuer links and asset-tag hosts) and
mobility (286, bench/mob_*.py: batch 32, ride-hailing with camelCase services and cloud-generated hosts) and
webtoon (286, bench/wt_*.py: batch 33, drawing-word services and ordinary words as CI names) and carmaker
(285, bench/car_*.py: batch 34, plant/shop codes and double-underscore services), ticketing and
weather-kma (batches 35–36), travel-ota (285, bench/ota_*.py: batch 37, an online travel agency with bird
code names and GKE node names) and tax-efile (288, bench/tax_*.py: batch 38, a national tax e-filing
service with romanised names and rack hosts), realty, payroll, farm and ads (batches 39–42), edtech-live
and lotto-toto (batches 43–44), emergency-dispatch (287, bench/cad_*.py: batch 45, a 119 dispatch centre
with romanised snake_case services and HWR-/hbsv- codes) and shipyard-mes (285, bench/shy_*.py: batch 46,
a shipyard's MES, welding-line gateways and robot controllers), expressway-toll (285, bench/tol_*.py:
batch 47, a toll operator's lane controllers, Hi-pass gateways and settlement) and cinema-chain (284,
bench/cin_*.py: batch 48, a multiplex chain's booking, kiosks and projection servers), postal-service (284,
bench/pst_*.py: batch 49, a postal operator's counters, sorting centres and savings core on DB2 LPARs) and
music-streaming (283, bench/mus_*.py: batch 50, a streaming service's player, charts and royalty batch),
city-gas (288, bench/gas_*.py: batch 51, a gas supplier's SCADA, RTUs, smart meters and billing) and
colo-datacenter (289, bench/idc_*.py: batch 52, a colocation operator's BMS gateways, facility devices,
portal and power billing), news-portal (284, bench/ptl_*.py: batch 53, a web portal's search, news,
comments and mail on OpenSearch/Kafka/Ceph with rack-coded hosts) and dawn-grocery (289, bench/dawn_*.py:
batch 54, a dawn grocery delivery company's cold-chain sensors, picking and dispatch, bird code names and
EKS node names), blood-service (287, bench/bld_*.py: batch 55, a national blood service's donation centres,
lab analysers and cold chain), fan-platform (283, bench/fan_*.py: batch 56, a K-pop fan platform's live
streaming, merch drops and GPU inference), duty-free (284, bench/dfs_*.py: batch 57, a duty-free retailer's
airport POS, pickup desks and bonded warehouse), transit-card (282, bench/tcd_*.py: batch 58, a transit-card
operator's fare collection, settlement batches and HSM key management), broadcaster (288, bench/bcs_*.py:
batch 59, a broadcaster's playout chains, newsroom and MAM archive), bike-share (281, bench/bke_*.py: batch
60, a city bike-sharing service's docking stations, rentals and rebalancing), ebook-store (285,
bench/ebk_*.py: batch 61, an online bookstore's storefront, e-book DRM and web-novel serials),
cvs-franchise (286, bench/cvs_*.py: batch 62, a convenience-store franchise's POS gateways, store ordering and
cold chain), sat-ground (285, bench/sat_*.py: batch 63, a satellite operator's ground stations, TT&C and image
chain) and resort-casino (286, bench/irs_*.py: batch 64, an integrated resort's casino, hotel and ski lifts),
genome-lab (285, bench/gnm_*.py: batch 65, a genomics institute's sequencers, Slurm cluster and clinical
reports), used-market (286, bench/jng_*.py: batch 66, a second-hand marketplace's listings, chat and escrow),
steel-mill (286, bench/stl_*.py: batch 67, a steel works' L2 computers, historians and OT gateways),
apt-homenet (285, bench/hnt_*.py: batch 68, apartment complexes' wall-pads, parking gates and metering),
theme-park (286, bench/thm_*.py: batch 69, rides, gates, passes and a hotel), wind-farm (286,
bench/wnd_*.py: batch 70, turbine SCADA, substations, power trading and offshore links), contact-center (285,
bench/ccx_*.py: batch 71, a BPO contact centre's SBCs, IVR, CTI, recording and voicebots), elevator-iot
(287, bench/elv_*.py: batch 72, elevator remote monitoring: gateways, MQTT, emergency calls and dispatch),
car-rental (288, bench/rnt_*.py: batch 73, telematics, reservations, kiosks and damage-photo AI),
battery-fab (285, bench/bat_*.py: batch 74, an EV cell factory's MES, formation racks and dry rooms),
customs-trade (286, bench/cst_*.py: batch 75, e-clearance, manifests, X-ray AI and duty payment),
district-heat (285, bench/dht_*.py: batch 76, CHP plants, heat storage, AMI billing and power bidding),
cold-chain (289, bench/cch_*.py: batch 77, refrigerated warehouses, reefer telematics, WMS/TMS),
court-efile (285, bench/crt_*.py: batch 78, court e-filing, PKI, fees, e-service and video hearings),
map-nav (290, bench/nav_*.py: batch 79, map tiles, routing, traffic ingestion and in-car navigation),
health-claims (285, bench/hcl_*.py: batch 80, claims intake and review, DUR checks, payments over bank lines),
coffee-chain (286, bench/cof_*.py: batch 81, mobile pre-orders, store POS fleets, VAN lines and a roastery),
tv-shopping (286, bench/tvs_*.py: batch 82, live playout, ARS ordering, instalments and couriers),
parking-platform (285, bench/prk_*.py: batch 83, lot gates, LPR cameras, passes, auto-pay and owner settlement)
and mvno-telecom (285, bench/mvn_*.py: batch 84, an MVNO's BSS, number porting, eSIM and a light core) —
asked in-process against the real stores and judged by the shared scorer (tests/fixtures/check_ops.py).

Prints accuracy, confidently wrong answers (`ok` but wrong), RCA root-first and top-3, and per batch tag;
asserts the figures bench/RESULTS.md records, so a regression in any class of question fails here.
"""

import importlib.util
import json
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from services.core import db
from services.core.security import SYSTEM
from services.infra.importer import import_path
from services.ops.service import ask
from tests.conftest import _point_app_at, clone_database, drop_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

# golden file: (min accuracy, max confidently wrong, min RCA root first, min RCA root in top 3) — the
# figures bench/RESULTS.md records; the targets are 90 % / 2 % / 75 % / 90 %.
ESTATES = {
    "ops-golden-telco.json": (0.95, 0.02, 0.75, 0.90),
    "ops-golden-retail.json": (0.95, 0.02, 0.75, 0.90),
    "ops-golden-bank.json": (0.95, 0.02, 0.75, 0.90),
    "ops-golden-saas.json": (0.95, 0.02, 0.75, 0.90),
    "ops-golden-plant.json": (0.95, 0.02, 0.75, 0.90),
    "ops-golden-hosp.json": (0.95, 0.02, 0.75, 0.90),
    "ops-golden-media.json": (0.95, 0.02, 0.75, 0.90),
    "ops-golden-game.json": (0.96, 0.02, 0.75, 0.90),
    "ops-golden-logi.json": (0.94, 0.02, 0.75, 0.90),
    "ops-golden-air.json": (0.95, 0.02, 0.80, 0.90),
    "ops-golden-civic.json": (0.96, 0.02, 0.80, 0.95),
    "ops-golden-univ.json": (0.97, 0.02, 0.90, 0.95),
    # grid: RCA root first 13/17 and top 3 14/17, below the bar: see bench/RESULTS.md
    "ops-golden-grid.json": (0.91, 0.02, 0.75, 0.80),
    # metro: first run 80.7 % / 6.1 % confidently wrong, RCA 9/18; see bench/RESULTS.md
    "ops-golden-metro.json": (0.94, 0.02, 0.85, 0.85),
    # port: first run 81.5 % / 6.5 % confidently wrong, RCA 10/18; RCA top 3 below the bar: bench/RESULTS.md
    "ops-golden-port.json": (0.90, 0.02, 0.80, 0.80),
    # hotel: first run 78.2 % / 5.9 % confidently wrong, RCA 11/20; see bench/RESULTS.md
    "ops-golden-hotel.json": (0.93, 0.02, 0.95, 0.95),
    # insure: first run 82.0 % / 6.3 % confidently wrong, RCA 20/26; see bench/RESULTS.md
    "ops-golden-insure.json": (0.93, 0.02, 0.85, 0.95),
    # crypto: first run 82.8 % / 5.6 % confidently wrong, RCA 19/26; see bench/RESULTS.md
    "ops-golden-crypto.json": (0.94, 0.02, 0.95, 0.95),
    # food: first run 75.4 % / 9.4 % confidently wrong, RCA 19/35; below the bar: see bench/RESULTS.md
    "ops-golden-food.json": (0.90, 0.025, 0.80, 0.85),
    # ev: first run 70.1 % / 8.7 % confidently wrong, RCA 22/36; below the bar: see bench/RESULTS.md
    # 5/241 (2.1 %) since "NKS 워커노드 몇대" counts the staging node too (the set counts prod's five)
    "ops-golden-ev.json": (0.84, 0.021, 0.90, 0.90),
    # water: first run 73.6 % / 6.5 % confidently wrong, RCA 26/40; below the bar: see bench/RESULTS.md
    "ops-golden-water.json": (0.91, 0.02, 0.95, 0.95),
    # pharma: first run 80.0 % / 4.2 % confidently wrong, RCA 38/43; below the bar: see bench/RESULTS.md
    "ops-golden-pharma.json": (0.91, 0.025, 0.90, 0.90),
    # secu: first run 74.5 % / 8.0 % confidently wrong, RCA 28/49; below the bar: see bench/RESULTS.md
    "ops-golden-secu.json": (0.90, 0.02, 0.75, 0.85),
    # fab: first run 74.6 % / 7.7 % confidently wrong, RCA 26/47; below the bar: see bench/RESULTS.md
    "ops-golden-fab.json": (0.91, 0.036, 0.85, 0.91),
    # van: first run 80.8 % / 7.7 % confidently wrong, RCA 27/49; below the bar: see bench/RESULTS.md
    "ops-golden-van.json": (0.91, 0.015, 0.9, 0.9),
    # mob: first run 82.2 % / 6.3 % confidently wrong, RCA 39/45; below the bar: see bench/RESULTS.md
    "ops-golden-mob.json": (0.89, 0.02, 0.88, 0.88),
    # wt: first run 87.1 % / 5.2 % confidently wrong, RCA 41/50; below the bar: see bench/RESULTS.md
    "ops-golden-wt.json": (0.95, 0.01, 0.95, 0.95),
    # car: first run 86.7 % / 2.8 % confidently wrong, RCA 35/41; below the bar: see bench/RESULTS.md
    "ops-golden-car.json": (0.92, 0.01, 0.95, 0.95),
    # tix: first run 81.2 % / 5.0 % confidently wrong, RCA 32/40; below the bar: see bench/RESULTS.md
    "ops-golden-tix.json": (0.89, 0.025, 0.90, 0.90),
    # wx: first run 86.0 % / 6.0 % confidently wrong, RCA 38/48; below the bar: see bench/RESULTS.md
    "ops-golden-wx.json": (0.94, 0.015, 0.85, 0.85),
    # ota: first run 88.8 % / 2.8 % confidently wrong, RCA 36/46; see bench/RESULTS.md
    "ops-golden-ota.json": (0.93, 0.025, 0.84, 0.95),
    # tax: first run 86.5 % / 4.9 % confidently wrong, RCA 43/50; see bench/RESULTS.md
    "ops-golden-tax.json": (0.92, 0.02, 0.90, 0.90),
    # realty: first run 88.3 % / 4.3 % confidently wrong, RCA 28/39; see bench/RESULTS.md
    "ops-golden-realty.json": (0.94, 0.015, 0.85, 0.85),
    # payroll: first run 89.7 % / 4.3 % confidently wrong, RCA 35/47; see bench/RESULTS.md
    "ops-golden-payroll.json": (0.94, 0.015, 0.85, 0.87),
    # farm: first run 87.1 % / 3.8 % confidently wrong, RCA 42/46; see bench/RESULTS.md
    "ops-golden-farm.json": (0.90, 0.022, 0.95, 0.95),
    # ads: first run 89.5 % / 2.1 % confidently wrong, RCA 39/47; see bench/RESULTS.md
    "ops-golden-ads.json": (0.93, 0.005, 0.95, 0.95),
    # edl: first run 87.7 % / 4.2 % confidently wrong, RCA 34/44; see bench/RESULTS.md
    "ops-golden-edl.json": (0.94, 0.015, 0.90, 0.90),
    # lot: first run 92.3 % / 2.1 % confidently wrong, RCA 43/48; see bench/RESULTS.md
    "ops-golden-lot.json": (0.96, 0.01, 0.95, 0.95),
    # cad: first run 91.6 % / 1.7 % confidently wrong, RCA 36/40; see bench/RESULTS.md
    "ops-golden-cad.json": (0.96, 0.011, 0.95, 0.95),
    # shy: first run 94.7 % / 1.4 % confidently wrong, RCA 45/47; see bench/RESULTS.md
    "ops-golden-shy.json": (0.96, 0.015, 0.95, 0.95),
    # tol: first run 90.5 % / 3.5 % confidently wrong, RCA 32/45 (top 3 39/45); see bench/RESULTS.md
    "ops-golden-tol.json": (0.96, 0.011, 0.84, 0.88),
    # cin: first run 93.0 % / 2.5 % confidently wrong, RCA 42/44; see bench/RESULTS.md
    "ops-golden-cin.json": (0.96, 0.011, 0.95, 0.95),
    # pst: first run 85.9 % / 4.2 % confidently wrong, RCA 38/43; see bench/RESULTS.md
    "ops-golden-pst.json": (0.90, 0.011, 0.95, 0.95),
    # mus: first run 90.5 % / 2.1 % confidently wrong, RCA 38/45; see bench/RESULTS.md
    "ops-golden-mus.json": (0.91, 0.008, 0.88, 0.90),
    # gas: first run 89.9 % / 3.1 % confidently wrong, RCA 40/45; see bench/RESULTS.md
    "ops-golden-gas.json": (0.90, 0.015, 0.88, 0.88),
    # idc: first run 87.5 % / 3.8 % confidently wrong, RCA 28/44 first (below target); see bench/RESULTS.md
    "ops-golden-idc.json": (0.89, 0.018, 0.63, 0.81),
    # ptl: first run 88.4 % / 4.6 % confidently wrong, RCA 24/43 first; see bench/RESULTS.md
    "ops-golden-ptl.json": (0.93, 0.025, 0.75, 0.88),
    # dawn: first run 87.5 % / 5.5 % confidently wrong, RCA 37/43 first; see bench/RESULTS.md
    "ops-golden-dawn.json": (0.92, 0.015, 0.93, 0.97),
    # batches 55–58, first runs: bld 92.0 % / 2.1 %, fan 90.1 % / 2.5 %, dfs 88.7 % / 4.9 %, tcd 90.4 % / 1.4 %
    "ops-golden-bld.json": (0.94, 0.01, 0.93, 0.93),
    "ops-golden-fan.json": (0.94, 0.01, 0.86, 0.9),
    "ops-golden-dfs.json": (0.9, 0.02, 0.78, 0.88),
    "ops-golden-tcd.json": (0.9, 0.01, 0.88, 0.88),
    # batches 59–61, first runs: bcs 91.7 % / 2.1 %, bke 91.5 % / 2.1 %, ebk 92.6 % / 1.4 %
    "ops-golden-bcs.json": (0.94, 0.01, 0.88, 0.88),
    "ops-golden-bke.json": (0.93, 0.01, 0.9, 0.95),
    "ops-golden-ebk.json": (0.94, 0.01, 0.9, 0.9),
    # batches 62–64, first runs: cvs 94.1 % / 0.3 %, sat 93.7 % / 1.8 %, irs 91.3 % / 1.7 %
    "ops-golden-cvs.json": (0.95, 0.01, 0.93, 0.93),
    "ops-golden-sat.json": (0.94, 0.01, 0.93, 0.95),
    "ops-golden-irs.json": (0.95, 0.01, 0.93, 0.93),
    # batches 65–66, first runs: gnm 91.2 % / 2.8 %, jng 94.8 % / 0.7 % (after new metrics were let in)
    "ops-golden-gnm.json": (0.92, 0.015, 0.93, 0.93),
    "ops-golden-jng.json": (0.94, 0.01, 0.95, 0.95),
    # batches 67–68, first runs: stl 88.8 % / 1.7 % (RCA 39/45), hnt 92.6 % / 1.1 % (RCA 45/48)
    "ops-golden-stl.json": (0.93, 0.005, 0.95, 0.95),
    # hnt's /pgwal fill ranks the database whose compression change wrote the WAL first, its host second
    "ops-golden-hnt.json": (0.93, 0.005, 0.85, 0.95),
    # batches 69–70, first runs: thm 86.4 % / 3.5 % (RCA 37/45), wnd 84.3 % / 0.7 % (RCA 32/48, top 3 46/48);
    # wnd met the accuracy bar once business words for keys and measures were read (2026-12-07)
    "ops-golden-thm.json": (0.9, 0.015, 0.86, 0.86),
    "ops-golden-wnd.json": (0.92, 0.01, 0.8, 0.93),
    # batches 71–72, first runs: ccx 90.9 % / 3.2 % (RCA 44/47), elv 93.4 % / 2.1 % (RCA 42/49, top 3 49/49;
    # its CMDB's `standby` status had to be let in before it imported)
    "ops-golden-ccx.json": (0.95, 0.01, 0.95, 0.95),
    "ops-golden-elv.json": (0.96, 0.005, 0.85, 0.97),
    # batches 73–76, first runs: rnt 88.2 % / 3.1 % (RCA 36/45), bat 91.2 % / 1.8 % (RCA 42/45), cst 93.4 % /
    # 0.7 % (RCA 48/49), dht 90.9 % / 0 (RCA 43/45)
    "ops-golden-rnt.json": (0.92, 0.01, 0.82, 0.95),
    "ops-golden-bat.json": (0.92, 0.011, 0.93, 0.93),
    "ops-golden-cst.json": (0.94, 0.005, 0.97, 0.97),
    "ops-golden-dht.json": (0.92, 0.005, 0.95, 0.97),
    # batches 77–78, first runs: cch 93.4 % / 1.4 % (RCA 48/49), crt 95.1 % / 0.7 % (RCA 38/45; its CMDB's
    # `batch` type had to be let in before it imported)
    "ops-golden-cch.json": (0.95, 0.005, 0.97, 0.97),
    "ops-golden-crt.json": (0.96, 0.005, 0.97, 0.97),
    # batches 79–80, first runs: nav 93.4 % / 1.4 % (RCA 46/49), hcl 90.2 % / 2.5 % (RCA 38/45, top 3 44/45)
    "ops-golden-nav.json": (0.95, 0.01, 0.93, 0.93),
    "ops-golden-hcl.json": (0.94, 0.005, 0.97, 0.97),
    # batches 81–82, first runs: cof 93.0 % / 1.4 % (RCA 46/47; its `device_group` type had to be let in before
    # it imported), tvs 92.7 % / 0.3 % (RCA 42/45)
    "ops-golden-cof.json": (0.95, 0.005, 0.97, 0.97),
    "ops-golden-tvs.json": (0.94, 0.005, 0.95, 0.95),
    # batches 83–84, first runs: prk 93.0 % / 0.4 % (RCA 41/43; its CMDB types hosts `vm`/`server`, gear
    # `switch`/`firewall`/`wan_link`), mvn 92.3 % / 1.1 % (RCA 42/43; also `router`, `appliance`)
    "ops-golden-prk.json": (0.95, 0.005, 0.95, 0.95),
    "ops-golden-mvn.json": (0.95, 0.005, 0.97, 0.97),
}


def _scorer():
    spec = importlib.util.spec_from_file_location("check_ops", FIXTURES / "check_ops.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# every third estate: test_ops_generalisation_second_third.py and _last_third.py ask the others, so that
# the test workers (one file each at a time) share the estates
PARTS = 3


def estates_part(part: int) -> Callable[[pytest.FixtureRequest], dict]:
    """The `golden` fixture of one of the PARTS files of estates: each golden file of that part in turn."""

    @pytest.fixture(params=sorted(ESTATES)[part::PARTS], name="golden")
    def golden(request: pytest.FixtureRequest) -> dict:
        return json.loads((FIXTURES / request.param).read_text()) | {"file": request.param}

    return golden


golden = estates_part(0)


@pytest.fixture
def session(
    golden: dict,
    pg_admin_url: str,
    estate_template: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Session]:
    dataset = golden["dataset"]
    if dataset not in estate_template:
        for template in estate_template.values():
            drop_database(pg_admin_url, template)
        estate_template.clear()
        started = time.monotonic()
        template = f"spa_template_{dataset.replace('-', '_')}"
        engine = create_engine(clone_database(pg_admin_url, template), poolclass=NullPool)
        with Session(engine) as s:
            report = import_path(s, FIXTURES / golden["data_dir"], actor=SYSTEM)
            assert report.to_dict()["rejected"] == 0, report.to_dict()
            s.commit()
        engine.dispose()
        estate_template[dataset] = template
        print(f"{dataset} imported in {time.monotonic() - started:.1f} s")
    name = f"t_estate_{tmp_path.name[-8:].replace('-', '_')}"
    _point_app_at(
        clone_database(pg_admin_url, name, template=estate_template[dataset]), tmp_path, monkeypatch
    )
    monkeypatch.setenv("SPA_TIMEZONE", golden["timezone"])
    with Session(db.get_engine()) as s:
        yield s
    db.reset_engine()
    drop_database(pg_admin_url, name)


def test_the_estate_questions_generalise(golden: dict, session: Session) -> None:
    check = _scorer()
    min_accuracy, max_confidently_wrong, min_root_first, min_root_top3 = ESTATES[golden["file"]]
    now = datetime.fromisoformat(golden["now"].replace("Z", "+00:00"))
    universe = {
        line.split(",")[0].lower()
        for line in (FIXTURES / golden["data_dir"] / "cis.csv").read_text().splitlines()[1:]
    }
    results, wrong, first, top3 = [], [], [], []
    by_tag: dict[str, list[tuple[bool, bool]]] = {}
    started = time.monotonic()
    for case in golden["cases"]:
        conversation = (
            f"{golden['dataset']}-{case['conversation_id']}" if case.get("conversation_id") else None
        )
        answer = ask(session, question=case["question"], actor=SYSTEM, now=now, conversation_id=conversation)
        ok, why = check.score(case, answer, universe)
        results.append(ok)
        by_tag.setdefault(case.get("tag", "untagged"), []).append((ok, answer["status"] == "ok"))
        if not ok:
            wrong.append((case["id"], answer["status"], case["question"], why[:160]))
        if "root_cause" in case["expect"]:
            ranked = check.ranked_rca(check.Answer(answer))
            first.append(ranked[:1] == [case["expect"]["root_cause"]])
            if not first[-1]:
                print("RCA not first", case["id"], ranked[:3])
            top3.append(case["expect"]["root_cause"] in ranked[:3])
    total = len(results)
    print(f"{total} questions answered in {time.monotonic() - started:.1f} s")
    accuracy = sum(results) / total
    confidently_wrong = [w for w in wrong if w[1] == "ok"]
    for failure in wrong:
        print("FAIL", *failure)
    print(
        f"{golden['dataset']}: {sum(results)}/{total} correct ({accuracy:.1%}); confidently wrong "
        f"{len(confidently_wrong)} ({len(confidently_wrong) / total:.1%}); RCA root first "
        f"{sum(first)}/{len(first)}, top 3 {sum(top3)}/{len(top3)}"
    )
    for tag, marks in sorted(by_tag.items()):
        sure_but_wrong = sum(said_ok and not ok for ok, said_ok in marks)
        print(
            f"  {tag}: {sum(ok for ok, _ in marks)}/{len(marks)} correct, confidently wrong {sure_but_wrong}"
        )
    assert total >= 100
    assert accuracy >= min_accuracy, wrong
    assert len(confidently_wrong) / total <= max_confidently_wrong, confidently_wrong
    assert sum(first) / len(first) >= min_root_first
    assert sum(top3) / len(top3) >= min_root_top3

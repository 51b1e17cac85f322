"""Generate the genomics institute estate (tests/fixtures/genome-lab/, interchange format) and its faults.

A Korean national genome analysis centre (국가유전체분석센터 style, 오송): the sequencing lab with Illumina NovaSeq X
Plus / NovaSeq 6000 and MGI DNBSEQ instruments named by serial (`LH00417`, `A01877`, `R1100118`) and their
instrument control PCs (`ipc-lh00417` …); the run-folder mover `seq-ingest`, demultiplexing `bcl-convert` on the
DRAGEN servers and the QC dashboard `qc-dash`; the LIMS `lims-core` (Clarity LIMS) on PostgreSQL `pg-lims` with
the cache `redis-lims` and the lab event bus `rmq-gnm` (RabbitMQ); the Slurm HPC cluster (`slurmctld`,
`slurmdbd` on MariaDB `mdb-slurmacct`, submit host `hpc-sub01`, compute nodes `cn0101`, GPU nodes `gn0101`…),
the Lustre scratch/project file systems (`lfs-scratch` on `mds01`/`oss01`…`oss04`), the GPFS clinical file system
`gpfs-clin`, the on-prem object archive `s3-archive` and the tape library `tl-ts4500`; the pipelines
(`varcall-nightly` GATK germline nightly, `varcall-ondemand` Parabricks GPU urgent runs, `pipe-orchestrator`,
Seqera `nf-tower`, `annot-vep`, the legacy `NGS_QC_DAILY`, `hpc-usage-report`, `archive-mover`); the clinical
report service for partner hospitals (`clinrep-api`, `clinrep-signer`, `hl7-gw`, `pg-clinrep` with its DR replica
`pg-clinrep-dr` at the 대전 backup centre); the researcher portal `portal-web`; identity (`ipa-gnm` FreeIPA,
`keycloak-gnm` SSO, `vpn-radius`); the public data-sharing API in NCP (`share-api` GA4GH DRS/htsget, `beacon-api`,
`share-portal`, `redis-share`, `cdb-pg-share`, bucket `obj-gnm-open`); backups `isp-backup`; monitoring.
Sites 오송 본원 IDC, 실험동(B동), 대전 백업센터 and NCP 공공리전; environments prod, stg, dev; owners are teams.

Naming (unlike the earlier estates): instruments by their vendor serial in upper case (`LH00417`, `R2200345`), the
instrument PCs as `ipc-<serial>`, Proxmox VMs by VM id (`vm1101`, `vm2101` for non-prod) with the role as an
attribute, Slurm-style HPC node names (`cn0101`, `gn0103`, `hpc-ctl01`), Lustre/GPFS server roles (`mds01`,
`oss03`, `nsd01`), bare-metal DB servers `pgsql-p01`, NCP server ids (`ncp-s2831047`), file systems by mount
(`lfs-scratch`, `gpfs-clin`), a legacy upper-case batch (`NGS_QC_DAILY`, retired `SAMPLE_TRACK_V1`) and network
links by what they join (`wan-daejeon`, `kreonet-10g`).

Seven injected incidents (times KST; now = Thursday 2028-06-22 15:30, weekday afternoon when runs complete and the
clinical reports go out; the window is the 10 days before; the lab works weekdays 08:30–18:30, the nightly
variant-calling pipeline runs 22:00–06:00 on the cluster, hospitals fetch reports 08:30–18:00 with peaks at 10:30
and 14:30, the public sharing API peaks in the KST evening (EU/US daytime), backups 01:00–05:00 and a full backup
on Saturday night):
  C1 Tue 13 01:40–02:35  oss03 loses a disk and rebuilds its RAID6 under the nightly pipeline's I/O: lfs-scratch
                         (slow OST0007), varcall-nightly (loudest, GATK 4.6.1 deployed Monday 18:00), bcl-convert
  C2 Wed 14 10:20–11:15  pg-lims starts an anti-wraparound autovacuum on sample_event (freeze age lowered Tuesday)
                         at the morning accessioning peak: lims-core (loudest, deployed 09:50), seq-ingest,
                         clinrep-api
  C3 Fri 16 14:05–15:00  mdb-slurmacct is locked by hpc-usage-report's year-to-date sacct query (moved to 14:00 on
                         Thursday): slurmdbd, slurmctld, varcall-ondemand (loudest, deployed 13:40), nf-tower
  C4 Sun 18 20:10–21:05  redis-share reaches maxmemory under noeviction (policy changed Saturday) during a cohort
                         bulk download: share-api (loudest, deployed 19:45), beacon-api, share-portal
  C5 Tue 20 09:40–10:35  ipa-gnm's changelog trimming after Monday's bulk password-policy change makes LDAP binds
                         slow at the morning login peak: keycloak-gnm (loudest, deployed 09:20), vpn-radius,
                         portal-web
  C6 Wed 21 14:20–15:15  pg-clinrep's pg_wal volume fills behind the inactive DR replication slot (the 대전 line
                         was cut for maintenance Tuesday night): clinrep-api (loudest, deployed 13:55),
                         clinrep-signer, hl7-gw
  C7 Thu 22 14:45–now    rmq-gnm raises its disk alarm (the InterOp QC queue is not consumed) and blocks
                         publishers: seq-ingest (loudest), pipe-orchestrator (deployed 14:20), qc-dash (ongoing)
Confounders: the nightly pipeline and backups, weekday lab hours, the Saturday full backup, deploys on victims
before most incidents, runs completing on the sequencers, `gn0105`, `R2200345` and `clinrep-api-stg` in
maintenance, the retired `SAMPLE_TRACK_V1`, the log VM `vm1170`'s disk creeping up, the instrument PC
`ipc-a01877`'s run-folder disk, and lb-hosp's certificate for report.gnm.re.kr expiring on 2028-06-30 (warned
daily).
Deterministic (seeded, gzip mtime 0); the golden questions (bench/gnm_golden.py) are computed from the files.

    .venv/bin/python bench/gnm_estate.py   # rewrites tests/fixtures/genome-lab*
"""

from __future__ import annotations

import gzip
import math
import random
import sys
from collections import deque
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from estate_kit import FIXTURES, ramp
from estate_series import (
    HostBaseline,
    ServiceBaseline,
    ci_record,
    dated,
    generate,
    hop_effect,
    incident_hits,
    kst_utc_clock,
    samples,
    seoul_hour,
    service_relations,
    storage_fill,
)

NAME = "genome-lab"
NOW = datetime(2028, 6, 22, 6, 30, tzinfo=UTC)  # Thursday 2028-06-22 15:30 KST
START = NOW - timedelta(days=10)  # Monday 2028-06-12 15:30 KST
SEED = 20280622
SITES = {"O": "오송 본원 IDC", "L": "실험동(B동)", "D": "대전 백업센터", "N": "NCP 공공리전"}
ENVS = {"P": "prod", "S": "stg", "D": "dev"}

kst = kst_utc_clock("2028-06")

SEQ, LIMS, HPC, PIPE = "시퀀싱운영팀", "lims-dev", "HPC운영팀", "bioinfo-pipeline"
STO, CLIN, PORTAL, SHARE = "스토리지파트", "임상정보팀", "research-portal", "데이터공유팀"
IAM, NET, DBA, INFRA, CLOUD = "정보보안팀", "네트워크파트", "dba-core", "인프라운영팀", "cloud-ops"

# name: (type, owner, site, env, runs on, depends on, attributes)
# fmt: off
SERVICES: dict[str, tuple[str, str, str, str, list[str], list[str], dict]] = {
    # ---------------------------------------------------------------- sequencing lab, LIMS
    "lims-core": ("service", LIMS, "O", "P", ["vm1101", "vm1102"],
                  ["pg-lims", "redis-lims", "rmq-gnm", "keycloak-gnm"],
                  {"desc": "LIMS (검체 접수, 라이브러리 제작, 시퀀싱 런 추적)", "product": "Clarity LIMS 6.2 + 자체 확장",
                   "version": "8.4.2", "samples_per_day": 1800, "instances": 2, "port": 8443}),
    "seq-ingest": ("service", SEQ, "O", "P", ["vm1110"], ["lims-core", "rmq-gnm", "lfs-scratch"],
                   {"desc": "런 폴더 수집기 (장비 PC → Lustre 복사, run.completed 이벤트 발행)",
                    "product": "자체개발 (Python 3.11, rsync)", "version": "2.9.4", "instruments": 5,
                    "copy_streams": 8}),
    "bcl-convert": ("service", PIPE, "O", "P", ["dragen01", "dragen02"], ["lfs-scratch", "lims-core"],
                    {"desc": "디멀티플렉싱 (BCL → FASTQ)", "product": "BCL Convert 4.2.7 on DRAGEN v4.3",
                     "version": "4.2.7", "max_parallel_runs": 4}),
    "qc-dash": ("service", SEQ, "O", "P", ["vm1110"], ["rmq-gnm", "lims-core"],
                {"desc": "시퀀싱 QC 대시보드 (InterOp, %Q30, cluster PF)", "product": "자체개발 (Django + MultiQC)",
                 "version": "1.7.0", "q30_threshold": 85}),
    # ---------------------------------------------------------------- HPC, pipelines
    "slurmctld": ("service", HPC, "O", "P", ["hpc-ctl01"], ["slurmdbd"],
                  {"desc": "Slurm 컨트롤러", "product": "Slurm 23.11.8", "version": "23.11.8", "partitions": 4,
                   "nodes": 212, "gpu_nodes": 24, "port": 6817}),
    "slurmdbd": ("service", HPC, "O", "P", ["hpc-ctl02"], ["mdb-slurmacct"],
                 {"desc": "Slurm 회계 데몬", "product": "Slurm 23.11.8", "version": "23.11.8", "port": 6819,
                  "max_agent_queue": 50000}),
    "pipe-orchestrator": ("service", PIPE, "O", "P", ["vm1120"], ["rmq-gnm", "nf-tower", "lims-core"],
                          {"desc": "분석 오케스트레이터 (run.completed → 파이프라인 자동 시작)",
                           "product": "자체개발 (Kotlin, Spring Boot 3.2)", "version": "3.1.0"}),
    "nf-tower": ("service", PIPE, "O", "P", ["vm1121"], ["slurmctld", "pg-tower", "lfs-scratch"],
                 {"desc": "Nextflow 워크플로 관리", "product": "Seqera Platform Enterprise 24.1",
                  "version": "24.1.3", "workspaces": 38}),
    "varcall-nightly": ("service", PIPE, "O", "P", ["hpc-sub01"], ["slurmctld", "lfs-scratch", "nf-tower"],
                        {"desc": "야간 변이분석 (WGS germline, GATK HaplotypeCaller + DeepVariant)",
                         "product": "Nextflow nf-core/sarek 3.4", "version": "4.6.1", "gatk": "4.6.1.0",
                         "schedule": "매일 22:00", "reference": "GRCh38 (hg38)", "samples_per_night": 96}),
    "varcall-ondemand": ("service", PIPE, "O", "P", ["hpc-sub01"], ["slurmctld", "lfs-scratch", "nf-tower"],
                         {"desc": "긴급 변이분석 (임상 의뢰, GPU)", "product": "NVIDIA Parabricks 4.3",
                          "version": "4.3.1", "target_tat_h": 6, "partition": "gpu-urgent"}),
    "annot-vep": ("service", PIPE, "O", "P", ["vm1120"], ["pg-annot", "lfs-scratch"],
                  {"desc": "변이 주석 (VEP, ClinVar, gnomAD)", "product": "Ensembl VEP 112", "version": "112.0",
                   "clinvar_release": "2028-06-03"}),
    "NGS_QC_DAILY": ("service", SEQ, "O", "P", ["hpc-sub01"], ["lims-core", "lfs-scratch"],
                     {"desc": "일일 QC 리포트 배치 (레거시 Perl)", "product": "Perl 5 + cron", "version": "0.14",
                      "schedule": "매일 07:00"}),
    "hpc-usage-report": ("service", HPC, "O", "P", ["hpc-ctl02"], ["mdb-slurmacct"],
                         {"desc": "HPC 사용량/과금 집계 (과제별 CPU·GPU 시간)", "product": "Python 3.11 + sacct",
                          "version": "1.3.0", "schedule": "매일 14:00"}),
    "archive-mover": ("service", STO, "O", "P", ["vm1130"], ["lfs-scratch", "s3-archive"],
                      {"desc": "아카이브 이관 (90일 경과 FASTQ/CRAM → 오브젝트)", "product": "자체개발 (Go)",
                       "version": "1.2.5", "schedule": "매일 01:00", "policy_days": 90}),
    "isp-backup": ("service", STO, "D", "P", ["bk-srv01"], ["tl-ts4500"],
                   {"desc": "백업 (DB, 설정, 임상 결과)", "product": "IBM Storage Protect 8.1.22",
                    "version": "8.1.22", "schedule": "매일 01:00, 토 22:00 전체"}),
    # ---------------------------------------------------------------- clinical reports
    "clinrep-api": ("service", CLIN, "O", "P", ["vm1140", "vm1141"],
                    ["pg-clinrep", "clinrep-signer", "lims-core", "gpfs-clin"],
                    {"desc": "임상 유전체 리포트 서비스 (협력병원 결과 조회/생성)", "product": "자체개발 (Java 21, Spring Boot 3.3)",
                     "version": "5.6.0", "hospitals": 27, "instances": 4, "port": 8443}),
    "clinrep-signer": ("service", CLIN, "O", "P", ["vm1142"], ["pg-clinrep"],
                       {"desc": "리포트 전자서명 (PDF 서명, HSM 연동)", "product": "자체개발 (Java 17)",
                        "version": "2.0.8", "hsm": "Thales Luna 7"}),
    "hl7-gw": ("service", CLIN, "O", "P", ["vm1143"], ["clinrep-api"],
               {"desc": "병원 연계 게이트웨이 (HL7 v2 ORU, FHIR R4)", "product": "Mirth Connect 4.5",
                "version": "4.5.2", "channels": 31}),
    # ---------------------------------------------------------------- portal, identity
    "portal-web": ("service", PORTAL, "O", "P", ["vm1150"], ["keycloak-gnm", "nf-tower", "lims-core"],
                   {"desc": "연구자 포털 (분석 의뢰, 결과 다운로드, 과제 관리)", "product": "자체개발 (Next.js + FastAPI)",
                    "version": "3.12.1", "endpoint": "portal.gnm.re.kr", "users": 2300}),
    "keycloak-gnm": ("service", IAM, "O", "P", ["vm1160", "vm1161"], ["ipa-gnm", "pg-idp"],
                     {"desc": "통합 로그인 (SSO, OIDC)", "product": "Keycloak 24", "version": "24.0.5",
                      "realm": "gnm", "port": 8443}),
    "ipa-gnm": ("service", IAM, "O", "P", ["vm1162", "vm1163"], [],
                {"desc": "계정/LDAP/Kerberos (연구자, HPC 계정)", "product": "FreeIPA 4.11 (389-ds)",
                 "version": "4.11.1", "replicas": 2, "accounts": 3150, "realm": "GNM.RE.KR"}),
    "vpn-radius": ("service", IAM, "O", "P", ["vm1163"], ["ipa-gnm"],
                   {"desc": "SSL-VPN RADIUS 인증 (OTP 포함)", "product": "FreeRADIUS 3.2", "version": "3.2.3",
                    "port": 1812}),
    # ---------------------------------------------------------------- public data sharing (NCP)
    "share-api": ("service", SHARE, "N", "P", ["ncp-s2831047", "ncp-s2831052"],
                  ["redis-share", "cdb-pg-share", "obj-gnm-open"],
                  {"desc": "공개 데이터 공유 API (GA4GH DRS, htsget, 서명 URL)", "product": "자체개발 (Go 1.22)",
                   "version": "2.3.0", "endpoint": "data.gnm.re.kr", "datasets": 412}),
    "beacon-api": ("service", SHARE, "N", "P", ["ncp-s2831058"], ["redis-share", "cdb-pg-share"],
                   {"desc": "변이 빈도 조회 (GA4GH Beacon v2)", "product": "beacon2-ri-api (Python)",
                    "version": "2.0.4"}),
    "share-portal": ("service", SHARE, "N", "P", ["ncp-s2831058"], ["share-api"],
                     {"desc": "공개 데이터 카탈로그 웹", "product": "자체개발 (Vue 3)", "version": "1.9.2"}),
    # ---------------------------------------------------------------- monitoring
    "prom-gnm": ("service", INFRA, "O", "P", ["vm1170"], [],
                 {"desc": "모니터링 (Prometheus + Grafana, DCGM exporter)", "product": "Prometheus 2.53",
                  "targets": 640}),
    "graylog-gnm": ("service", INFRA, "O", "P", ["vm1170"], [],
                    {"desc": "로그 수집 (장비 PC, 클러스터, 서비스)", "product": "Graylog 6.0 + OpenSearch 2.13",
                     "retention_days": 30}),
    # ---------------------------------------------------------------- staging, dev, retired
    "lims-core-stg": ("service", LIMS, "O", "S", ["vm2101"], ["pg-lims-stg"],
                      {"desc": "LIMS (스테이징)", "version": "8.5.0-rc1"}),
    "clinrep-api-stg": ("service", CLIN, "O", "S", ["vm2102"], [],
                        {"desc": "임상 리포트 (스테이징, 검증용 병원 2곳)", "version": "5.7.0-rc2"}),
    "share-api-stg": ("service", SHARE, "N", "S", ["ncp-s2840011"], [],
                      {"desc": "데이터 공유 API (스테이징)", "version": "2.4.0-beta1"}),
    "nf-tower-dev": ("service", PIPE, "O", "D", ["vm2201"], [],
                     {"desc": "Nextflow 워크플로 관리 (개발)", "version": "24.2.0-dev"}),
    "SAMPLE_TRACK_V1": ("service", LIMS, "O", "P", [], [],
                        {"desc": "구 검체 추적 시스템 (2027년 lims-core로 대체)", "version": "1.8",
                         "decommissioned": "2027-03-31"}),
    # ---------------------------------------------------------------- databases
    "pg-lims": ("database", DBA, "O", "P", ["pgsql-p01"], [],
                {"engine": "postgresql", "version": "15.7", "product": "PostgreSQL 15 (Patroni)", "port": 5432,
                 "size_tb": 3.4, "max_connections": 800, "desc": "LIMS DB"}),
    "pg-clinrep": ("database", DBA, "O", "P", ["pgsql-p02"], [],
                   {"engine": "postgresql", "version": "16.3", "product": "PostgreSQL 16", "port": 5432,
                    "wal_volume_gb": 512, "replication": "streaming (slot dr_slot)", "desc": "임상 리포트 DB"}),
    "pg-clinrep-dr": ("database", DBA, "D", "P", ["pgsql-dr01"], ["pg-clinrep"],
                      {"engine": "postgresql", "version": "16.3", "product": "PostgreSQL 16 (standby)",
                       "port": 5432, "desc": "임상 리포트 DB DR 복제본"}),
    "mdb-slurmacct": ("database", DBA, "O", "P", ["hpc-ctl02"], [],
                      {"engine": "mariadb", "version": "10.11.8", "product": "MariaDB 10.11", "port": 3306,
                       "innodb_buffer_pool_gb": 48, "desc": "Slurm 회계 DB (job_table)"}),
    "pg-tower": ("database", DBA, "O", "P", ["pgsql-p03"], [],
                 {"engine": "postgresql", "version": "15.7", "product": "PostgreSQL 15", "port": 5433,
                  "desc": "Seqera Platform DB"}),
    "pg-idp": ("database", DBA, "O", "P", ["pgsql-p03"], [],
               {"engine": "postgresql", "version": "15.7", "product": "PostgreSQL 15", "port": 5434,
                "desc": "Keycloak DB"}),
    "pg-annot": ("database", DBA, "O", "P", ["pgsql-p03"], [],
                 {"engine": "postgresql", "version": "15.7", "product": "PostgreSQL 15", "port": 5435,
                  "size_tb": 1.1, "desc": "변이 주석 DB (ClinVar, gnomAD 요약)"}),
    "cdb-pg-share": ("database", CLOUD, "N", "P", [], [],
                     {"engine": "postgresql", "version": "14.12", "product": "NCP Cloud DB for PostgreSQL",
                      "spec": "vCPU 8, 32GB", "ha": True, "desc": "공개 데이터 메타데이터 DB"}),
    "pg-lims-stg": ("database", DBA, "O", "S", ["vm2101"], [],
                    {"engine": "postgresql", "version": "15.7", "product": "PostgreSQL 15", "port": 5432}),
    # ---------------------------------------------------------------- caches, queues
    "redis-lims": ("cache", LIMS, "O", "P", ["vm1106"], [],
                   {"engine": "redis", "version": "7.2.5", "maxmemory_gb": 8, "maxmemory_policy": "allkeys-lru",
                    "port": 6379, "desc": "LIMS 세션/바코드 캐시"}),
    "redis-share": ("cache", CLOUD, "N", "P", [], [],
                    {"engine": "redis", "version": "7.0.15", "product": "NCP Cloud DB for Redis", "maxmemory_gb": 12,
                     "maxmemory_policy": "noeviction", "desc": "서명 URL/토큰 캐시"}),
    "rmq-gnm": ("queue", LIMS, "O", "P", ["vm1106"], [],
                {"product": "RabbitMQ 3.13.3", "port": 5672, "queues": 27, "vhost": "/lab",
                 "disk_free_limit_gb": 10, "desc": "실험실 이벤트 버스 (run.completed, qc.interop, 검체 상태)"}),
}

LOAD_BALANCERS = {  # name: (site, owner, targets (CONNECTS_TO), attributes)
    "lb-int-01": ("O", NET, ["lims-core", "portal-web", "keycloak-gnm", "nf-tower"],
                  {"vendor": "HAProxy", "model": "HAProxy 2.8 (keepalived 이중화)", "vip": "10.40.1.10",
                   "cert_expiry": "2029-02-28"}),
    "lb-hosp": ("O", NET, ["clinrep-api", "hl7-gw"],
                {"vendor": "F5", "model": "BIG-IP i4800", "vip": "10.40.1.30", "firmware": "17.1.1",
                 "endpoint": "report.gnm.re.kr", "cert_expiry": "2028-06-30", "cert_issuer": "GPKI (수동 갱신)"}),
    "ncp-alb-share": ("N", CLOUD, ["share-api", "beacon-api", "share-portal"],
                      {"vendor": "NCP", "model": "Application Load Balancer", "endpoint": "data.gnm.re.kr",
                       "cert_issuer": "NCP Certificate Manager (자동 갱신)"}),
}
STORAGE = {  # name: (site, owner, attributes, runs on (RUNS_ON), hosts attached (CONNECTS_TO))
    "lfs-scratch": ("O", STO, {"vendor": "DDN", "model": "EXAScaler (Lustre 2.15.4)", "capacity_pb": 4.2,
                               "mount": "/scratch", "osts": 16, "desc": "분석 스크래치 (병렬 파일시스템)"},
                    ["mds01", "oss01", "oss02", "oss03", "oss04"], ["hpc-sub01", "dragen01", "dragen02", "vm1110"]),
    "lfs-project": ("O", STO, {"vendor": "DDN", "model": "EXAScaler (Lustre 2.15.4)", "capacity_pb": 6.0,
                               "mount": "/project", "desc": "과제 데이터 (장기 보관 전)"},
                    ["mds01", "oss01", "oss02"], ["hpc-sub01"]),
    "gpfs-clin": ("O", STO, {"vendor": "IBM", "model": "IBM Storage Scale 5.1.9", "capacity_tb": 900,
                             "mount": "/gpfs/clinical", "desc": "임상 데이터 (격리 영역)"},
                  ["nsd01", "nsd02"], ["vm1140", "vm1141"]),
    "s3-archive": ("O", STO, {"vendor": "Cloudian", "model": "HyperStore 8.1 (6 nodes)", "capacity_pb": 8.0,
                              "protocol": "S3", "desc": "분석 결과 오브젝트 아카이브"}, [], ["vm1130"]),
    "tl-ts4500": ("D", STO, {"vendor": "IBM", "model": "TS4500 (LTO-9, 12 drives)", "capacity_pb": 30.0,
                             "desc": "테이프 라이브러리 (원본 FASTQ 2차 보관)"}, [], ["bk-srv01"]),
    "obj-gnm-open": ("N", CLOUD, {"vendor": "NCP", "model": "NCP Object Storage", "region": "KR-2",
                                  "bucket": "gnm-open-data", "desc": "공개 데이터 배포 버킷"}, [], []),
}
# hosts: name: (site, env, kind, attributes)
HOSTS: dict[str, tuple[str, str, str, dict]] = {
    # sequencers and their instrument control PCs (실험동)
    "LH00417": ("L", "P", "seq", {"model": "Illumina NovaSeq X Plus", "control_software": "NVCS 1.2.2",
                                  "room": "B동 2층 시퀀싱실 1", "flowcell": "25B"}),
    "LH00562": ("L", "P", "seq", {"model": "Illumina NovaSeq X Plus", "control_software": "NVCS 1.2.2",
                                  "room": "B동 2층 시퀀싱실 1", "flowcell": "10B"}),
    "A01877": ("L", "P", "seq", {"model": "Illumina NovaSeq 6000", "control_software": "NVCS 1.8.1",
                                 "room": "B동 2층 시퀀싱실 2", "flowcell": "S4"}),
    "R1100118": ("L", "P", "seq", {"model": "MGI DNBSEQ-T7", "control_software": "ZLIMS 2.1",
                                   "room": "B동 2층 시퀀싱실 2", "flowcell": "FCL x4"}),
    "R2200345": ("L", "P", "seq", {"model": "MGI DNBSEQ-G400", "control_software": "ZLIMS 2.1",
                                   "room": "B동 3층 시퀀싱실 3", "flowcell": "FCL PE150"}),
    "ipc-lh00417": ("L", "P", "ipc", {"role": "LH00417 장비 제어 PC"}),
    "ipc-lh00562": ("L", "P", "ipc", {"role": "LH00562 장비 제어 PC"}),
    "ipc-a01877": ("L", "P", "ipc", {"role": "A01877 장비 제어 PC"}),
    "ipc-r1100118": ("L", "P", "ipc", {"role": "R1100118 장비 제어 PC"}),
    "ipc-r2200345": ("L", "P", "ipc", {"role": "R2200345 장비 제어 PC"}),
    # 오송 Proxmox VMs
    "vm1101": ("O", "P", "vm", {"role": "LIMS AP #1"}),
    "vm1102": ("O", "P", "vm", {"role": "LIMS AP #2"}),
    "vm1106": ("O", "P", "vm", {"role": "RabbitMQ, Redis (실험실)"}),
    "vm1110": ("O", "P", "vm", {"role": "런 수집기, QC 대시보드"}),
    "vm1120": ("O", "P", "vm", {"role": "분석 오케스트레이터, VEP"}),
    "vm1121": ("O", "P", "vm", {"role": "Seqera Platform"}),
    "vm1130": ("O", "P", "vm", {"role": "아카이브 이관"}),
    "vm1140": ("O", "P", "vm", {"role": "임상 리포트 AP #1"}),
    "vm1141": ("O", "P", "vm", {"role": "임상 리포트 AP #2"}),
    "vm1142": ("O", "P", "vm", {"role": "전자서명"}),
    "vm1143": ("O", "P", "vm", {"role": "병원 연계 (Mirth)"}),
    "vm1150": ("O", "P", "vm", {"role": "연구자 포털"}),
    "vm1160": ("O", "P", "vm", {"role": "Keycloak #1"}),
    "vm1161": ("O", "P", "vm", {"role": "Keycloak #2"}),
    "vm1162": ("O", "P", "vm", {"role": "FreeIPA ipa01"}),
    "vm1163": ("O", "P", "vm", {"role": "FreeIPA ipa02, RADIUS"}),
    "vm1170": ("O", "P", "vm", {"role": "모니터링, 로그"}),
    "vm2101": ("O", "S", "vm", {"role": "LIMS 스테이징"}),
    "vm2102": ("O", "S", "vm", {"role": "임상 리포트 스테이징"}),
    "vm2201": ("O", "D", "vm", {"role": "파이프라인 개발"}),
    # HPC
    "hpc-ctl01": ("O", "P", "bare", {"role": "Slurm 컨트롤러", "model": "Lenovo ThinkSystem SR630 V3",
                                     "rack": "HPC-A01 U20"}),
    "hpc-ctl02": ("O", "P", "bare", {"role": "slurmdbd, MariaDB 회계 DB", "model": "Lenovo ThinkSystem SR630 V3",
                                     "rack": "HPC-A01 U22"}),
    "hpc-sub01": ("O", "P", "bare", {"role": "제출/로그인 노드", "model": "Lenovo ThinkSystem SR630 V3",
                                     "rack": "HPC-A01 U24"}),
    "dragen01": ("O", "P", "bare", {"role": "DRAGEN 서버 #1", "model": "Illumina DRAGEN Server v4",
                                    "rack": "HPC-A02 U10"}),
    "dragen02": ("O", "P", "bare", {"role": "DRAGEN 서버 #2", "model": "Illumina DRAGEN Server v4",
                                    "rack": "HPC-A02 U12"}),
    "cn0101": ("O", "P", "cn", {"role": "CPU 계산 노드", "model": "Lenovo ThinkSystem SD650 V3", "cores": 128,
                                "partition": "normal", "rack": "HPC-B01"}),
    "cn0102": ("O", "P", "cn", {"role": "CPU 계산 노드", "model": "Lenovo ThinkSystem SD650 V3", "cores": 128,
                                "partition": "normal", "rack": "HPC-B01"}),
    "gn0101": ("O", "P", "gn", {"role": "GPU 노드", "gpu": "NVIDIA A100 80GB x4", "gpus": 4, "partition": "gpu",
                                "rack": "HPC-C01"}),
    "gn0102": ("O", "P", "gn", {"role": "GPU 노드", "gpu": "NVIDIA A100 80GB x4", "gpus": 4, "partition": "gpu",
                                "rack": "HPC-C01"}),
    "gn0103": ("O", "P", "gn", {"role": "GPU 노드", "gpu": "NVIDIA H100 80GB x8", "gpus": 8,
                                "partition": "gpu-urgent", "rack": "HPC-C02"}),
    "gn0104": ("O", "P", "gn", {"role": "GPU 노드", "gpu": "NVIDIA H100 80GB x8", "gpus": 8,
                                "partition": "gpu-urgent", "rack": "HPC-C02"}),
    "gn0105": ("O", "P", "gn", {"role": "GPU 노드 (드라이버 업그레이드 중)", "gpu": "NVIDIA A100 80GB x4", "gpus": 4,
                                "partition": "gpu", "rack": "HPC-C01"}),
    # Lustre / GPFS servers
    "mds01": ("O", "P", "bare", {"role": "Lustre MDS (MDT0000)", "model": "DDN ES400NVX2", "rack": "STO-A01 U02"}),
    "oss01": ("O", "P", "bare", {"role": "Lustre OSS (OST0000-0003)", "model": "DDN ES400NVX2",
                                 "rack": "STO-A01 U06"}),
    "oss02": ("O", "P", "bare", {"role": "Lustre OSS (OST0004-0007)", "model": "DDN ES400NVX2",
                                 "rack": "STO-A01 U10"}),
    "oss03": ("O", "P", "bare", {"role": "Lustre OSS (OST0008-000b)", "model": "DDN ES400NVX2",
                                 "rack": "STO-A02 U02", "raid": "RAID6 (8+2)"}),
    "oss04": ("O", "P", "bare", {"role": "Lustre OSS (OST000c-000f)", "model": "DDN ES400NVX2",
                                 "rack": "STO-A02 U06"}),
    "nsd01": ("O", "P", "bare", {"role": "GPFS NSD 서버 #1", "model": "IBM Storage Scale System 3500",
                                 "rack": "STO-B01 U04"}),
    "nsd02": ("O", "P", "bare", {"role": "GPFS NSD 서버 #2", "model": "IBM Storage Scale System 3500",
                                 "rack": "STO-B01 U08"}),
    # DB servers
    "pgsql-p01": ("O", "P", "bare", {"role": "PostgreSQL (LIMS)", "model": "Dell PowerEdge R760",
                                     "rack": "DB-A03 U12"}),
    "pgsql-p02": ("O", "P", "bare", {"role": "PostgreSQL (임상 리포트)", "model": "Dell PowerEdge R760",
                                     "rack": "DB-A03 U16"}),
    "pgsql-p03": ("O", "P", "bare", {"role": "PostgreSQL 공용 (Tower, IdP, 주석)", "model": "Dell PowerEdge R660",
                                     "rack": "DB-A03 U20"}),
    # 대전 백업센터
    "pgsql-dr01": ("D", "P", "bare", {"role": "PostgreSQL DR (임상 리포트 standby)", "model": "Dell PowerEdge R760",
                                      "rack": "DJ-R04 U10"}),
    "bk-srv01": ("D", "P", "bare", {"role": "Storage Protect 서버", "model": "Lenovo ThinkSystem SR650 V3",
                                    "rack": "DJ-R02 U14"}),
    # NCP
    "ncp-s2831047": ("N", "P", "ncp", {"role": "데이터 공유 API #1", "server_spec": "s8-g3 (vCPU 8, 32GB)",
                                       "zone": "KR-2a"}),
    "ncp-s2831052": ("N", "P", "ncp", {"role": "데이터 공유 API #2", "server_spec": "s8-g3 (vCPU 8, 32GB)",
                                       "zone": "KR-2b"}),
    "ncp-s2831058": ("N", "P", "ncp", {"role": "Beacon, 카탈로그 웹", "server_spec": "s4-g3 (vCPU 4, 16GB)",
                                       "zone": "KR-2a"}),
    "ncp-s2840011": ("N", "S", "ncp", {"role": "공유 API 스테이징", "server_spec": "s2-g3 (vCPU 2, 8GB)",
                                       "zone": "KR-2a"}),
}
NETWORK = {  # name: (site, attributes), written as hosts
    "fw-core": ("O", {"device": "firewall", "vendor": "Palo Alto", "model": "PA-3440", "firmware": "PAN-OS 11.1.3"}),
    "sw-core-osg": ("O", {"device": "core switch", "vendor": "Arista", "model": "7280R3", "firmware": "EOS 4.31.2F"}),
    "sw-ib-hdr": ("O", {"device": "InfiniBand switch", "vendor": "NVIDIA", "model": "QM8790 (HDR 200G)",
                        "firmware": "MLNX-OS 3.11.2002", "desc": "HPC/스토리지 InfiniBand"}),
    "sw-labb-01": ("L", {"device": "access switch", "vendor": "Cisco", "model": "Catalyst 9300-48UXM",
                         "firmware": "IOS-XE 17.9.5", "desc": "실험동 장비망 (장비 PC 10G)"}),
    "sslvpn-01": ("O", {"device": "SSL-VPN", "vendor": "AhnLab", "model": "TrusGuard SSL-VPN 2000",
                        "firmware": "4.2.1", "desc": "원격 연구자 접속"}),
    "wan-daejeon": ("D", {"device": "WAN link", "vendor": "KT", "model": "전용회선 10Gbps",
                          "circuit": "KT-OS-DJ-40117", "desc": "오송 ↔ 대전 백업센터"}),
    "wan-hosp-vpn": ("O", {"device": "VPN concentrator", "vendor": "SECUI", "model": "BLUEMAX NGF 2000",
                           "tunnels": 27, "desc": "협력병원 IPsec VPN"}),
    "kreonet-10g": ("O", {"device": "research network", "vendor": "KISTI", "model": "KREONET 10Gbps",
                          "circuit": "KRN-OSG-0931", "desc": "국가연구망 (해외 데이터 교환)"}),
    "ncp-cc": ("N", {"device": "cloud connect", "vendor": "NCP", "model": "Cloud Connect 1Gbps",
                     "circuit": "ncc-kr2-58321", "desc": "오송 ↔ NCP 전용 연결"}),
}
NETWORK_LINKS = [  # CONNECTS_TO
    ("ipc-lh00417", "LH00417"),
    ("ipc-lh00562", "LH00562"),
    ("ipc-a01877", "A01877"),
    ("ipc-r1100118", "R1100118"),
    ("ipc-r2200345", "R2200345"),
    ("ipc-lh00417", "sw-labb-01"),
    ("ipc-lh00562", "sw-labb-01"),
    ("ipc-a01877", "sw-labb-01"),
    ("ipc-r1100118", "sw-labb-01"),
    ("ipc-r2200345", "sw-labb-01"),
    ("seq-ingest", "ipc-lh00417"),
    ("seq-ingest", "ipc-lh00562"),
    ("seq-ingest", "ipc-a01877"),
    ("seq-ingest", "ipc-r1100118"),
    ("seq-ingest", "ipc-r2200345"),
    ("sw-labb-01", "sw-core-osg"),
    ("fw-core", "sw-core-osg"),
    ("sslvpn-01", "fw-core"),
    ("sslvpn-01", "vpn-radius"),
    ("wan-hosp-vpn", "fw-core"),
    ("lb-hosp", "wan-hosp-vpn"),
    ("wan-daejeon", "sw-core-osg"),
    ("kreonet-10g", "fw-core"),
    ("ncp-cc", "sw-core-osg"),
    ("sw-ib-hdr", "sw-core-osg"),
    ("mds01", "sw-ib-hdr"),
    ("oss01", "sw-ib-hdr"),
    ("oss02", "sw-ib-hdr"),
    ("oss03", "sw-ib-hdr"),
    ("oss04", "sw-ib-hdr"),
    ("cn0101", "sw-ib-hdr"),
    ("cn0102", "sw-ib-hdr"),
    ("gn0101", "sw-ib-hdr"),
    ("gn0102", "sw-ib-hdr"),
    ("gn0103", "sw-ib-hdr"),
    ("gn0104", "sw-ib-hdr"),
    ("gn0105", "sw-ib-hdr"),
    ("isp-backup", "pg-clinrep"),
    ("isp-backup", "pg-lims"),
]
# fmt: on
STATUS = {
    "gn0105": "maintenance",
    "R2200345": "maintenance",
    "clinrep-api-stg": "maintenance",
    "SAMPLE_TRACK_V1": "retired",
}
NET_PREFIX = {"O": "10.40", "L": "10.41", "D": "10.50", "N": "172.16"}


def measured(ci: dict) -> bool:
    """Every prod CI but the retired one and the sequencers themselves (their PCs are measured)."""
    return (
        ci["status"] != "retired"
        and ci["environment"] == "prod"
        and ci["attributes"].get("device") != "sequencer"
    )


# ---------------------------------------------------------------------- incidents
INCIDENTS = [
    {
        "id": "C1",
        "kind": "oss_raid_rebuild",
        "root": "oss03",
        "description": "in the small hours of Tuesday the Lustre OSS oss03 loses a disk and rebuilds its RAID6"
        " while the nightly pipeline hammers the file system: lfs-scratch serves OST0008-000b slowly,"
        " varcall-nightly (GATK 4.6.1 deployed Monday 18:00, loudest) stalls and bcl-convert falls behind, until"
        " the rebuild is throttled and the OSTs are set read-only for new writes",
        "start": kst(13, 1, 40),
        "end": kst(13, 2, 35),
        "affected": ["oss03", "lfs-scratch", "varcall-nightly", "bcl-convert"],
    },
    {
        "id": "C2",
        "kind": "db_antiwraparound_vacuum",
        "root": "pg-lims",
        "description": "at Wednesday's morning sample accessioning peak pg-lims starts an anti-wraparound"
        " autovacuum on sample_event (the freeze age was lowered on Tuesday) that saturates I/O and blocks"
        " writers: lims-core (deployed at 09:50, loudest) times out sample registration, seq-ingest cannot"
        " register runs and clinrep-api reads sample status slowly, until the vacuum is throttled",
        "start": kst(14, 10, 20),
        "end": kst(14, 11, 15),
        "affected": ["pg-lims", "lims-core", "seq-ingest", "clinrep-api"],
    },
    {
        "id": "C3",
        "kind": "accounting_db_lock",
        "root": "mdb-slurmacct",
        "description": "on Friday afternoon hpc-usage-report's year-to-date sacct query (moved from 03:00 to"
        " 14:00 on Thursday) locks job_table in mdb-slurmacct: slurmdbd's agent queue fills, slurmctld's RPCs"
        " time out, and varcall-ondemand (deployed at 13:40, loudest) and nf-tower cannot submit jobs, until"
        " the query is killed",
        "start": kst(16, 14, 5),
        "end": kst(16, 15, 0),
        "affected": ["mdb-slurmacct", "slurmdbd", "slurmctld", "varcall-ondemand", "nf-tower"],
    },
    {
        "id": "C4",
        "kind": "cache_maxmemory_noeviction",
        "root": "redis-share",
        "description": "on Sunday evening (EU/US daytime) a cohort bulk download fills redis-share with signed"
        " URLs and, under the noeviction policy set on Saturday, it refuses writes at maxmemory: share-api"
        " (deployed at 19:45, loudest) fails to issue URLs, beacon-api and share-portal follow, until the policy"
        " is reverted",
        "start": kst(18, 20, 10),
        "end": kst(18, 21, 5),
        "affected": ["redis-share", "share-api", "beacon-api", "share-portal"],
    },
    {
        "id": "C5",
        "kind": "ldap_changelog_contention",
        "root": "ipa-gnm",
        "description": "at Tuesday's morning login peak the changelog trimming after Monday's bulk password-policy"
        " change holds database locks in ipa-gnm's 389-ds and LDAP binds take seconds: keycloak-gnm (deployed at"
        " 09:20, loudest) fails logins, vpn-radius rejects VPN users and portal-web logins hang, until trimming"
        " is paused and the replica re-initialised",
        "start": kst(20, 9, 40),
        "end": kst(20, 10, 35),
        "affected": ["ipa-gnm", "keycloak-gnm", "vpn-radius", "portal-web"],
    },
    {
        "id": "C6",
        "kind": "wal_volume_full",
        "root": "pg-clinrep",
        "description": "on Wednesday afternoon pg-clinrep's pg_wal volume fills behind the inactive replication"
        " slot of its DR standby (the 대전 line was cut for maintenance on Tuesday night): clinrep-api (deployed"
        " at 13:55, loudest) fails to generate reports, clinrep-signer cannot store signatures and hl7-gw"
        " retries results to the hospitals, until the slot is dropped and the volume grown",
        "start": kst(21, 14, 20),
        "end": kst(21, 15, 15),
        "affected": ["pg-clinrep", "clinrep-api", "clinrep-signer", "hl7-gw"],
    },
    {
        "id": "C7",
        "kind": "broker_disk_alarm",
        "root": "rmq-gnm",
        "description": "on Thursday afternoon the InterOp QC queue of rmq-gnm is no longer consumed and its"
        " message store reaches the disk free limit: the broker blocks every publisher, seq-ingest (loudest)"
        " cannot announce completed runs, pipe-orchestrator (deployed at 14:20) starts no analyses and qc-dash"
        " shows stale run metrics (ongoing)",
        "start": kst(22, 14, 45),
        "end": None,
        "affected": ["rmq-gnm", "seq-ingest", "pipe-orchestrator", "qc-dash"],
    },
]
C1, C2, C3, C4, C5, C6, C7 = INCIDENTS


def _relations() -> list[tuple[str, str, str]]:
    rels = []
    for name, (_, _, _, _, on, deps, _) in SERVICES.items():
        rels += service_relations(name, deps, on)
    for st, (_, _, _, on, _) in STORAGE.items():
        rels += [(st, h, "RUNS_ON") for h in on]
    for lb, (_, _, targets, _) in LOAD_BALANCERS.items():
        rels += [(lb, t, "CONNECTS_TO") for t in targets]
    for st, (_, _, _, _, attached) in STORAGE.items():
        rels += [(h, st, "CONNECTS_TO") for h in attached]
    return rels + [(a, b, "CONNECTS_TO") for a, b in NETWORK_LINKS]


RELATIONS = _relations()


def _hops() -> None:
    """Each incident's hops: the distance of each affected CI from the root, walking to the CIs that depend on
    it or run on it (DEPENDS_ON and RUNS_ON backwards)."""
    into: dict[str, set[str]] = {}
    for s, t, k in RELATIONS:
        if k in ("DEPENDS_ON", "RUNS_ON"):
            into.setdefault(t, set()).add(s)
    for inc in INCIDENTS:
        dist, todo = {inc["root"]: 0}, deque([inc["root"]])
        while todo:
            n = todo.popleft()
            for m in sorted(into.get(n, ())):
                if m not in dist:
                    dist[m] = dist[n] + 1
                    todo.append(m)
        missing = [a for a in inc["affected"] if a not in dist]
        assert not missing, (inc["id"], missing)
        inc["hops"] = {a: dist[a] for a in inc["affected"]}


_hops()


def build_cis(rng: random.Random) -> tuple[list[dict], list[tuple[str, str, str]]]:
    cis = []
    for name, (kind, owner, site, env, _, _, extra) in SERVICES.items():
        cis.append(
            ci_record(name, kind, ENVS[env], owner, SITES[site], dict(extra), STATUS.get(name, "active"))
        )
    for lb, (site, owner, _, attrs) in LOAD_BALANCERS.items():
        cis.append(ci_record(lb, "load_balancer", "prod", owner, SITES[site], attrs))
    for st, (site, owner, attrs, _, _) in STORAGE.items():
        cis.append(ci_record(st, "storage", "prod", owner, SITES[site], attrs))
    for i, (h, (site, env, kind, extra)) in enumerate(HOSTS.items()):
        owner = INFRA
        attrs: dict = {
            "ip": f"{NET_PREFIX[site]}.{({'P': 10, 'S': 30, 'D': 50}[env]) + i // 11}.{11 + (i * 37) % 230}"
        }
        if kind == "seq":
            attrs |= {"device": "sequencer", "vendor": extra["model"].split()[0]}
            owner = SEQ
        elif kind == "ipc":
            attrs |= {"os": "Windows 10 IoT Enterprise LTSC", "data_drive_tb": rng.choice([4, 8]),
                      "antivirus_excluded": "D:\\Runs"}  # fmt: skip
            owner = SEQ
        elif kind == "vm":
            attrs |= {"os": rng.choice(["Rocky Linux 9.4", "Rocky Linux 8.10", "Ubuntu 22.04 LTS"]),
                      "vcpu": rng.choice([4, 8, 16]), "mem_gb": rng.choice([16, 32, 64]),
                      "hypervisor": "Proxmox VE 8.2", "cluster": "pve-osg"}  # fmt: skip
        elif kind == "ncp":
            attrs |= {"os": "Rocky Linux 8.10", "vpc": "vpc-gnm-share" if env == "P" else "vpc-gnm-nonprod"}
            owner = CLOUD
        elif kind in ("cn", "gn"):
            attrs |= {
                "os": "Rocky Linux 9.4",
                "mem_gb": 1024 if kind == "gn" else 512,
                "slurm_state": "idle/mix",
            }
            owner = HPC
        else:  # bare metal
            attrs |= {"os": rng.choice(["Rocky Linux 9.4", "RHEL 9.4"]), "cores": rng.choice([32, 48, 64]),
                      "mem_gb": rng.choice([256, 384, 512]),
                      "serial": f"{rng.choice(['J30', 'CN7', '7Z7'])}{rng.randint(100000, 999999)}"}  # fmt: skip
            if h.startswith(("mds", "oss", "nsd")):
                owner = STO
            elif h.startswith("pgsql"):
                owner = DBA
            elif h.startswith(("hpc-", "dragen")):
                owner = HPC
            elif h == "bk-srv01":
                owner = STO
        attrs |= extra
        cis.append(ci_record(h, "host", ENVS[env], owner, SITES[site], attrs, STATUS.get(h, "active")))
    for n, (site, attrs) in NETWORK.items():
        ip = f"{NET_PREFIX[site]}.{rng.randint(1, 3)}.{rng.randint(2, 250)}"
        cis.append(ci_record(n, "host", "prod", NET, SITES[site], {"mgmt_ip": ip, **attrs}))
    return sorted(cis, key=lambda c: c["name"].lower()), list(RELATIONS)


# ---------------------------------------------------------------------- load shapes


def _local(ts: datetime) -> datetime:
    return ts + timedelta(hours=9)


def _bump(h: float, at: float, width: float) -> float:
    d = abs(h - at) % 24
    d = min(d, 24 - d)
    return math.exp(-(d**2) / (2 * width**2))


def _lab(ts: datetime) -> float:
    """Lab hours: weekdays 08:30–18:30 with the accessioning peak at 10:00 and run loading at 14:30, a lunch
    dip; nights and weekends quiet (the instruments keep running)."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.12
    if wd < 5:
        v += 0.55 * _bump(h, 10.2, 1.2) + 0.5 * _bump(h, 14.6, 1.4) + 0.12 * (1 if 8.5 <= h < 18.5 else 0)
        v -= 0.12 * _bump(h, 12.4, 0.4)
    else:
        v += 0.08 * _bump(h, 11, 2)
    return max(0.05, min(1.0, v))


def _hpc(ts: datetime) -> float:
    """The cluster: the nightly variant calling 22:00–06:00 at full tilt, on-demand work by day."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.25 + 0.3 * _bump(h, 14, 3) * (1 if wd < 5 else 0.4)
    if h >= 22 or h < 6:
        v += 0.6
    return max(0.05, min(1.0, v))


def _nightly(ts: datetime) -> float:
    h = seoul_hour(ts)
    return 0.95 if (h >= 22 or h < 6) else 0.1


def _clinical(ts: datetime) -> float:
    """Partner hospitals: weekday clinic hours with peaks at 10:30 and 14:30, Saturday mornings light."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.06
    if wd < 5:
        v += 0.5 * _bump(h, 10.5, 1.3) + 0.55 * _bump(h, 14.5, 1.3) + 0.15 * (1 if 8.5 <= h < 18 else 0)
    elif wd == 5:
        v += 0.2 * _bump(h, 10.5, 1.5)
    return max(0.05, min(1.0, v))


def _share(ts: datetime) -> float:
    """The public sharing API: domestic office hours and a larger KST evening peak (Europe and the US)."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    v = 0.2 + 0.25 * _bump(h, 11, 2.5) * (1 if wd < 5 else 0.5) + 0.55 * _bump(h, 21, 2.2)
    return max(0.05, min(1.0, v))


def _office(ts: datetime) -> float:
    """Researchers: the 09:00–10:00 login peak, office hours, a little in the evening."""
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if wd >= 5:
        return 0.08 + 0.05 * _bump(h, 14, 3)
    return 0.1 + 0.45 * _bump(h, 9.6, 0.7) + 0.35 * (1 if 8.5 <= h < 18.5 else 0) + 0.08 * _bump(h, 21, 1.5)


def _backup(ts: datetime) -> float:
    wd, h = _local(ts).weekday(), seoul_hour(ts)
    if (wd == 5 and h >= 22) or (wd == 6 and h < 6):
        return 1.0
    return 0.85 if 1 <= h < 5 else 0.1


def _steady(ts: datetime) -> float:
    return 0.5


LAB = {"lims-core", "seq-ingest", "qc-dash", "pg-lims", "redis-lims", "rmq-gnm", "vm1101", "vm1102", "vm1106",
       "vm1110", "pgsql-p01", "ipc-lh00417", "ipc-lh00562", "ipc-a01877", "ipc-r1100118", "ipc-r2200345",
       "sw-labb-01", "NGS_QC_DAILY", "bcl-convert", "dragen01", "dragen02"}  # fmt: skip
HPC_SIDE = {"slurmctld", "slurmdbd", "mdb-slurmacct", "nf-tower", "pg-tower", "varcall-ondemand", "annot-vep",
            "pg-annot", "pipe-orchestrator", "hpc-ctl01", "hpc-ctl02", "hpc-sub01", "cn0101", "cn0102", "gn0101",
            "gn0102", "gn0103", "gn0104", "gn0105", "mds01", "oss01", "oss02", "oss03", "oss04", "lfs-scratch",
            "lfs-project", "sw-ib-hdr", "vm1120", "vm1121", "pgsql-p03", "hpc-usage-report"}  # fmt: skip
NIGHTLY = {"varcall-nightly", "archive-mover", "vm1130", "s3-archive"}
CLINICAL = {"clinrep-api", "clinrep-signer", "hl7-gw", "pg-clinrep", "pg-clinrep-dr", "gpfs-clin", "vm1140",
            "vm1141", "vm1142", "vm1143", "pgsql-p02", "pgsql-dr01", "nsd01", "nsd02", "lb-hosp",
            "wan-hosp-vpn"}  # fmt: skip
SHARE_SIDE = {"share-api", "beacon-api", "share-portal", "redis-share", "cdb-pg-share", "obj-gnm-open",
              "ncp-alb-share", "ncp-s2831047", "ncp-s2831052", "ncp-s2831058", "ncp-cc", "kreonet-10g"}  # fmt: skip
OFFICE = {"portal-web", "keycloak-gnm", "ipa-gnm", "vpn-radius", "pg-idp", "vm1150", "vm1160", "vm1161", "vm1162",
          "vm1163", "sslvpn-01", "lb-int-01", "fw-core", "sw-core-osg"}  # fmt: skip
BACKUP = {"isp-backup", "bk-srv01", "tl-ts4500", "wan-daejeon"}


def _load(name: str):
    for group, shape in (
        (LAB, _lab),
        (NIGHTLY, _nightly),
        (HPC_SIDE, _hpc),
        (CLINICAL, _clinical),
        (SHARE_SIDE, _share),
        (OFFICE, _office),
        (BACKUP, _backup),
    ):
        if name in group:
            return shape
    return _steady


# per incident and hop: (response-time factor, error-rate points)
EFFECT = {
    "C1": {1: (6.0, 4.0), 2: (3.5, 11.0)},
    "C2": {0: (8.0, 3.0), 1: (4.5, 12.0), 2: (2.2, 7.0)},
    "C3": {0: (6.5, 3.5), 1: (5.0, 12.0), 2: (3.0, 10.0), 3: (2.0, 7.0)},
    "C4": {0: (5.0, 9.0), 1: (3.5, 13.0), 2: (2.0, 7.0)},
    "C5": {0: (9.0, 4.0), 1: (4.0, 12.0), 2: (2.2, 7.5)},
    "C6": {0: (7.0, 6.0), 1: (3.8, 12.0), 2: (2.0, 7.0)},
    "C7": {0: (3.0, 7.0), 1: (2.6, 11.0)},
}
EFFECT_OVERRIDE = {
    ("C1", "varcall-nightly"): (4.2, 26.0),
    ("C2", "lims-core"): (5.0, 28.0),
    ("C3", "varcall-ondemand"): (3.8, 29.0),
    ("C4", "share-api"): (4.0, 31.0),
    ("C5", "keycloak-gnm"): (5.5, 30.0),
    ("C6", "clinrep-api"): (4.4, 27.0),
    ("C7", "seq-ingest"): (3.4, 33.0),
}

HOST = HostBaseline(cpu=(0.45, 0.8, 1.0), memory=(8, 0.5), disk_noise=0.1)
SERVICE = ServiceBaseline(response=(0.8, 0.4, 0.05), requests=(0.12, 1.0))

DISK_WATCHED = {
    "hpc-ctl01", "hpc-ctl02", "hpc-sub01", "mds01", "oss01", "oss02", "oss03", "oss04", "pgsql-p01", "pgsql-p02",
    "pgsql-p03", "pgsql-dr01", "bk-srv01", "vm1106", "vm1170", "ipc-lh00417", "ipc-lh00562", "ipc-a01877",
    "ipc-r1100118", "ipc-r2200345", "dragen01", "dragen02",
}  # fmt: skip
NETWORK_NAMES = set(NETWORK)
GPU_NODES = {"gn0101", "gn0102", "gn0103", "gn0104", "gn0105"}


def _host_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    if name in NETWORK_NAMES:
        return _network_metrics(rng, name, times)
    cpu0, mem0, disk0 = rng.uniform(12, 34), rng.uniform(36, 62), rng.uniform(24, 55)
    growth = rng.uniform(0, 0.1)
    gpu0 = rng.uniform(45, 60)
    if name == "vm1170":  # the log index creeps up
        disk0, growth = 60.4, 1.6
    if name == "ipc-a01877":  # run folders pile up on the instrument PC's data drive
        disk0, growth = 58.0, 0.9
    if name in ("cn0101", "cn0102"):
        cpu0 = rng.uniform(60, 68)
    load = _load(name)
    for ts, d, cpu, mem, disk in HOST.walk(rng, times, START, load, (cpu0, mem0, disk0), growth):
        if name == "oss03":  # RAID6 rebuild: parity computation and interrupts
            cpu += (92.0 + rng.gauss(0, 0.8) - cpu) * ramp(ts, C1["start"] - timedelta(minutes=15), C1["end"],
                                                            rise=10, fall=10)  # fmt: skip
            mem += 12 * ramp(ts, C1["start"], C1["end"], rise=5, fall=10)
        if name in ("cn0101", "cn0102") and cpu > 84:
            cpu = 84 - abs(rng.gauss(0, 0.5))
        if name == "gn0105":
            cpu = 0.9 + abs(rng.gauss(0, 0.2))
        row = {"cpu_usage": round(max(0.5, min(cpu, 99.5)), 1), "memory_usage": round(min(mem, 99.0), 1)}
        if name in DISK_WATCHED:
            row["disk_usage"] = round(min(disk, 99.9), 1)
        if name in GPU_NODES:
            gpu = gpu0 * (0.4 + 0.9 * d) + rng.gauss(0, 2.0)
            if name == "gn0105":
                gpu = 0.0
            row["gpu_usage"] = round(max(0.0, min(gpu, 99.0)), 1)
        rows += samples(ts, name, **row)
    return rows


def _network_metrics(rng: random.Random, name: str, times: list[datetime]) -> list:
    rows = []
    cpu0 = rng.uniform(8, 24)
    rtt0 = {"wan-daejeon": 2.1, "wan-hosp-vpn": 6.8, "kreonet-10g": 3.3, "ncp-cc": 1.7}.get(
        name, rng.uniform(0.2, 0.9)
    )
    load = _load(name)
    for ts in times:
        cpu = cpu0 * (0.6 + 0.6 * load(ts)) + rng.gauss(0, 0.8)
        rtt = rtt0 * (1 + rng.gauss(0, 0.05))
        loss = max(0.0, rng.gauss(0.02, 0.01))
        if name == "wan-daejeon" and kst(20, 22) <= ts < kst(21, 2):  # the line maintenance
            loss = 100.0
        rows += samples(ts, name, cpu_usage=round(max(0.5, min(cpu, 99.5)), 1), response_time_ms=round(rtt, 2),
                        error_rate=round(loss, 2))  # fmt: skip
    return rows


def _storage_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name = ci["name"]
    used = {"lfs-scratch": (70, 71), "lfs-project": (63, 64), "s3-archive": (55, 57), "tl-ts4500": (41, 43),
            "gpfs-clin": (48, 50)}.get(name, (30, 50))  # fmt: skip
    per_day = {"lfs-scratch": 0.35, "s3-archive": 0.12}.get(name, 0.04)
    fill = storage_fill(rng, name, times, START, used, per_day)
    lat0 = {"lfs-scratch": 1.8, "lfs-project": 2.4, "gpfs-clin": 1.2}.get(name, rng.uniform(3.0, 8.0))
    load = _load(name)
    rows = []
    for ts, c, _m, v in fill:
        lat = lat0 * (0.8 + 0.4 * load(ts)) * (1 + rng.gauss(0, 0.06))
        err = max(0.0, rng.gauss(0.01, 0.005))
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = hop_effect(EFFECT, inc, hop)
            lat *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
        rows += samples(
            ts, c, disk_usage=round(v, 1), response_time_ms=round(lat, 2), error_rate=round(err, 2)
        )
    return rows


RT0 = {
    "lims-core": 180.0, "seq-ingest": 240.0, "bcl-convert": 310.0, "qc-dash": 150.0, "slurmctld": 35.0,
    "slurmdbd": 22.0, "pipe-orchestrator": 120.0, "nf-tower": 210.0, "varcall-nightly": 420.0,
    "varcall-ondemand": 380.0, "annot-vep": 260.0, "NGS_QC_DAILY": 390.0, "hpc-usage-report": 450.0,
    "archive-mover": 330.0, "isp-backup": 280.0, "clinrep-api": 230.0, "clinrep-signer": 140.0, "hl7-gw": 160.0,
    "portal-web": 260.0, "keycloak-gnm": 90.0, "ipa-gnm": 12.0, "vpn-radius": 45.0, "share-api": 120.0,
    "beacon-api": 170.0, "share-portal": 210.0, "prom-gnm": 60.0, "graylog-gnm": 95.0,
    "pg-lims": 3.2, "pg-clinrep": 2.8, "pg-clinrep-dr": 1.9, "mdb-slurmacct": 4.5, "pg-tower": 2.6, "pg-idp": 1.4,
    "pg-annot": 6.5, "cdb-pg-share": 3.6, "redis-lims": 0.4, "redis-share": 0.6, "rmq-gnm": 2.9,
    "lb-int-01": 1.1, "lb-hosp": 1.4, "ncp-alb-share": 2.2,
}  # fmt: skip
REQUEST_RATE = {
    "lims-core": 420.0, "seq-ingest": 36.0, "qc-dash": 55.0, "slurmctld": 380.0, "slurmdbd": 240.0,
    "pipe-orchestrator": 28.0, "nf-tower": 95.0, "clinrep-api": 140.0, "clinrep-signer": 30.0, "hl7-gw": 62.0,
    "portal-web": 120.0, "keycloak-gnm": 260.0, "ipa-gnm": 1900.0, "vpn-radius": 18.0, "share-api": 640.0,
    "beacon-api": 210.0, "share-portal": 85.0, "pg-lims": 3100.0, "pg-clinrep": 1200.0, "mdb-slurmacct": 900.0,
    "cdb-pg-share": 1700.0, "redis-lims": 5200.0, "redis-share": 7400.0, "rmq-gnm": 850.0, "lb-int-01": 900.0,
    "lb-hosp": 210.0, "ncp-alb-share": 950.0,
}  # fmt: skip
MEMORY = {  # caches and the broker with a memory gauge: (level, swing with load)
    "redis-lims": (44.0, 9.0), "redis-share": (51.0, 12.0), "rmq-gnm": (28.0, 6.0),
}  # fmt: skip
CPU_DB = {"pg-lims": (18.0, 34.0), "mdb-slurmacct": (14.0, 20.0), "pg-clinrep": (12.0, 26.0),
          "cdb-pg-share": (15.0, 25.0)}  # fmt: skip
BATCH_HOURS = {"NGS_QC_DAILY": (7.0, 7.75), "archive-mover": (1.0, 4.5), "hpc-usage-report": (14.0, 14.5)}


def _service_metrics(rng: random.Random, ci: dict, times: list[datetime]) -> list:
    name, rows = ci["name"], []
    rt0 = RT0.get(name, rng.uniform(60, 240))
    levels = rt0, rng.uniform(0.02, 0.3), REQUEST_RATE.get(name, 100.0), None
    mem0, mem_swing = MEMORY.get(name, (0.0, 0.0))
    cpu0, cpu_swing = CPU_DB.get(name, (0.0, 0.0))
    load = _load(name)
    for ts, d, rt, err, req, _ in SERVICE.walk(rng, times, load, levels):
        for inc, hop, r in incident_hits(INCIDENTS, name, ts):
            f_rt, f_err = EFFECT_OVERRIDE.get((inc["id"], name)) or hop_effect(EFFECT, inc, hop)
            rt *= 1 + r * f_rt * (1 + rng.gauss(0, 0.08))
            err += r * f_err * (1 + rng.gauss(0, 0.08))
            if inc is C7 and name in ("seq-ingest", "rmq-gnm"):
                req *= 1 - 0.55 * r  # publishers blocked
            if inc is C3 and name == "slurmctld":
                req *= 1 - 0.4 * r
            if inc is C4 and name == "redis-share":
                req *= 1 + 0.6 * r
            if inc is C5 and name == "ipa-gnm":
                req *= 1 + 0.35 * r  # clients retry binds
        if name in BATCH_HOURS:
            a, z = BATCH_HOURS[name]
            if not a <= seoul_hour(ts) < z:
                req *= 0.1
        row = {
            "response_time_ms": round(rt, 2 if rt < 10 else 1 if rt < 100 else 0),
            "error_rate": round(min(err, 100.0), 2),
        }
        if name in REQUEST_RATE:
            row["request_rate"] = round(req, 2 if req < 10 else 1 if req < 100 else 0)
        if name in MEMORY:
            mem = mem0 + mem_swing * d + rng.gauss(0, 0.4)
            if name == "redis-share":  # signed URLs pile up from 19:50 until writes are refused
                mem += (99.6 + rng.gauss(0, 0.1) - mem) * ramp(ts, C4["start"] - timedelta(minutes=20), C4["end"],
                                                                 rise=25, fall=10)  # fmt: skip
            row["memory_usage"] = round(min(mem, 99.9), 1)
        if name == "rmq-gnm":  # the message store volume: unconsumed InterOp messages from 14:00
            disk = 41.0 + 3 * d + rng.gauss(0, 0.3)
            disk += (95.5 + rng.gauss(0, 0.2) - disk) * ramp(ts, C7["start"] - timedelta(minutes=40), C7["end"],
                                                               rise=45)  # fmt: skip
            row["disk_usage"] = round(min(disk, 99.9), 1)
        if name == "pg-clinrep":  # the pg_wal volume behind the inactive slot
            wal = 22.0 + rng.gauss(0, 0.3)
            if kst(20, 22) <= ts < C6["end"]:
                wal += min(
                    74.0,
                    74.0 * (ts - kst(20, 22)).total_seconds() / (C6["start"] - kst(20, 22)).total_seconds(),
                )
            elif ts >= C6["end"]:
                wal += 74.0 * max(0.0, 1 - (ts - C6["end"]).total_seconds() / 600)
            row["disk_usage"] = round(min(wal, 99.9), 1)
        if name in CPU_DB:
            cpu = cpu0 + cpu_swing * d + rng.gauss(0, 1.1)
            if name == "pg-lims":
                cpu += (93.0 + rng.gauss(0, 0.8) - cpu) * ramp(ts, C2["start"], C2["end"], rise=5, fall=10)
            if name == "mdb-slurmacct":
                cpu += 35 * ramp(ts, C3["start"], C3["end"], rise=5, fall=10)
            row["cpu_usage"] = round(max(0.5, min(cpu, 99.5)), 1)
        rows += samples(ts, name, **row)
    return rows


# ---------------------------------------------------------------------- events


def _in_window(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if START <= kst(r[0], r[1], r[2]) < NOW]


def _daily_rows() -> list[tuple]:
    """The nightly pipeline, archive tiering, backups, the QC report, usage accounting and the hospital cert."""
    rows = []
    for d in range(12, 23):
        wd = datetime(2028, 6, d).weekday()
        rows.append(
            (
                d,
                22,
                0,
                "varcall-nightly",
                "info",
                "batch_job",
                "야간 변이분석 시작 (nf-core/sarek, 96 samples)",
            )
        )
        if d != 12:
            rows.append((d, 5, 40, "varcall-nightly", "info", "batch_job", "야간 변이분석 완료, VCF 등록"))
        rows.append((d, 1, 0, "archive-mover", "info", "batch_job", "아카이브 이관 시작 (90일 경과 CRAM)"))
        rows.append((d, 4, 20, "archive-mover", "info", "batch_job", "아카이브 이관 완료"))
        rows.append((d, 1, 0, "isp-backup", "info", "backup", "일일 증분 백업 시작"))
        rows.append((d, 4, 45, "isp-backup", "info", "backup", "일일 증분 백업 완료"))
        if wd < 5:
            rows.append((d, 7, 0, "NGS_QC_DAILY", "info", "batch_job", "일일 QC 리포트 생성"))
        if d != 16:
            rows.append((d, 14, 0, "hpc-usage-report", "info", "batch_job", "HPC 사용량 집계 시작"))
            rows.append((d, 14, 12, "hpc-usage-report", "info", "batch_job", "HPC 사용량 집계 완료"))
        left = (datetime(2028, 6, 30) - datetime(2028, 6, d)).days
        rows.append(
            (d, 9, 0, "lb-hosp", "warning", "cert_expiry",
             f"SSL certificate report.gnm.re.kr expires in {left} days (2028-06-30), GPKI manual renewal")
        )  # fmt: skip
    return _in_window(rows)


# fmt: off
BACKGROUND = [  # (KST day, hh, mm, ci, severity, type, message)
    (12, 16, 30, "lims-core-stg", "info", "deployment", "lims-core-stg 8.5.0-rc1 배포"),
    (12, 18, 0, "varcall-nightly", "info", "deployment", "varcall-nightly 4.6.1 배포 (GATK 4.6.1.0 업그레이드)"),
    (13, 1, 22, "oss03", "warning", "hardware", "disk enclosure slot 17 failed, md RAID6 rebuild started (OST0009)"),
    (13, 10, 30, "vm1170", "warning", "threshold_breach", "disk_usage above 65% on /var/lib/opensearch"),
    (13, 11, 0, "LH00417", "info", "run", "run 20280613_LH00417_0211 started (25B, 2x150)"),
    (13, 16, 0, "pg-lims", "info", "config_change", "autovacuum_freeze_max_age 200000000 → 150000000"),
    (14, 9, 50, "lims-core", "info", "deployment", "lims-core 8.4.2 배포 (검체 접수 일괄 업로드 개선)"),
    (14, 15, 0, "gn0105", "info", "maintenance", "GPU 노드 drain, NVIDIA 드라이버 550 → 560 업그레이드"),
    (15, 10, 0, "R2200345", "info", "maintenance", "DNBSEQ-G400 정기 점검 (MGI 엔지니어 방문, 광학부 교정)"),
    (15, 17, 0, "hpc-usage-report", "info", "config_change", "집계 쿼리 범위 연초부터(YTD)로 변경, 스케줄 유지 14:00"),
    (16, 13, 40, "varcall-ondemand", "info", "deployment", "varcall-ondemand 4.3.1 배포 (Parabricks 4.3.1)"),
    (16, 14, 0, "hpc-usage-report", "info", "batch_job", "HPC 사용량 집계 시작 (YTD)"),
    (16, 16, 0, "vm1170", "warning", "threshold_breach", "disk_usage above 70% on /var/lib/opensearch"),
    (17, 11, 0, "redis-share", "info", "config_change", "maxmemory-policy allkeys-lru → noeviction (세션 유실 방지)"),
    (17, 22, 0, "isp-backup", "info", "backup", "주간 전체 백업 시작 (임상 DB, LIMS DB, 설정)"),
    (18, 5, 30, "isp-backup", "info", "backup", "주간 전체 백업 완료"),
    (18, 19, 30, "share-api", "info", "change_notice", "EGA 연합 코호트(KOGO-WGS-2400) 일괄 다운로드 창구 오픈 20:00"),
    (18, 19, 45, "share-api", "info", "deployment", "share-api 2.3.0 배포 (htsget 범위 요청 지원)"),
    (19, 10, 0, "clinrep-api-stg", "info", "maintenance", "스테이징 검증 환경 점검 (병원 테스트 채널 재구성)"),
    (19, 14, 0, "share-api-stg", "info", "deployment", "share-api-stg 2.4.0-beta1 배포"),
    (19, 17, 30, "ipa-gnm", "info", "config_change", "비밀번호 정책 변경: 전 계정 krbPasswordExpiration 일괄 갱신 (3,150건)"),
    (19, 18, 10, "vm1170", "warning", "threshold_breach", "disk_usage above 75% on /var/lib/opensearch"),
    (20, 9, 20, "keycloak-gnm", "info", "deployment", "keycloak-gnm 24.0.5 배포 (보안 패치)"),
    (20, 21, 0, "wan-daejeon", "info", "change_notice", "오송↔대전 전용회선 절체 작업 22:00~02:00"),
    (20, 22, 0, "wan-daejeon", "info", "maintenance", "전용회선 작업 시작, 대전 백업센터 구간 단절"),
    (20, 22, 3, "pg-clinrep-dr", "warning", "replication", "walreceiver disconnected: could not connect to primary"),
    (21, 2, 0, "wan-daejeon", "info", "maintenance", "전용회선 작업 종료"),
    (21, 13, 55, "clinrep-api", "info", "deployment", "clinrep-api 5.6.0 배포 (유전성 암 패널 리포트 양식)"),
    (21, 16, 30, "nf-tower-dev", "info", "deployment", "nf-tower-dev 24.2.0-dev 배포"),
    (22, 10, 20, "LH00562", "info", "run", "run 20280622_LH00562_0148 completed (10B, 2x150)"),
    (22, 14, 20, "pipe-orchestrator", "info", "deployment", "pipe-orchestrator 3.1.0 배포 (자동 시작 규칙 엔진)"),
    (22, 14, 32, "LH00417", "info", "run", "run 20280622_LH00417_0215 completed (25B, 2x150)"),
    # C1 (Tuesday small hours, nightly pipeline)
    (13, 1, 43, "oss03", "critical", "hardware", "RAID6 rebuild + heavy load: OST0009 I/O latency 1.8s, ll_ost_io threads busy"),
    (13, 1, 48, "lfs-scratch", "warning", "performance", "LustreError: slow reply from OST0009, client eviction risk"),
    (13, 1, 52, "varcall-nightly", "critical", "error", "HaplotypeCaller 작업 I/O 타임아웃 26%, 재시도 폭증"),
    (13, 1, 57, "bcl-convert", "major", "error", "BCL 변환 지연 (FASTQ 쓰기 대기)"),
    (13, 2, 25, "oss03", "info", "config_change", "dev.raid.speed_limit_max 200000 → 50000, OST0008-000b 신규 쓰기 중지"),
    (13, 2, 50, "varcall-nightly", "info", "recovery", "야간 분석 재개, 실패 샘플 재큐잉"),
    (13, 9, 30, "oss03", "info", "hardware", "RAID6 rebuild 완료, 교체 디스크 정상"),
    # C2 (Wednesday morning accessioning)
    (14, 10, 18, "pg-lims", "warning", "performance", "autovacuum: VACUUM public.sample_event (to prevent wraparound)"),
    (14, 10, 23, "pg-lims", "critical", "performance", "I/O util 100%, 340 backends waiting on lock (sample_event)"),
    (14, 10, 26, "lims-core", "critical", "error", "검체 접수 저장 타임아웃 28% (DB statement timeout)"),
    (14, 10, 31, "seq-ingest", "major", "error", "런 등록 실패 (LIMS API timeout), 런 폴더 복사 보류"),
    (14, 10, 36, "clinrep-api", "warning", "error", "검체 상태 조회 지연"),
    (14, 11, 5, "pg-lims", "info", "config_change", "autovacuum_vacuum_cost_limit 조정, 일괄 접수 분할 업로드로 전환"),
    (14, 11, 25, "lims-core", "info", "recovery", "검체 접수 정상"),
    # C3 (Friday afternoon)
    (16, 14, 7, "mdb-slurmacct", "warning", "performance", "long query on job_table 420s (sacct YTD), lock wait"),
    (16, 14, 10, "mdb-slurmacct", "critical", "performance", "InnoDB lock wait timeout, 186 threads waiting on job_table"),
    (16, 14, 14, "slurmdbd", "critical", "error", "agent queue size 48213 (max 50000), DBD_JOB_START backlog"),
    (16, 14, 18, "slurmctld", "critical", "error", "sbatch: Socket timed out on send/recv operation, RPC backlog"),
    (16, 14, 23, "varcall-ondemand", "critical", "error", "GPU 긴급분석 job 제출 실패 29%"),
    (16, 14, 26, "nf-tower", "major", "error", "Slurm executor submit timeout, 워크플로 대기"),
    (16, 14, 55, "mdb-slurmacct", "info", "config_change", "집계 쿼리 KILL, hpc-usage-report 일시 중지"),
    (16, 15, 10, "slurmctld", "info", "recovery", "job 제출 정상"),
    # C4 (Sunday evening)
    (18, 20, 12, "redis-share", "warning", "memory", "used_memory 97% of maxmemory (12GB), evicted_keys 0"),
    (18, 20, 15, "redis-share", "critical", "memory", "OOM command not allowed when used memory > 'maxmemory'"),
    (18, 20, 18, "share-api", "critical", "error", "서명 URL 발급 실패 31% (redis write refused)"),
    (18, 20, 21, "beacon-api", "major", "error", "토큰 검증 실패, 조회 오류 증가"),
    (18, 20, 27, "share-portal", "warning", "error", "데이터셋 다운로드 링크 생성 지연"),
    (18, 20, 58, "redis-share", "info", "config_change", "maxmemory-policy noeviction → volatile-ttl, 서명 URL 키 TTL 1h"),
    (18, 21, 15, "share-api", "info", "recovery", "서명 URL 발급 정상"),
    # C5 (Tuesday morning logins)
    (20, 9, 41, "ipa-gnm", "warning", "performance", "389-ds changelog trimming: db lock contention, etime 2.9s"),
    (20, 9, 44, "ipa-gnm", "critical", "performance", "LDAP BIND etime 4.8s, 1,120 pending operations"),
    (20, 9, 47, "keycloak-gnm", "critical", "error", "로그인 실패 30% (LDAP federation timeout)"),
    (20, 9, 51, "vpn-radius", "major", "error", "Access-Reject 증가 (LDAP timeout), 원격 연구자 VPN 접속 실패"),
    (20, 9, 56, "portal-web", "warning", "error", "연구자 포털 로그인 지연"),
    (20, 10, 25, "ipa-gnm", "info", "config_change", "changelog trimming 일시 중지, ipa02 replica 재초기화"),
    (20, 10, 45, "keycloak-gnm", "info", "recovery", "로그인 정상"),
    # C6 (Wednesday afternoon reports)
    (21, 14, 21, "pg-clinrep", "warning", "disk", "pg_wal 93% used, replication slot dr_slot inactive (retained WAL 470GB)"),
    (21, 14, 24, "pg-clinrep", "critical", "disk", "could not write to file pg_wal/xlogtemp: No space left on device"),
    (21, 14, 27, "clinrep-api", "critical", "error", "임상 리포트 생성 실패 27% (DB write error)"),
    (21, 14, 31, "clinrep-signer", "major", "error", "전자서명 결과 저장 실패"),
    (21, 14, 36, "hl7-gw", "warning", "error", "병원 결과 전송 지연 (ORU^R01 재시도)"),
    (21, 15, 5, "pg-clinrep", "info", "config_change", "pg_drop_replication_slot('dr_slot'), pg_wal 볼륨 512GB → 768GB"),
    (21, 15, 25, "clinrep-api", "info", "recovery", "리포트 생성 정상"),
    (21, 16, 40, "pg-clinrep-dr", "info", "replication", "pg_basebackup 재구성 시작 (DR standby)"),
    # C7 (Thursday afternoon, ongoing)
    (22, 14, 46, "rmq-gnm", "warning", "queue", "queue qc.interop.v3 4.1M messages unacked, consumer utilisation 0%"),
    (22, 14, 49, "rmq-gnm", "critical", "disk", "disk free alarm set on rabbit@vm1106 (free 9.6GB < 10GB): publishers blocked"),
    (22, 14, 52, "seq-ingest", "critical", "error", "run.completed 이벤트 발행 실패 (connection.blocked) 33%"),
    (22, 14, 56, "pipe-orchestrator", "major", "error", "분석 자동 시작 지연 (이벤트 수신 없음)"),
    (22, 15, 1, "qc-dash", "warning", "error", "QC 지표 갱신 지연 (InterOp 수신 중단)"),
]
# fmt: on


def _rewrite_gzip_deterministic() -> None:
    path = FIXTURES / NAME / "metrics.csv.gz"
    data = gzip.decompress(path.read_bytes())
    with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as f:
        f.write(data)


def main() -> None:
    events = dated(kst, BACKGROUND + _daily_rows())
    series = _host_metrics, _storage_metrics, _service_metrics
    generate(NAME, "genome-lab", SEED, (START, NOW), INCIDENTS, events, build_cis, series, measured)
    _rewrite_gzip_deterministic()


if __name__ == "__main__":
    main()

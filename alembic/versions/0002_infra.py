"""infra: CMDB, relations, metric catalog (seeded), metric samples, events

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 08:15:30.683851
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('cis',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('type', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('environment', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('owner', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('location', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('attributes', postgresql.JSONB(astext_type=sa.Text()), server_default='{}', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_cis_environment'), 'cis', ['environment'], unique=False)
    op.create_index(op.f('ix_cis_name'), 'cis', ['name'], unique=True)
    op.create_index(op.f('ix_cis_type'), 'cis', ['type'], unique=False)
    op.create_table('metric_catalog',
    sa.Column('id', sa.SmallInteger(), autoincrement=True, nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('unit', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('description_ko', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('description_en', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('aliases_ko', postgresql.ARRAY(sa.String()), nullable=False),
    sa.Column('aliases_en', postgresql.ARRAY(sa.String()), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('ci_relations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('target_id', sa.Integer(), nullable=False),
    sa.Column('type', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['cis.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['target_id'], ['cis.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('source_id', 'target_id', 'type', name='uq_ci_relations_edge')
    )
    op.create_index('ix_ci_relations_target', 'ci_relations', ['target_id', 'type'], unique=False)
    op.create_table('events',
    sa.Column('id', sa.BigInteger(), autoincrement=True, nullable=False),
    sa.Column('ts', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ci_id', sa.Integer(), nullable=False),
    sa.Column('severity', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('type', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('message', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.ForeignKeyConstraint(['ci_id'], ['cis.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_events_ci_ts', 'events', ['ci_id', 'ts'], unique=False)
    op.create_index(op.f('ix_events_severity'), 'events', ['severity'], unique=False)
    op.create_index('ix_events_ts', 'events', ['ts'], unique=False)
    op.create_table('metric_samples',
    sa.Column('ci_id', sa.Integer(), nullable=False),
    sa.Column('metric_id', sa.SmallInteger(), nullable=False),
    sa.Column('ts', sa.DateTime(timezone=True), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['ci_id'], ['cis.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['metric_id'], ['metric_catalog.id'], ),
    sa.PrimaryKeyConstraint('ci_id', 'metric_id', 'ts')
    )
    catalog = sa.table(
        "metric_catalog",
        sa.column("name", sa.String), sa.column("unit", sa.String),
        sa.column("description_ko", sa.String), sa.column("description_en", sa.String),
        sa.column("aliases_ko", postgresql.ARRAY(sa.String)), sa.column("aliases_en", postgresql.ARRAY(sa.String)),
    )
    op.bulk_insert(catalog, [
        {"name": "cpu_usage", "unit": "%", "description_ko": "CPU 사용률", "description_en": "CPU utilisation",
         "aliases_ko": ["CPU", "씨피유", "CPU 사용률", "CPU 사용량", "CPU 점유율", "프로세서"],
         "aliases_en": ["cpu", "cpu usage", "cpu utilization", "cpu utilisation", "processor", "cpu load"]},
        {"name": "memory_usage", "unit": "%", "description_ko": "메모리 사용률", "description_en": "Memory utilisation",
         "aliases_ko": ["메모리", "메모리 사용률", "메모리 사용량", "램", "RAM"],
         "aliases_en": ["memory", "mem", "ram", "memory usage", "memory utilization"]},
        {"name": "disk_usage", "unit": "%", "description_ko": "디스크 사용률", "description_en": "Disk utilisation",
         "aliases_ko": ["디스크", "디스크 사용률", "디스크 사용량", "저장공간", "스토리지 사용률"],
         "aliases_en": ["disk", "disk usage", "disk space", "storage usage", "disk utilization"]},
        {"name": "response_time_ms", "unit": "ms", "description_ko": "응답 시간", "description_en": "Response time",
         "aliases_ko": ["응답시간", "응답 시간", "레이턴시", "지연시간", "지연 시간", "응답속도"],
         "aliases_en": ["response time", "latency", "response latency", "rt"]},
        {"name": "error_rate", "unit": "%", "description_ko": "에러율", "description_en": "Error rate",
         "aliases_ko": ["에러율", "오류율", "에러 비율", "오류 비율", "에러", "오류"],
         "aliases_en": ["error rate", "errors", "error ratio", "failure rate"]},
        {"name": "request_rate", "unit": "req/s", "description_ko": "초당 요청 수", "description_en": "Requests per second",
         "aliases_ko": ["요청수", "요청 수", "초당 요청", "트래픽", "처리량", "RPS"],
         "aliases_en": ["request rate", "requests", "rps", "throughput", "traffic", "qps"]},
    ])
    op.create_index('ix_metric_samples_ts_brin', 'metric_samples', ['ts'], unique=False, postgresql_using='brin')


def downgrade() -> None:
    op.drop_index('ix_metric_samples_ts_brin', table_name='metric_samples', postgresql_using='brin')
    op.drop_table('metric_samples')
    op.drop_index('ix_events_ts', table_name='events')
    op.drop_index(op.f('ix_events_severity'), table_name='events')
    op.drop_index('ix_events_ci_ts', table_name='events')
    op.drop_table('events')
    op.drop_index('ix_ci_relations_target', table_name='ci_relations')
    op.drop_table('ci_relations')
    op.drop_table('metric_catalog')
    op.drop_index(op.f('ix_cis_type'), table_name='cis')
    op.drop_index(op.f('ix_cis_name'), table_name='cis')
    op.drop_index(op.f('ix_cis_environment'), table_name='cis')
    op.drop_table('cis')

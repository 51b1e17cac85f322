"""Imports every domain's tables so SQLModel.metadata (and Alembic) sees the whole schema."""

from services.admin import models as admin_models
from services.asset_registry import models as asset_models
from services.cep import delivery_models as cep_delivery_models
from services.cep import models as cep_models
from services.core import models as core_models
from services.documents import models as document_models
from services.infra import models as infra_models
from services.ops import models as ops_models
from services.ops import regression_models as ops_watch_models

__all__ = [
    "admin_models",
    "asset_models",
    "cep_delivery_models",
    "cep_models",
    "core_models",
    "document_models",
    "infra_models",
    "ops_models",
    "ops_watch_models",
]

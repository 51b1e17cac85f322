"""Shared platform services: settings, database, security, audit, errors, clock, i18n."""

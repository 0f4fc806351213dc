"""Spreadsheets in and out: reading .xlsx/.xls/.csv rosters (reader, layout, synonyms, values) and writing
the roster and an import's problem rows as .xlsx (xlsx_writer, xlsx_export). Qt-free and database-free: the
services in services/imports and services/members drive it. See docs/architecture.md."""

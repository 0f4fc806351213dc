"""Excel import/export, sync bundles and the upper-level importer."""

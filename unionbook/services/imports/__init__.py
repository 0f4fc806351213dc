"""unionbook.services.imports.flow."""

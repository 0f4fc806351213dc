"""unionbook.services.elections.records."""

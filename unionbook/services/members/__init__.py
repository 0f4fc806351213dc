"""unionbook.services.members.records."""

"""unionbook.services.union.profile."""

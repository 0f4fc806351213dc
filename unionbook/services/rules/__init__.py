"""unionbook.services.rules.in_force."""

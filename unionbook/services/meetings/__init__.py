"""unionbook.services.meetings.records."""

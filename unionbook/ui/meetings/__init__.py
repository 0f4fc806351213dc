"""unionbook.ui.meetings."""

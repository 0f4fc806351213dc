"""unionbook.ui.rules."""

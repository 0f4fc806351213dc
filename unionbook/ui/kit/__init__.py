"""unionbook.ui.kit."""

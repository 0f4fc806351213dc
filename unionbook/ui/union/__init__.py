"""unionbook.ui.union."""

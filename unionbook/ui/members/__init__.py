"""unionbook.ui.members."""

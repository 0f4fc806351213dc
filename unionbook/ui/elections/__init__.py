"""unionbook.ui.elections."""

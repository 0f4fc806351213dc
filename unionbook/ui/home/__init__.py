"""unionbook.ui.home."""

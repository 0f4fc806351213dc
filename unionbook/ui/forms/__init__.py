"""unionbook.ui.forms."""

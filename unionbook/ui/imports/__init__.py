"""unionbook.ui.imports."""

"""unionbook.services.forms.catalog."""

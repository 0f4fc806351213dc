"""unionbook.cli.elections."""

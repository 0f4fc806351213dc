"""Bundles that leave the office: signed (Ed25519) and encrypted (age) files; see docs/bundle-format.md."""

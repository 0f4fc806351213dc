"""Pure rules and value types: no database, no Qt, no I/O."""

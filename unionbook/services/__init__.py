"""Use cases the GUI and the CLI both call. Each public function that writes is one transaction."""

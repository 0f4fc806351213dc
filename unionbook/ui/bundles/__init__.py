"""The 上报与接收 page."""

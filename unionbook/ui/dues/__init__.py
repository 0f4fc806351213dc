"""The 会费经费 page: dues, arrears, funds and the books."""

"""职工之家 page: the self-assessment against a scoring sheet, the member survey, the grade, and the titles."""

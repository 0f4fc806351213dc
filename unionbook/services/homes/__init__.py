"""职工之家: scoring sheets (data a user can load), the yearly self-assessment, the member survey, grading with
"why not the next grade", auto items scored from the records, and the titles held with their reviews."""

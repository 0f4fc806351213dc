"""Dues (会费), union funds (工会经费) and the books (收支账): one area."""

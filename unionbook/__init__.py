"""UnionBook (工会台账): the books of a Chinese grassroots trade union, offline."""

__version__ = "0.1.0"
APP_NAME = "UnionBook"

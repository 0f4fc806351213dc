"""The reading room (职工书屋): catalogue, copies, loans, stock-take, figures, delivery-list import, labels."""

"""Public pages: search and articles (`search`), people, countries and tags (`browse`)."""

"""Native-UI-kit benchmark corpus generator for mockcheck (see __main__.py)."""

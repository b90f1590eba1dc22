"""Reading a page: its ``:example:`` cells become one cell per framework, and a page with
examples gets the build's hidden cells (setup, result types, provenance)."""

"""Pages and files made from what every page recorded while it was read: the reference
tables (dtypes, the Rosetta index, the differences), the execution report, and the
downloads (a notebook per chapter and framework, the snippets as a zip)."""

"""What a reader sees of an example: the framework tabs, the "Frameworks differ" callouts,
and the line that names where the page's outputs came from."""

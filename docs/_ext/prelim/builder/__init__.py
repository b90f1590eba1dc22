"""Around the whole build: guards taken before any page is read, the author's partial
builds, and the HTML extras (MathJax served locally, meta descriptions, the theme's
compiled templates kept between builds)."""

"""What every stage shares: the snippet model, the frameworks, the build environment, the
differences registry, the cells' roles and predicates, output text, the calls a snippet
makes. Imports nothing from the stages above it (tests/test_layers.py)."""

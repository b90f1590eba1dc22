"""Executing pages: the outdated ones run before Sphinx reads them, several at a time, in
processes forked after one import of the frameworks; a unit that hangs or dies is
reported naming the snippet."""

"""Executing pages: the outdated ones run before Sphinx reads them, several at a time, in
kernels forked after one import of the frameworks; a kernel that hangs or dies is
reported naming the snippet."""

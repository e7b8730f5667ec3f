"""Adversarial inputs for every public text function: the families and the targets they are fed to.

``inputs.FAMILIES`` makes the strings, ``targets.TARGETS`` turns one string into a call of one
public stage function. Used by the property suite (``tests/property/``) and by
``bench/adversarial.py`` (``make bench-adversarial``).
"""

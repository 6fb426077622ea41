"""Pure-Python core of the NCA RK e-signature verifier (no Django imports)."""

from signing.core import oids

oids.register()

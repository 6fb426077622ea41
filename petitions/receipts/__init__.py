"""Receipts (the law's proof of delivery) and the signed withdrawal of a sent petition.

The Law on electronic documents (art. 7) counts an incoming e-document as received once the
addressee records it, and the notice of receipt states the fact, the time and the sender. The
portal issues two such notices per petition, each a canonical document signed (CMS) with the
portal's service key: its own at submission, and the registration receipt once the court's
registry gives the petition an incoming number. Anyone can check one on a public page.
"""

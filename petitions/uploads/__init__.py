"""Attachment checking: stream uploads to disk with a hash, then decide by content what they are.

``handlers`` receives the bytes, ``validation.check_upload`` decides whether the court may have
them, ``names`` makes the sender's file name a harmless label. Nothing here touches the database.
"""

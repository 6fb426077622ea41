"""Writes. Every change to a petition goes through one of these modules: petitions (answers,
parties, drafts), documents (attachments), submission (sign and send) and references
(reference numbers). Each takes keyword-only arguments and is safe to repeat where it matters."""

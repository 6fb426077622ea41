"""The filing journey's pages, thin: each fetches through ``selectors`` (the draft guard in
``guards``), asks ``flow`` where to go and ``readiness`` what is done, and writes through
``services``. One module per part of the journey: journey (questions, parties, time limit),
documents, submit (check, sign and send) and the public calculator."""

"""Privacy by design: what citizens enter is sealed to the office (:mod:`.sealing`) and
removed when its time is up (:mod:`.retention`)."""
